import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import { EmailLinkStep, useAuthNFlow, type StepComponents } from '../../src/index.js';
import { BASE_URL, lastLink, recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator, server } = setupEmulator();
const EMAIL = 'link@example.com';

afterEach(() => {
  vi.useRealTimers();
});

/** The flow id of every answer, newest last: to use a link "in another tab" at the client level. */
function recordFlowIds(): string[] {
  const ids: string[] = [];
  server.events.on('response:mocked', async ({ response }) => {
    const body = (await response.clone().json()) as { result?: { flow_id?: string } | null };
    if (typeof body.result?.flow_id === 'string') {
      ids.push(body.result.flow_id);
    }
  });
  return ids;
}

/**
 * The return from the link, as the callback router will do it: `submit(choice, { state, code })`
 * through the flow's commands. A test-only button beside the kit's own step.
 */
function withLinkReturn(choice: 'magiclink' | 'verify_email', to: string): StepComponents {
  function StepWithLinkReturn() {
    const { submit } = useAuthNFlow();
    return (
      <>
        <EmailLinkStep />
        <button type="button" onClick={() => submit(choice, lastLink(emulator, to))}>
          Return from the link
        </button>
      </>
    );
  }
  return { [choice]: StepWithLinkReturn };
}

describe('verify_email', () => {
  beforeEach(() => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, emailVerification: true });
  });

  async function signUp(user: ReturnType<typeof renderFlow>['user']) {
    await user.type(await screen.findByLabelText('Email'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    return screen.findByRole('heading', { name: 'Verify your email' });
  }

  it('sends the email once by itself, says "Not verified yet" until the link is used, then moves on', async () => {
    const requests = recordRequests(server);
    const flowIds = recordFlowIds();
    const { user, onComplete } = renderFlow(emulator.token);
    const heading = await signUp(user);

    await waitFor(() => expect(heading).toHaveFocus());
    expect(await screen.findByText(`We sent a link to ${EMAIL}. Open it to verify your email address.`)).toBeInTheDocument();
    expect(
      screen.getByText('Open the link in this browser, on this device.'),
    ).toBeInTheDocument();
    expect(requests.filter((path) => path === 'flow/restart')).toHaveLength(1);
    expect(emulator.outbox().filter((entry) => entry.to === EMAIL)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Resend email in 30 s' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: "I've verified" }));
    expect(await screen.findByText('Not verified yet. Open the link in the email in this browser, then try again.')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Not verified yet');
    expect(requests.at(-1)).toBe('flow/update');

    // The link opened in another tab of the same flow.
    const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });
    await client.flow.update(flowIds.at(-1) ?? '', 'verify_email', lastLink(emulator, EMAIL));

    await user.click(screen.getByRole('button', { name: "I've verified" }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('completes from the return of the link', async () => {
    const { user, onComplete } = renderFlow(emulator.token, { components: withLinkReturn('verify_email', EMAIL) });
    await signUp(user);
    await screen.findByText(`We sent a link to ${EMAIL}. Open it to verify your email address.`);

    await user.click(screen.getByRole('button', { name: 'Return from the link' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});

describe('magiclink', () => {
  beforeEach(() => {
    emulator.setConfig({ preset: 'passwordless', scryptCost: 2 ** 10, passkey: { enabled: false }, socialProviders: [] });
  });

  it('mails a sign-in link when picked and signs in from it', async () => {
    const requests = recordRequests(server);
    const { user, onComplete } = renderFlow(emulator.token, { components: withLinkReturn('magiclink', EMAIL) });
    await user.type(await screen.findByLabelText('Email'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Link by email' }));

    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(await screen.findByText(`We sent a sign-in link to ${EMAIL}. Open it to continue.`)).toBeInTheDocument();
    expect(requests.filter((path) => path === 'flow/restart')).toHaveLength(1);
    expect(screen.getByRole('button', { name: "I've opened the link" })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Return from the link' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('goes back to the method picker', async () => {
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Link by email' }));
    await screen.findByText(`We sent a sign-in link to ${EMAIL}. Open it to continue.`);

    await user.click(screen.getByRole('button', { name: 'Choose another method' }));
    expect(await screen.findByRole('heading', { name: 'How do you want to continue?' })).toBeInTheDocument();
  });

  it('asks for the email of a string username (need_email), and lets the user change it', async () => {
    emulator.setConfig({ usernameFormat: 'string', primaries: ['magiclink'] });
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Username'), 'link-user');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText("Enter your email address and we'll send you a link.")).toBeInTheDocument();
    expect(requests.filter((path) => path === 'flow/restart')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Send link' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');

    await user.type(screen.getByLabelText('Email'), 'first@example.com');
    await user.click(screen.getByRole('button', { name: 'Send link' }));
    expect(await screen.findByText('We sent a sign-in link to first@example.com. Open it to continue.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change email' }));
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveValue('first@example.com');
    await user.clear(email);
    await user.type(email, 'second@example.com');
    await user.click(screen.getByRole('button', { name: 'Send link' }));

    expect(await screen.findByText('We sent a sign-in link to second@example.com. Open it to continue.')).toBeInTheDocument();
    expect(emulator.outbox().map((entry) => entry.to)).toEqual(['first@example.com', 'second@example.com']);
  });
});

describe('provisional_enrollment', () => {
  it('mails the link to an account an admin created, and waits for it', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10 });
    const created = await fetch(new URL('__emulator/users', BASE_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, provisional: true }),
    });
    expect(created.ok).toBe(true);
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { name: 'Verify your account' })).toBeInTheDocument();
    expect(await screen.findByText(`We sent a link to ${EMAIL}. Open it to confirm your account.`)).toBeInTheDocument();
    expect(requests.filter((path) => path === 'flow/restart')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: "I've verified" }));
    expect(await screen.findByText('Not verified yet. Open the link in the email in this browser, then try again.')).toBeInTheDocument();
  });
});

describe('reset_password', () => {
  it('resends the reset email once the countdown is over and goes back to sign in', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10 });
    const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });
    const started = await client.flow.start({ email: EMAIL });
    await client.flow.complete((await client.flow.update(started.flowId, 'password', { password: STRONG_PASSWORD })).flowId);
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Forgot password?' }));
    expect(await screen.findByText(`We sent a link to reset your password to ${EMAIL}.`)).toBeInTheDocument();

    const resend = screen.getByRole('button', { name: 'Resend email in 30 s' });
    act(() => vi.advanceTimersByTime(30_000));
    expect(resend).toHaveTextContent(/^Resend email$/);
    await user.click(resend);
    await waitFor(() => expect(emulator.outbox().filter((entry) => entry.to === EMAIL)).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    expect(await screen.findByRole('heading', { name: 'Enter your password' })).toBeInTheDocument();
  });
});
