import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import { BASE_URL, createUser, recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator, server } = setupEmulator();
const EMAIL = 'known@example.com';

async function reachSignIn(user: ReturnType<typeof renderFlow>['user']) {
  await createUser(createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token }), EMAIL, STRONG_PASSWORD);
  await user.type(await screen.findByLabelText('Email'), EMAIL);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return screen.findByLabelText('Password');
}

describe('sign-in with email and password', () => {
  it('signs in the user created earlier', async () => {
    const { user, onComplete } = renderFlow(emulator.token);
    const password = await reachSignIn(user);
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('heading', { name: 'Enter your password' })).toBeInTheDocument();

    await user.type(password, STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('ties a wrong password to the field and keeps the typed email', async () => {
    const { user, onError } = renderFlow(emulator.token);
    const password = await reachSignIn(user);

    await user.type(password, 'Wrong-password-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    const message = document.getElementById(password.getAttribute('aria-describedby') ?? '');
    expect(message).toHaveTextContent('That password is incorrect. Try again.');
    expect(password).toHaveAccessibleDescription('That password is incorrect. Try again.');
    expect(password).toHaveFocus();
    expect(screen.getByText(EMAIL)).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 'AuthenticationFailure' }));
    // The server's English never reaches the screen.
    expect(screen.queryByText(/Authentication failed/)).toBeNull();

    await user.clear(password);
    await user.type(password, STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('moves focus to the heading of each new step', async () => {
    const { user } = renderFlow(emulator.token);
    await reachSignIn(user);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Enter your password' })).toHaveFocus());
  });

  it('toggles the password between hidden and shown with a button named for what it does', async () => {
    const { user } = renderFlow(emulator.token);
    const password = await reachSignIn(user);
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(password).toHaveAttribute('type', 'password');

    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Hide password');
    expect(password).toHaveAttribute('type', 'text');
  });

  it('sends the reset link from "Forgot password?" and goes back to sign in', async () => {
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    await reachSignIn(user);

    await user.click(screen.getByRole('button', { name: 'Forgot password?' }));

    const heading = await screen.findByRole('heading', { name: 'Check your email' });
    expect(screen.getByText(`We sent a link to reset your password to ${EMAIL}.`)).toBeInTheDocument();
    await waitFor(() => expect(heading).toHaveFocus());
    expect(requests).toContain('flow/restart');
    expect(emulator.outbox().filter((message) => message.to === EMAIL)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    expect(await screen.findByRole('heading', { name: 'Enter your password' })).toHaveFocus();
  });

  it('starts over with "Change" on the email chip', async () => {
    const { user } = renderFlow(emulator.token);
    await reachSignIn(user);
    const change = screen.getByRole('button', { name: 'Change' });
    expect(change).toHaveAccessibleDescription(EMAIL);

    await user.click(change);

    const email = await screen.findByLabelText('Email');
    expect(email).toHaveValue('');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sign in or create an account' })).toHaveFocus());
  });
});
