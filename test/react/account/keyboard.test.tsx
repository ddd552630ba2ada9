import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentInput, NEW_PASSWORD, newInput, sessionItems, setupAccount, STRONG_PASSWORD } from './account-harness.js';

const { sessionsOf, renderWithSession, checkAll } = setupAccount();

type User = ReturnType<typeof renderWithSession>['user'];

/** Tabs forward until `target` has focus: a keyboard user's way there, however many stops. */
async function tabTo(user: User, target: HTMLElement): Promise<void> {
  for (let stop = 0; stop < 30 && document.activeElement !== target; stop += 1) {
    await user.tab();
  }
  expect(target).toHaveFocus();
}

describe('keyboard only', () => {
  it('changes the password with Tab, typing and Enter', async () => {
    const [device] = await sessionsOf('keys@example.com', 1);
    const { user } = renderWithSession(device ?? null);
    await screen.findByLabelText('Current password');

    await user.tab();
    expect(currentInput()).toHaveFocus();
    await user.keyboard(STRONG_PASSWORD);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show current password' })).toHaveFocus();
    await user.tab();
    expect(newInput()).toHaveFocus();
    await user.keyboard(NEW_PASSWORD);
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/^Your password has been changed\./)).toBeVisible();
    expect(currentInput().value).toBe('');
    expect(newInput().value).toBe('');
  });

  it('signs another session out with Tab and Space, the confirmation taking focus', async () => {
    const [other, device] = await sessionsOf('keys-sessions@example.com', 2);
    if (other === undefined || device === undefined) {
      throw new Error('two sign-ins expected');
    }
    const { user } = renderWithSession(device);
    await waitFor(() => expect(sessionItems()).toHaveLength(2));
    const signOut = screen.getByRole('button', { name: /^Sign out of the session signed in / });

    await tabTo(user, signOut);
    await user.keyboard(' ');
    const confirm = await screen.findByRole('button', { name: 'Yes, sign out' });
    await waitFor(() => expect(confirm).toHaveFocus());
    // Escape-free: Tab reaches Cancel, and Enter there sends nothing.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: 'Sign out' })).toBeNull();
    expect(signOut).toHaveFocus();
    expect(await checkAll([other, device])).toEqual(['Success', 'Success']);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Yes, sign out' })).toHaveFocus());
    await user.keyboard(' ');
    expect(await screen.findByText(/^Signed out of 1 session\./)).toBeVisible();
    expect(await checkAll([other, device])).toEqual(['InvalidToken', 'Success']);
    // The result's "Done" has focus; Enter closes it, and focus stays in the list, not on the page.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(screen.queryByText(/^Signed out of/)).toBeNull();
    expect(screen.getByRole('heading', { name: "Where you're signed in" })).toHaveFocus();
  });
});
