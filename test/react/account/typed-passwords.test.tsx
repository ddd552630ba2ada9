import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  activeToken,
  currentInput,
  ENDED,
  NEW_PASSWORD,
  newInput,
  sessionItems,
  setupAccount,
  STRONG_PASSWORD,
} from './account-harness.js';

const { client, oneSession, renderWithSession, renderWithToken } = setupAccount();

const SIGNED_OUT = 'Sign in to see your account security.';

// The inputs are uncontrolled: their DOM values are what the next user would see and could reveal.
describe('typed passwords when the panel leaves `ready`', () => {
  it('are gone from the form that comes back after an ended session and a new sign-in', async () => {
    const pair = await oneSession('typed-ended@example.com');
    const { user, setToken } = renderWithToken(activeToken(pair));
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    await client.session.logout(activeToken(pair));
    await user.type(currentInput(), STRONG_PASSWORD);
    await user.type(newInput(), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(ENDED)).toBeVisible();

    const next = await oneSession('typed-ended@example.com');
    setToken(activeToken(next));
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    expect(currentInput().value).toBe('');
    expect(newInput().value).toBe('');
  });

  it('are gone from the form the next user gets after a sign-out with the app button', async () => {
    const first = await oneSession('typed-first@example.com');
    const { user, session } = renderWithSession(first);
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    await user.type(currentInput(), STRONG_PASSWORD);
    await user.type(newInput(), NEW_PASSWORD);
    await act(() => session().logout());
    expect(await screen.findByText(SIGNED_OUT)).toBeVisible();

    const second = await oneSession('typed-second@example.com');
    act(() => session().setTokens(second));
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    expect(currentInput().value).toBe('');
    expect(newInput().value).toBe('');
  });
});
