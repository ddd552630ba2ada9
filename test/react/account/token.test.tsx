import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionTokens } from '../../../src/core/index.js';
import { recordRequests } from '../flow-harness.js';
import {
  activeToken,
  currentInput,
  NEW_PASSWORD,
  newInput,
  sessionItems,
  setupAccount,
  STRONG_PASSWORD,
} from './account-harness.js';

const { client, emulator, server, bodiesSentTo, sessionsOf, renderWithSession, renderWithToken } = setupAccount();

/** Past the active token's life on the service's clock (two days), within the refresh token's (a week). */
const PAST_ACTIVE_TOKEN_SECONDS = 172_800 + 60;

async function oneSession(email: string): Promise<SessionTokens> {
  const [pair] = await sessionsOf(email, 1);
  if (pair === undefined) {
    throw new Error('no sign-in');
  }
  return pair;
}

const ENDED = 'Your session has ended. Sign in again to continue.';

describe("the user's token", () => {
  it('refreshes the session when the service refuses its token, and sends the change again with the new one', async () => {
    const pair = await oneSession('refreshed@example.com');
    const { user, session } = renderWithSession(pair);
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    // The device still thinks the token good; the service's clock says it has expired.
    emulator.advanceClock(PAST_ACTIVE_TOKEN_SECONDS);
    const changes = bodiesSentTo('client/password/change');
    const refreshes = bodiesSentTo('client/session/refresh');

    await user.type(currentInput(), STRONG_PASSWORD);
    await user.type(newInput(), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(/^Your password has been changed\./)).toBeVisible();

    const fresh = session().getTokens();
    const freshToken = fresh === null ? '' : activeToken(fresh);
    expect(freshToken).not.toBe(activeToken(pair));
    expect(await refreshes()).toEqual([expect.objectContaining({ refresh_token: pair.refresh_token.token })]);
    expect((await changes()).map((body) => (body as { token: string }).token)).toEqual([activeToken(pair), freshToken]);
    // The list read again after the change still knows this device by its new pair.
    await waitFor(() => expect(sessionItems()[0]).toHaveTextContent('This device'));
    expect(screen.queryByText(ENDED)).toBeNull();
  });

  it('refreshes a refused token before the list too, and shows it', async () => {
    const pair = await oneSession('refreshed-list@example.com');
    emulator.advanceClock(PAST_ACTIVE_TOKEN_SECONDS);
    const lists = bodiesSentTo('client/session/list');
    const { session } = renderWithSession(pair);
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    expect(sessionItems()[0]).toHaveTextContent('This device');
    const fresh = session().getTokens();
    const tokens = (await lists()).map((body) => (body as { token: string }).token);
    expect(tokens.at(0)).toBe(activeToken(pair));
    expect(tokens.at(-1)).toBe(fresh === null ? '' : activeToken(fresh));
  });

  it('says the session has ended when a bare token is refused', async () => {
    const pair = await oneSession('revoked@example.com');
    await client.session.logout(activeToken(pair));
    renderWithToken(activeToken(pair));
    const ended = await screen.findByText(ENDED);
    expect(ended).toHaveAttribute('role', 'alert');
    expect(screen.queryByLabelText('Current password')).toBeNull();
    expect(screen.queryByRole('region', { name: "Where you're signed in" })).toBeNull();
  });

  it('ends the panel, and drops what was typed, when a bare token is revoked while it is open', async () => {
    const pair = await oneSession('revoked-later@example.com');
    const { user } = renderWithToken(activeToken(pair));
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    await client.session.logout(activeToken(pair));
    await user.type(currentInput(), STRONG_PASSWORD);
    await user.type(newInput(), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(ENDED)).toHaveAttribute('role', 'alert');
    expect(document.body.innerHTML).not.toContain(STRONG_PASSWORD);
  });

  it('asks to sign in when it has neither a token nor a session, and calls nothing', async () => {
    const requests = recordRequests(server);
    renderWithToken(undefined);
    expect(await screen.findByText('Sign in to see your account security.')).toBeVisible();
    renderWithSession(null);
    await waitFor(() => expect(screen.getAllByText('Sign in to see your account security.')).toHaveLength(2));
    expect(screen.queryByLabelText('Current password')).toBeNull();
    expect(requests).toEqual([]);
  });
});
