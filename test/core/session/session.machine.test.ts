import { describe, expect, it } from 'vitest';
import { initialSession, nextSession } from '../../../src/core/index.js';
import type { SessionEvent, SessionInput, SessionTokens } from '../../../src/core/index.js';
import { infoOf, offline, statusError, T0, tokenPair } from './session-world.js';

function session(input: SessionInput) {
  let state = initialSession(input);
  return {
    send(...events: SessionEvent[]) {
      state = events.reduce(nextSession, state);
      return this;
    },
    get generation() {
      return state.generation;
    },
    get state() {
      return state;
    },
  };
}

const loaded = tokenPair(1, { activeLife: 1800 });
const AT = T0 + 5_000;

describe('nextSession', () => {
  it('starts signed out without stored tokens, and checking with them', () => {
    expect(session({ stored: null, at: T0 }).state).toMatchObject({ status: 'signed-out', tokens: null, user: null });
    const checking = session({ stored: loaded, at: T0 }).state;
    expect(checking).toMatchObject({ status: 'checking', tokens: loaded, user: { identity: 'pui_joe' } });
    // Read back from storage, `life` is stale: the expiry is the token's `expire`.
    expect(checking.expiresAt).toBe(Date.parse(loaded.active_token?.expire ?? ''));
  });

  it('holds a checked pair with the user the check names, expiring `life` seconds after the answer', () => {
    const s = session({ stored: loaded, at: T0 });
    const info = { ...infoOf(loaded), life: 600, email: 'checked@example.com' };
    s.send({ type: 'api.checked', generation: 0, info, at: AT });
    expect(s.state).toMatchObject({ status: 'signed-in', tokens: loaded, user: info, expiresAt: AT + 600_000 });
  });

  it.each([
    // An active token the server no longer takes is what the refresh token is for.
    ['ExpiredToken', 'refreshing', loaded],
    ['InvalidToken', 'refreshing', loaded],
    ['NotFound', 'refreshing', loaded],
    // A disabled user is not helped by a refresh.
    ['DisabledUser', 'signed-out', null],
    ['InternalError', 'error', loaded],
  ] as const)('after a check failing with %s, is %s', (status, expected, tokens) => {
    const s = session({ stored: loaded, at: T0 });
    s.send({ type: 'api.failed', operation: 'check', generation: 0, error: statusError(status) });
    expect(s.state.status).toBe(expected);
    expect(s.state.tokens).toBe(tokens);
  });

  it('keeps the tokens through an unreachable service, and says why until a refresh lands', () => {
    const s = session({ stored: null, at: T0 }).send({ type: 'app.setTokens', tokens: loaded, at: T0 }, { type: 'app.refresh' });
    s.send({ type: 'api.failed', operation: 'refresh', generation: 1, error: offline() });
    expect(s.state).toMatchObject({ status: 'error', tokens: loaded, error: { kind: 'network' } });
    s.send({ type: 'app.refresh' });
    expect(s.state).toMatchObject({ status: 'refreshing', error: { kind: 'network' } });
    const rotated = tokenPair(2, { activeLife: 300 });
    s.send({ type: 'api.refreshed', generation: 1, tokens: rotated, at: AT });
    expect(s.state).toMatchObject({ status: 'signed-in', tokens: rotated, error: null, expiresAt: AT + 300_000 });
  });

  it('gives a refreshed pair without an active token the refresh token’s life, so it is not refreshed again at once', () => {
    const without: SessionTokens = tokenPair(2, { activeLife: null });
    const s = session({ stored: null, at: T0 }).send({ type: 'app.setTokens', tokens: without, at: T0 });
    // Set by the app, it has no active token yet: due now, to fetch one.
    expect(s.state.expiresAt).toBe(T0);
    s.send({ type: 'app.refresh' }, { type: 'api.refreshed', generation: 1, tokens: tokenPair(3, { activeLife: null }), at: AT });
    expect(s.state.expiresAt).toBe(AT + 172_800_000);
  });

  it('drops an answer that comes after the app set other tokens', () => {
    const s = session({ stored: loaded, at: T0 });
    const given = tokenPair(2);
    s.send({ type: 'app.refresh' }, { type: 'app.setTokens', tokens: given, at: AT });
    s.send({ type: 'api.refreshed', generation: 0, tokens: tokenPair(3), at: AT });
    s.send({ type: 'api.failed', operation: 'refresh', generation: 0, error: statusError('InvalidToken') });
    expect(s.state).toMatchObject({ status: 'signed-in', tokens: given, error: null });
  });

  it('reports a failed logout only while nothing has replaced the session it ended', () => {
    const s = session({ stored: loaded, at: T0 }).send({ type: 'app.logout' });
    const loggedOut = s.generation;
    s.send({ type: 'api.failed', operation: 'logout', generation: loggedOut, error: offline() });
    expect(s.state).toMatchObject({ status: 'signed-out', logoutError: { kind: 'network' } });

    s.send({ type: 'app.logout' }, { type: 'app.setTokens', tokens: loaded, at: AT }, { type: 'app.setTokens', tokens: null, at: AT });
    s.send({ type: 'api.failed', operation: 'logout', generation: loggedOut + 1, error: offline() });
    expect(s.state.logoutError).toBeNull();
  });

  it('follows another tab: signs out when it emptied the storage, takes the pair it stored', () => {
    const s = session({ stored: loaded, at: T0 });
    s.send({ type: 'storage.changed', stored: loaded, at: AT });
    expect(s.state.status).toBe('checking');
    const rotated = tokenPair(2);
    s.send({ type: 'storage.changed', stored: rotated, at: AT });
    expect(s.state).toMatchObject({ status: 'signed-in', tokens: rotated });
    s.send({ type: 'storage.changed', stored: null, at: AT });
    expect(s.state).toMatchObject({ status: 'signed-out', tokens: null, error: null });
  });
});
