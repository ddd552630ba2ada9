import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthNClient } from '../../../src/core/index.js';
import { BASE_URL, recordRequests } from '../flow-harness.js';
import {
  activeToken,
  currentInput,
  ENDED,
  NEW_PASSWORD,
  newInput,
  sessionItems,
  sessionsRegion,
  setupAccount,
  STRONG_PASSWORD,
} from './account-harness.js';

const { client, emulator, server, bodiesSentTo, oneSession, renderWithSession, renderWithToken } = setupAccount();

/** Past the active token's life on the service's clock (two days), within the refresh token's (a week). */
const PAST_ACTIVE_TOKEN_SECONDS = 172_800 + 60;

const CHECKING = 'Checking your session…';

/** `client/token/check` waits until the returned function is called, then goes on to the emulator. */
function holdTokenCheck(): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.post('*/v2/client/token/check', async () => {
      await gate;
      return undefined;
    }),
  );
  return release;
}

/** Whether the change-password form was ever in the page since this was called, however briefly. */
function watchForForm(): () => boolean {
  let seen = false;
  const observer = new MutationObserver((records) => {
    seen ||= records.some((record) =>
      [...record.addedNodes].some((node) => node instanceof Element && node.querySelector('[autocomplete="current-password"]') !== null),
    );
  });
  observer.observe(document.body, { childList: true, subtree: true });
  stopWatching.push(() => observer.disconnect());
  return () => seen;
}
const stopWatching: (() => void)[] = [];
afterEach(() => {
  stopWatching.splice(0).forEach((stop) => stop());
});

const accountSecurityPart = () => document.querySelector('[data-scope="authn"][data-part="account-security"]');

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

  it('says the session has ended when a bare token is refused, without showing the form first', async () => {
    const pair = await oneSession('revoked@example.com');
    await client.session.logout(activeToken(pair));
    const formShown = watchForForm();
    renderWithToken(activeToken(pair));
    const ended = await screen.findByText(ENDED);
    expect(ended).toHaveAttribute('role', 'alert');
    expect(screen.queryByLabelText('Current password')).toBeNull();
    expect(screen.queryByRole('region', { name: "Where you're signed in" })).toBeNull();
    expect(formShown()).toBe(false);
  });

  it('says it is checking a bare token, and shows neither the form nor the sessions until the check answers', async () => {
    const pair = await oneSession('checking@example.com');
    const release = holdTokenCheck();
    renderWithToken(activeToken(pair));
    const checking = await screen.findByText(CHECKING);
    expect(checking).toHaveAttribute('role', 'status');
    expect(accountSecurityPart()).toHaveAttribute('data-state', 'checking');
    expect(screen.queryByLabelText('Current password')).toBeNull();
    expect(screen.queryByRole('region', { name: "Where you're signed in" })).toBeNull();

    release();
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    expect(sessionItems()[0]).toHaveTextContent('This device');
    expect(currentInput()).toBeVisible();
    expect(screen.queryByText(CHECKING)).toBeNull();
    expect(accountSecurityPart()).toHaveAttribute('data-state', 'ready');
  });

  it('never checks with a session: the panel is ready at once', async () => {
    const pair = await oneSession('no-check@example.com');
    const checks = bodiesSentTo('client/token/check');
    holdTokenCheck();
    renderWithSession(pair);
    expect(await screen.findByLabelText('Current password')).toBeVisible();
    expect(screen.queryByText(CHECKING)).toBeNull();
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    expect(await checks()).toEqual([]);
  });

  it('shows the form when the check fails, with the sessions\' error and a "Try again" that checks again', async () => {
    const pair = await oneSession('check-fails@example.com');
    let failing = true;
    server.use(
      http.post('*/v2/client/token/check', () => (failing ? HttpResponse.json({ status: 'InternalError' }, { status: 500 }) : undefined)),
    );
    const checks = bodiesSentTo('client/token/check');
    // The client's own retries of a 5xx (another test's subject) would only slow this one down.
    const { user } = renderWithToken(activeToken(pair), {
      client: createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token, retry: false }),
    });
    const region = await screen.findByRole('region', { name: "Where you're signed in" });
    expect(await within(region).findByRole('alert')).toHaveTextContent("We couldn't load your sessions. Something went wrong on our side. Try again.");
    expect(screen.queryByText(CHECKING)).toBeNull();
    expect(screen.queryByText(ENDED)).toBeNull();
    expect(accountSecurityPart()).toHaveAttribute('data-state', 'ready');
    expect(currentInput()).toBeVisible();
    const failed = (await checks()).length;

    failing = false;
    await user.click(within(sessionsRegion()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    expect(sessionItems()[0]).toHaveTextContent('This device');
    expect(screen.queryByText(/^We couldn't load your sessions\./)).toBeNull();
    expect((await checks()).length).toBeGreaterThan(failed);
  });

  it('checks a new bare token afresh: the panel works again after it had ended', async () => {
    const revoked = await oneSession('new-token@example.com');
    await client.session.logout(activeToken(revoked));
    const fresh = await oneSession('new-token@example.com');
    const { setToken } = renderWithToken(activeToken(revoked));
    await screen.findByText(ENDED);
    setToken(activeToken(fresh));
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    expect(sessionItems()[0]).toHaveTextContent('This device');
    expect(screen.queryByText(ENDED)).toBeNull();
  });

  it('keeps the form, and what was typed, when the app swaps in a refreshed token, and checks that one', async () => {
    const pair = await oneSession('swapped@example.com');
    const { user, setToken } = renderWithToken(activeToken(pair));
    await waitFor(() => expect(sessionItems()).toHaveLength(1));
    await user.type(currentInput(), STRONG_PASSWORD);
    const refreshed = await client.session.refresh(pair.refresh_token.token, activeToken(pair));
    const checks = bodiesSentTo('client/token/check');
    setToken(activeToken(refreshed));
    expect(screen.queryByText(CHECKING)).toBeNull();
    await waitFor(async () => expect(await checks()).toContainEqual({ token: activeToken(refreshed) }));
    await waitFor(() => expect(sessionItems()[0]).toHaveTextContent('This device'));
    expect(currentInput().value).toBe(STRONG_PASSWORD);
    expect(screen.queryByText(CHECKING)).toBeNull();
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
