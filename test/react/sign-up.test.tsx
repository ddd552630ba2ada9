import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { holdRequests, recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator, server } = setupEmulator();

async function reachSignUpPassword(user: ReturnType<typeof renderFlow>['user']) {
  await user.type(await screen.findByLabelText('Email'), 'new@example.com');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return screen.findByLabelText('Password');
}

/** Signs up as far as the last step's click, with `flow/complete` held until `release()`. */
async function submitLastStepHeld() {
  const rendered = renderFlow(emulator.token);
  await rendered.user.type(await reachSignUpPassword(rendered.user), STRONG_PASSWORD);
  const held = holdRequests(server, 'flow/complete');
  const requests = recordRequests(server);
  await rendered.user.click(screen.getByRole('button', { name: 'Create account' }));
  await waitFor(() => expect(requests).toEqual(['flow/update', 'flow/complete']));
  return { ...rendered, release: held.release, requests };
}

describe('sign-up with email and password', () => {
  it('creates the account, shows the complete view and hands the tokens to onComplete', async () => {
    const requests = recordRequests(server);
    const { user, onComplete, onError } = renderFlow(emulator.token);

    const email = await screen.findByLabelText('Email');
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(email).toBeRequired();
    const password = await reachSignUpPassword(user);
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    await user.type(password, STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(screen.getByText('Signed in as new@example.com.')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    const [tokens] = onComplete.mock.calls[0] as [{ active_token?: { token: string }; refresh_token: { token: string } }];
    expect(tokens.refresh_token.token).toMatch(/^ptr_/);
    expect(tokens.active_token?.token).toMatch(/^ptu_/);
    expect(onError).not.toHaveBeenCalled();
    // StrictMode runs effects twice: the flow still starts and completes exactly once.
    expect(requests).toEqual(['flow/start', 'flow/update', 'flow/update', 'flow/complete']);
  });

  it('keeps the last step busy on screen until the flow is complete, with no screen between', async () => {
    const { container, onComplete, release } = await submitLastStepHeld();

    const submit = screen.getByRole('button', { name: 'Creating account…' });
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByLabelText('Password')).toHaveValue(STRONG_PASSWORD);
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'update');
    expect(onComplete).not.toHaveBeenCalled();

    release();
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('hands no tokens to the app when the user starts over while the flow completes', async () => {
    const { user, onComplete, queryClient, release, requests } = await submitLastStepHeld();

    await user.click(screen.getByRole('button', { name: 'Change' }));
    // The new flow's start waits its turn behind the call in flight (one mutation scope).
    release();
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    expect(requests).toEqual(['flow/update', 'flow/complete', 'flow/start']);
    expect(screen.queryByRole('heading', { name: "You're signed in" })).not.toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('still hands the tokens to the app when the flow unmounts while it completes', async () => {
    const { onComplete, queryClient, unmount, release } = await submitLastStepHeld();

    unmount();
    release();
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('explains a failed completion and completes on retry without repeating the last step', async () => {
    server.use(http.post('*/v2/flow/complete', () => new HttpResponse(null, { status: 503 }), { once: true }));
    const { user, onComplete } = renderFlow(emulator.token);
    await user.type(await reachSignUpPassword(user), STRONG_PASSWORD);
    const requests = recordRequests(server);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(requests).toEqual(['flow/update', 'flow/complete', 'flow/complete']);
  });

  it('shows the password anchor and the identifier on the password step', async () => {
    const { user, container } = renderFlow(emulator.token);
    await reachSignUpPassword(user);

    const anchor = container.querySelector<HTMLInputElement>('input[autocomplete="username"]');
    expect(anchor).not.toBeNull();
    expect(anchor).toHaveValue('new@example.com');
    expect(anchor).toHaveAttribute('tabindex', '-1');
    expect(screen.getByText('new@example.com')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change' })).toHaveAccessibleDescription('new@example.com');
  });

  it('updates the policy checklist as you type and blocks a weak password', async () => {
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    const password = await reachSignUpPassword(user);

    const list = screen.getByRole('list', { name: 'Your password needs' });
    expect(list).toHaveAttribute('aria-live', 'polite');
    expect(password.getAttribute('aria-describedby')).toContain(list.id);
    const rule = (id: string) => list.querySelector(`[data-rule="${id}"]`);
    expect(rule('length')).toHaveAttribute('data-state', 'unmet');
    expect(rule('upper')).toHaveAttribute('data-state', 'unmet');

    await user.type(password, 'abc');
    expect(rule('lower')).toHaveAttribute('data-state', 'met');
    expect(rule('upper')).toHaveAttribute('data-state', 'unmet');
    expect(within(list).getAllByText('(not yet)')).toHaveLength(4);

    requests.length = 0;
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining("doesn't meet all the requirements"));
    await waitFor(() => expect(password).toHaveFocus());
    expect(requests).toEqual([]);

    await user.type(password, 'DEF-123');
    expect(password).not.toHaveAttribute('aria-invalid');
    for (const id of ['length', 'lower', 'upper', 'number', 'punct']) {
      expect(rule(id)).toHaveAttribute('data-state', 'met');
    }
  });

  it('sends one request for a double click on submit', async () => {
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    const password = await reachSignUpPassword(user);
    await user.type(password, STRONG_PASSWORD);

    requests.length = 0;
    const held = holdRequests(server, 'flow/update');
    await user.dblClick(screen.getByRole('button', { name: 'Create account' }));
    await user.click(screen.getByRole('button', { name: 'Creating account…' }));
    held.release();

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(requests.filter((path) => path === 'flow/update')).toHaveLength(1);
  });

  it('shows the pending state while the password is checked', async () => {
    const { user } = renderFlow(emulator.token);
    const password = await reachSignUpPassword(user);
    await user.type(password, STRONG_PASSWORD);

    const held = holdRequests(server, 'flow/update');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const pending = await screen.findByRole('button', { name: 'Creating account…' });
    expect(pending).toHaveAttribute('aria-disabled', 'true');
    expect(pending).toHaveFocus();
    expect(pending.closest('form')).toHaveAttribute('aria-busy', 'true');
    held.release();
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('keeps no password in the query cache after submit', async () => {
    const { user, queryClient } = renderFlow(emulator.token);
    const password = await reachSignUpPassword(user);
    await user.type(password, STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByRole('heading', { name: "You're signed in" });

    await waitFor(() => {
      const cached = JSON.stringify(queryClient.getMutationCache().getAll().map((mutation) => mutation.state));
      expect(cached).not.toContain(STRONG_PASSWORD);
    });
    const tokens = queryClient
      .getMutationCache()
      .getAll()
      .filter((mutation) => JSON.stringify(mutation.state).includes('ptu_'));
    expect(tokens).toEqual([]);
  });
});
