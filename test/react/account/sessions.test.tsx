import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createAuthNClient, type SessionTokens } from '../../../src/core/index.js';
import { BASE_URL } from '../flow-harness.js';
import { activeToken, sessionItems, sessionsRegion, setupAccount } from './account-harness.js';

const { emulator, server, bodiesSentTo, reshape, sessionsOf, renderWithSession, renderWithToken, checkAll } = setupAccount();

/** Two sessions on other devices (the older first), then this device's. */
async function threeSessions(email: string): Promise<{ others: [SessionTokens, SessionTokens]; device: SessionTokens; pairs: SessionTokens[] }> {
  const pairs = await sessionsOf(email, 3);
  const [older, newer, device] = pairs;
  if (older === undefined || newer === undefined || device === undefined) {
    throw new Error('three sign-ins expected');
  }
  return { others: [older, newer], device, pairs };
}

const confirmation = () => screen.queryByRole('group', { name: 'Sign out' });
const signOutButtons = () => within(sessionsRegion()).queryAllByRole('button', { name: /^Sign out of the session signed in / });

describe('sessions', () => {
  it("lists this device's session first, marked and without a sign-out of its own", async () => {
    const { device } = await threeSessions('list@example.com');
    renderWithSession(device);
    await waitFor(() => expect(sessionItems()).toHaveLength(3));
    const [first, ...rest] = sessionItems();
    expect(first).toHaveTextContent('This device');
    expect(within(first as HTMLElement).queryByRole('button')).toBeNull();
    for (const item of rest) {
      expect(item).toHaveTextContent('Other session');
      expect(within(item).getByRole('button', { name: /^Sign out of the session signed in / })).toHaveTextContent('Sign out');
    }
    expect(screen.getByRole('button', { name: 'Sign out of all other sessions' })).toBeVisible();
  });

  it('signs one session out only once confirmed, and says it cannot be undone', async () => {
    const { others, device, pairs } = await threeSessions('one@example.com');
    const sent = bodiesSentTo('client/session/invalidate');
    const { user } = renderWithSession(device);
    await waitFor(() => expect(signOutButtons()).toHaveLength(2));
    const [older] = signOutButtons();

    await user.click(older as HTMLElement);
    const asked = await screen.findByRole('group', { name: 'Sign out' });
    expect(asked).toHaveTextContent(/^Sign out of the session signed in .+\? Whoever uses it will have to sign in again\./);
    expect(within(asked).getByRole('button', { name: 'Yes, sign out' })).toHaveFocus();
    await user.click(within(asked).getByRole('button', { name: 'Cancel' }));
    expect(confirmation()).toBeNull();
    // Back where the user asked.
    expect(older).toHaveFocus();
    expect(await sent()).toEqual([]);
    expect(await checkAll(pairs)).toEqual(['Success', 'Success', 'Success']);

    await user.click(signOutButtons()[0] as HTMLElement);
    expect(await sent()).toEqual([]);
    await user.click(within(await screen.findByRole('group', { name: 'Sign out' })).getByRole('button', { name: 'Yes, sign out' }));
    expect(
      await screen.findByText('Signed out of 1 session. It has to sign in again to be used; this cannot be undone.'),
    ).toBeVisible();
    expect(confirmation()).toBeNull();
    expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus();
    expect(await sent()).toHaveLength(1);
    expect(await checkAll([...others, device])).toEqual(['InvalidToken', 'Success', 'Success']);
    await waitFor(() => expect(sessionItems()).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByText(/^Signed out of/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    // The button that asked left with its session: focus goes on to the next way to sign out.
    expect(screen.getByRole('button', { name: 'Sign out of all other sessions' })).toHaveFocus();
  });

  it('signs every other session out, and not this one', async () => {
    const { others, device } = await threeSessions('others@example.com');
    const { user } = renderWithSession(device);
    await waitFor(() => expect(sessionItems()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Sign out of all other sessions' }));
    const asked = await screen.findByRole('group', { name: 'Sign out' });
    expect(asked).toHaveTextContent('Sign out of every session but this one?');
    await user.click(within(asked).getByRole('button', { name: 'Yes, sign out' }));
    expect(
      await screen.findByText('Signed out of 2 sessions. Each has to sign in again to be used; this cannot be undone.'),
    ).toBeVisible();
    expect(await checkAll([...others, device])).toEqual(['InvalidToken', 'InvalidToken', 'Success']);
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    expect(sessionItems()[0]).toHaveTextContent('This device');
    expect(screen.getByText('This is your only session.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Sign out of all other sessions' })).toBeNull();
  });

  it('says when the list could not be read, and reads it again on "Try again"', async () => {
    const { device } = await threeSessions('list-fails@example.com');
    let failing = true;
    server.use(
      http.post('*/v2/client/session/list', () => (failing ? HttpResponse.json({ status: 'InternalError' }, { status: 500 }) : undefined)),
    );
    // The client's own retries of a 5xx (another test's subject) would only slow this one down.
    const { user } = renderWithSession(device, { client: createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token, retry: false }) });
    expect(await within(sessionsRegion()).findByText(/^We couldn't load your sessions\./)).toBeVisible();
    expect(sessionItems()).toHaveLength(0);
    failing = false;
    await user.click(within(sessionsRegion()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(sessionItems()).toHaveLength(3));
    expect(screen.queryByText(/^We couldn't load your sessions\./)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('names each "Sign out" by its place in the list when the service sent no dates, and asks the same way', async () => {
    const { device } = await threeSessions('undated@example.com');
    // A service that sends neither when a session started nor when it expires.
    reshape('client/session/list', (result) => ({
      ...result,
      sessions: (result.sessions as Record<string, unknown>[]).map(({ created_at: _created, expire: _expire, active_token, ...session }) => {
        const { expire: _tokenExpire, ...token } = (active_token ?? {}) as Record<string, unknown>;
        return { ...session, active_token: token };
      }),
    }));
    const { user } = renderWithSession(device);
    await waitFor(() => expect(sessionItems()).toHaveLength(3));
    const region = sessionsRegion();
    expect(within(region).queryAllByRole('button', { name: 'Sign out' })).toEqual([]);
    expect(within(sessionItems()[1] as HTMLElement).getByRole('button', { name: 'Sign out of session 2' })).toHaveTextContent('Sign out');
    expect(within(sessionItems()[2] as HTMLElement).getByRole('button', { name: 'Sign out of session 3' })).toBeVisible();
    expect(region).not.toHaveTextContent(/Invalid Date|NaN|Signed in|Expires/);

    await user.click(within(region).getByRole('button', { name: 'Sign out of session 3' }));
    expect(await screen.findByRole('group', { name: 'Sign out' })).toHaveTextContent(
      /^Sign out of session 3\? Whoever uses it will have to sign in again\./,
    );
  });

  it('shows a page at a time, and the next on "Show more sessions"', async () => {
    const { device } = await threeSessions('pages@example.com');
    const { user } = renderWithSession(device, { pageSize: 1 });
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Show more sessions' }));
    await waitFor(() => expect(sessionItems()).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Show more sessions' }));
    await waitFor(() => expect(sessionItems()).toHaveLength(3));
    expect(sessionItems()[0]).toHaveTextContent('This device');
    expect(screen.queryByRole('button', { name: 'Show more sessions' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out of all other sessions' })).toBeVisible();
  });

  it("marks this device's session with a bare token too, by checking the token", async () => {
    const { device } = await threeSessions('bare@example.com');
    const checked = bodiesSentTo('client/token/check');
    renderWithToken(activeToken(device));
    await waitFor(() => expect(sessionItems()).toHaveLength(3));
    expect(sessionItems()[0]).toHaveTextContent('This device');
    expect(within(sessionItems()[0] as HTMLElement).queryByRole('button')).toBeNull();
    expect(signOutButtons()).toHaveLength(2);
    // StrictMode's second mount may check twice; it is the same check.
    const bodies = await checked();
    expect(bodies.length).toBeGreaterThan(0);
    expect(new Set(bodies.map((body) => JSON.stringify(body)))).toEqual(new Set([JSON.stringify({ token: activeToken(device) })]));
  });
});
