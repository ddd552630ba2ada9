import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { holdRequests } from '../flow-harness.js';
import { statusOf } from '../session-harness.js';
import { activeToken, currentInput, NEW_PASSWORD, newInput, setupAccount, STRONG_PASSWORD } from './account-harness.js';

const { client, server, bodiesSentTo, sessionsOf, renderWithToken } = setupAccount();

const submit = () => screen.getByRole('button', { name: 'Change password' });

async function signedIn(email: string) {
  const [pair] = await sessionsOf(email, 1);
  if (pair === undefined) {
    throw new Error('no sign-in');
  }
  const panel = renderWithToken(activeToken(pair));
  await screen.findByLabelText('Current password');
  return { ...panel, token: activeToken(pair) };
}

describe('change password', () => {
  it('names its inputs for password managers: the account, the current password, the new one', async () => {
    const { container } = await signedIn('manager@example.com');
    const anchor = await waitFor(() => {
      const input = container.querySelector<HTMLInputElement>('input[autocomplete="username"][readonly]');
      expect(input).not.toBeNull();
      return input;
    });
    expect(anchor?.value).toBe('manager@example.com');
    expect(anchor).toHaveAttribute('tabindex', '-1');
    expect(currentInput()).toHaveAttribute('autocomplete', 'current-password');
    expect(newInput()).toHaveAttribute('autocomplete', 'new-password');
  });

  it('asks for both passwords before sending anything, and focuses the first', async () => {
    const sent = bodiesSentTo('client/password/change');
    const { user } = await signedIn('empty@example.com');
    await user.click(submit());
    expect(await screen.findByText('Enter your current password.')).toBeVisible();
    expect(screen.getByText('Enter your password.')).toBeVisible();
    expect(currentInput()).toHaveAttribute('aria-invalid', 'true');
    expect(newInput()).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(currentInput()).toHaveFocus());
    expect(await sent()).toEqual([]);
  });

  it('holds a new password against the policy to its checklist, and sends nothing', async () => {
    const sent = bodiesSentTo('client/password/change');
    const { user, container } = await signedIn('policy@example.com');
    await user.type(currentInput(), STRONG_PASSWORD);
    await user.type(newInput(), 'short');
    await user.click(submit());
    expect(await screen.findByText("Your password doesn't meet all the requirements yet.")).toBeVisible();
    expect(container.querySelector('[data-part="password-rules"]')).toHaveAttribute('data-state', 'submitted');
    expect(container.querySelectorAll('[data-part="password-rule"][data-state="unmet"]').length).toBeGreaterThan(0);
    await waitFor(() => expect(newInput()).toHaveFocus());
    expect(await sent()).toEqual([]);
  });

  it('refuses a new password that is the current one', async () => {
    const sent = bodiesSentTo('client/password/change');
    const { user } = await signedIn('same@example.com');
    await user.type(currentInput(), STRONG_PASSWORD);
    await user.type(newInput(), STRONG_PASSWORD);
    await user.click(submit());
    expect(await screen.findByText('Choose a password different from your current one.')).toBeVisible();
    expect(newInput()).toHaveAttribute('aria-invalid', 'true');
    expect(await sent()).toEqual([]);
  });

  it('says so on the current field when the current password is wrong, empties it and focuses it', async () => {
    const { user } = await signedIn('wrong@example.com');
    await user.type(currentInput(), 'Not-The-Password-1');
    await user.type(newInput(), NEW_PASSWORD);
    await user.click(submit());
    expect(await screen.findByText("That isn't your current password. Try again.")).toBeVisible();
    expect(currentInput()).toHaveAttribute('aria-invalid', 'true');
    expect(currentInput().value).toBe('');
    await waitFor(() => expect(currentInput()).toHaveFocus());
    // Only what was refused is typed again.
    expect(newInput().value).toBe(NEW_PASSWORD);
  });

  it('changes it: says so, empties both fields, and keeps the passwords nowhere', async () => {
    const sent = bodiesSentTo('client/password/change');
    const { user, queryClient, token } = await signedIn('changed@example.com');
    await user.type(currentInput(), STRONG_PASSWORD);
    await user.type(newInput(), NEW_PASSWORD);
    const held = holdRequests(server, 'client/password/change');
    await user.click(submit());
    expect(await screen.findByRole('button', { name: 'Changing password…' })).toHaveAttribute('aria-disabled', 'true');
    held.release();

    expect(await screen.findByText(/^Your password has been changed\./)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Change password' })).not.toHaveAttribute('aria-disabled');
    expect(currentInput().value).toBe('');
    expect(newInput().value).toBe('');
    expect(await sent()).toEqual([{ token, old_password: STRONG_PASSWORD, new_password: NEW_PASSWORD }]);

    // Nowhere on the page, in the cache, or in storage (a settled mutation is dropped a tick later).
    const traces = () =>
      [
        document.body.innerHTML,
        JSON.stringify(queryClient.getMutationCache().getAll().map((mutation) => [mutation.state.variables, mutation.state])),
        JSON.stringify(queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.state.data])),
        JSON.stringify({ ...localStorage }),
        JSON.stringify({ ...sessionStorage }),
      ].join('\n');
    await waitFor(() => expect(traces()).not.toContain(STRONG_PASSWORD));
    expect(traces()).not.toContain(NEW_PASSWORD);
  });

  it('keeps both passwords when the network fails, and says why above the form', async () => {
    server.use(http.post('*/v2/client/password/change', () => HttpResponse.error()));
    const { user, container, queryClient } = await signedIn('offline@example.com');
    await user.type(currentInput(), STRONG_PASSWORD);
    await user.type(newInput(), NEW_PASSWORD);
    await user.click(submit());
    const alert = await screen.findByText("We couldn't reach the sign-in service. Check your connection and try again.");
    const formError = container.querySelector('form [data-part="form-error"]');
    expect(formError).toBe(alert);
    // Above the fields, where it is read first.
    expect(formError?.compareDocumentPosition(currentInput()) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(currentInput().value).toBe(STRONG_PASSWORD);
    expect(newInput().value).toBe(NEW_PASSWORD);
    expect(screen.queryByText(/^Your password has been changed/)).toBeNull();
    await waitFor(() => expect(alert).toHaveFocus());
    // The form keeps them for another try; the cache does not.
    await waitFor(() => expect(JSON.stringify(queryClient.getMutationCache().getAll().map((mutation) => mutation.state))).not.toContain(NEW_PASSWORD));

    // Back online, the same press goes through: nothing had to be typed again.
    server.resetHandlers();
    await user.click(submit());
    expect(await screen.findByText(/^Your password has been changed\./)).toBeVisible();
    expect(screen.queryByText(/^We couldn't reach/)).toBeNull();
  });

  it('signs in with the new password afterwards, and not with the old one', async () => {
    const email = 'again@example.com';
    const { user } = await signedIn(email);
    await user.type(currentInput(), STRONG_PASSWORD);
    await user.type(newInput(), NEW_PASSWORD);
    await user.click(submit());
    expect(await screen.findByText(/^Your password has been changed\./)).toBeVisible();

    const withNew = await client.flow.start({ email });
    const signedInAgain = await client.flow.update(withNew.flowId, 'password', { password: NEW_PASSWORD });
    expect((await client.flow.complete(signedInAgain.flowId)).active_token?.token).toMatch(/^ptu_/);
    const withOld = await client.flow.start({ email });
    expect(await statusOf(client.flow.update(withOld.flowId, 'password', { password: STRONG_PASSWORD }))).toBe('AuthenticationFailure');
  });
});
