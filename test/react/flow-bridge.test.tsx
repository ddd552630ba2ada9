/**
 * The bridge between the mutations and the flow machine holds no flow rules of its own: the
 * machine refuses a second call, asks for `flow/complete` while the step stays busy, and keeps a
 * submit made during a background call. These are what a user or an app sees of those rules.
 */
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import { AuthNFlow, useAuthNFlow } from '../../src/index.js';
import { BASE_URL, holdRequests, recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator, server } = setupEmulator();
const root = () => document.querySelector('[data-scope="authn"][data-part="root"]');

/** An identifier step that submits twice in one handler, before React can render the busy state. */
function SubmitsTwice() {
  const { submit } = useAuthNFlow();
  return (
    <button
      type="button"
      onClick={() => {
        submit('set_email', { email: 'new@example.com' });
        submit('set_email', { email: 'other@example.com' });
      }}
    >
      Continue twice
    </button>
  );
}

describe('the flow bridge', () => {
  it('sends one call for two submits in the same task', async () => {
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token, { components: { set_email: SubmitsTwice } });
    await user.click(await screen.findByRole('button', { name: 'Continue twice' }));
    expect(await screen.findByLabelText('Password', { selector: 'input' })).toBeInTheDocument();
    expect(requests).toEqual(['flow/start', 'flow/update']);
    expect(screen.getByText('new@example.com')).toBeInTheDocument();
  });

  it('keeps the step on screen, busy, while the flow completes, and completes it once', async () => {
    const requests = recordRequests(server);
    const { user, onComplete } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'new@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);

    const held = holdRequests(server, 'flow/complete');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(requests.at(-1)).toBe('flow/complete'));
    // The answer to the password completed the flow: its step stays, busy, not a loading screen.
    expect(screen.getByRole('button', { name: 'Creating account…' })).toHaveAttribute('aria-disabled', 'true');
    expect(root()).toHaveAttribute('data-state', 'update');
    expect(document.querySelector('[data-part="loading-view"]')).toBeNull();

    held.release();
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(requests.filter((path) => path === 'flow/complete')).toHaveLength(1);
    expect(requests.filter((path) => path === 'flow/start')).toHaveLength(1);
  });

  it('renders nothing while the flow completes: one commit for the submit, one for the end', async () => {
    const requests = recordRequests(server);
    let commits = 0;
    const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
    render(
      <Profiler id="flow" onRender={() => (commits += 1)}>
        <AuthNFlow client={client} queryClient={queryClient} />
      </Profiler>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'new@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
    const update = holdRequests(server, 'flow/update');
    const complete = holdRequests(server, 'flow/complete');
    const button = screen.getByRole('button', { name: 'Create account' });

    button.focus();
    const beforeClick = commits;
    button.click();
    await screen.findByRole('button', { name: 'Creating account…' });
    expect(commits - beforeClick).toBe(1);

    const beforeAnswer = commits;
    update.release();
    await waitFor(() => expect(requests.at(-1)).toBe('flow/complete'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(commits - beforeAnswer).toBe(0);

    complete.release();
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });
});
