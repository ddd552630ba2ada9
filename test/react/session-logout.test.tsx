import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthNLogoutResult, AuthNSession, SessionTokens } from '../../src/index.js';
import { createUser, recordRequests, STRONG_PASSWORD } from './flow-harness.js';
import { memoryStorage, setupSession, signIn, statusOf, withoutActiveToken } from './session-harness.js';

const { emulator, server, client, renderSession, bodiesSentTo, resultsOf, reshape } = setupSession();

afterEach(() => {
  emulator.setConfig({ activeTokenLifetimeSeconds: 172_800 });
});

async function signedInUser(email: string): Promise<SessionTokens> {
  await createUser(client, email, STRONG_PASSWORD);
  return signIn(client, email);
}

function failWith(path: string, status: string, httpStatus: number) {
  server.use(http.post(`*/v2/${path}`, () => HttpResponse.json({ status, summary: status, result: null }, { status: httpStatus })));
}

/** Sets the pair and logs out before anything else can run (no refresh timer, no check). */
async function setAndLogOut(result: { current: AuthNSession }, tokens: SessionTokens) {
  let outcome: Promise<AuthNLogoutResult> | undefined;
  act(() => {
    result.current.setTokens(tokens);
    outcome = result.current.logout();
  });
  return act(async () => {
    if (outcome === undefined) {
      throw new Error('logout() was not called');
    }
    return outcome;
  });
}

describe('useAuthNSession logout', () => {
  it('revokes the session with the user token, never the refresh token', async () => {
    const tokens = await signedInUser('user-token@example.com');
    const requests = recordRequests(server);
    const sent = bodiesSentTo('client/session/logout');
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    const outcome = await act(() => result.current.logout());
    expect(outcome).toEqual({ outcome: 'revoked' });
    expect(requests).toEqual(['client/session/logout']);
    expect(await sent()).toEqual([{ token: tokens.active_token?.token }]);
    expect(result.current.logoutError).toBeNull();
    expect(await statusOf(client.token.check(tokens.active_token?.token ?? ''))).toBe('InvalidToken');
    expect(await statusOf(client.session.refresh(tokens.refresh_token.token))).toBe('InvalidToken');
  });

  it('refreshes first when it holds no active token, then revokes the new one', async () => {
    const tokens = await signedInUser('no-active@example.com');
    const requests = recordRequests(server);
    const refreshSent = bodiesSentTo('client/session/refresh');
    const logoutSent = bodiesSentTo('client/session/logout');
    const refreshed = resultsOf('client/session/refresh');
    const { result } = renderSession();
    const outcome = await setAndLogOut(result, withoutActiveToken(tokens));
    expect(outcome).toEqual({ outcome: 'revoked' });
    expect(requests).toEqual(['client/session/refresh', 'client/session/logout']);
    expect(await refreshSent()).toEqual([{ refresh_token: tokens.refresh_token.token }]);
    const [newPair] = (await refreshed()) as SessionTokens[];
    expect(newPair?.active_token?.token).toMatch(/^ptu_/);
    expect(await logoutSent()).toEqual([{ token: newPair?.active_token?.token }]);
    expect(await statusOf(client.token.check(newPair?.active_token?.token ?? ''))).toBe('InvalidToken');
    expect(await statusOf(client.session.refresh(newPair?.refresh_token.token ?? ''))).toBe('InvalidToken');
  });

  it('refreshes first when the stored active token has expired, without sending it', async () => {
    emulator.setConfig({ activeTokenLifetimeSeconds: 60 });
    const tokens = await signedInUser('expired-active@example.com');
    emulator.setConfig({ activeTokenLifetimeSeconds: 172_800 });
    const stored = {
      ...tokens,
      active_token: tokens.active_token && { ...tokens.active_token, expire: new Date(Date.now() - 1_000).toISOString() },
    };
    // The mount check stays unanswered: the user signs out while it is in flight.
    server.use(http.post('*/v2/client/token/check', () => new Promise<never>(() => undefined)));
    const refreshSent = bodiesSentTo('client/session/refresh');
    const logoutSent = bodiesSentTo('client/session/logout');
    const refreshed = resultsOf('client/session/refresh');
    const { result } = renderSession({ storage: memoryStorage(JSON.stringify(stored)) });
    expect(result.current.status).toBe('checking');
    const outcome = await act(() => result.current.logout());
    expect(outcome).toEqual({ outcome: 'revoked' });
    expect(await refreshSent()).toEqual([{ refresh_token: tokens.refresh_token.token }]);
    const [newPair] = (await refreshed()) as SessionTokens[];
    expect(await logoutSent()).toEqual([{ token: newPair?.active_token?.token }]);
  });

  it('reports a logout the server failed, and still forgets the session here', async () => {
    const tokens = await signedInUser('failing@example.com');
    failWith('client/session/logout', 'InternalError', 500);
    const storage = memoryStorage();
    const { result } = renderSession({ storage });
    act(() => result.current.setTokens(tokens));
    const outcome = await act(() => result.current.logout());
    expect(outcome.outcome).toBe('failed');
    expect(outcome.outcome === 'failed' && outcome.error.status).toBe('InternalError');
    expect(result.current.logoutError?.status).toBe('InternalError');
    expect(result.current.status).toBe('signed-out');
    expect(result.current.tokens).toBeNull();
    expect(storage.peek()).toBeNull();
    // The server session is still alive: that is what the app tells the user.
    expect(await statusOf(client.token.check(tokens.active_token?.token ?? ''))).toBe('Success');

    act(() => result.current.setTokens(tokens));
    expect(result.current.logoutError).toBeNull();
  });

  it('reports a logout that never reached the server', async () => {
    const tokens = await signedInUser('offline@example.com');
    server.use(http.post('*/v2/client/session/logout', () => HttpResponse.error()));
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    const outcome = await act(() => result.current.logout());
    expect(outcome.outcome === 'failed' && outcome.error.kind).toBe('network');
    expect(result.current.logoutError?.kind).toBe('network');
  });

  it('counts InvalidToken on logout as signed out: the session had ended already', async () => {
    const tokens = await signedInUser('gone@example.com');
    await client.session.logout(tokens.active_token?.token ?? '');
    const sent = bodiesSentTo('client/session/logout');
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    const outcome = await act(() => result.current.logout());
    expect(await sent()).toHaveLength(1);
    expect(outcome).toEqual({ outcome: 'already-ended' });
    expect(result.current.logoutError).toBeNull();
    expect(result.current.status).toBe('signed-out');
  });

  it('counts ExpiredToken on logout as signed out', async () => {
    const tokens = await signedInUser('expired@example.com');
    failWith('client/session/logout', 'ExpiredToken', 400);
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    expect(await act(() => result.current.logout())).toEqual({ outcome: 'already-ended' });
    expect(result.current.logoutError).toBeNull();
  });

  it('counts a refresh token the server no longer takes as signed out, and sends no logout', async () => {
    const tokens = await signedInUser('spent@example.com');
    await client.session.refresh(tokens.refresh_token.token);
    const requests = recordRequests(server);
    const { result } = renderSession();
    const outcome = await setAndLogOut(result, withoutActiveToken(tokens));
    expect(outcome).toEqual({ outcome: 'already-ended' });
    expect(requests).toEqual(['client/session/refresh']);
    expect(result.current.logoutError).toBeNull();
  });

  it('reports a refresh that failed on the way to logging out', async () => {
    const tokens = await signedInUser('refresh-down@example.com');
    failWith('client/session/refresh', 'InternalError', 503);
    const requests = recordRequests(server);
    const { result } = renderSession();
    const outcome = await setAndLogOut(result, withoutActiveToken(tokens));
    expect(outcome.outcome === 'failed' && outcome.error.status).toBe('InternalError');
    expect(requests).toEqual(['client/session/refresh']);
    expect(result.current.logoutError?.status).toBe('InternalError');
  });

  it('reports a refresh that brought no active token to log out with', async () => {
    const tokens = await signedInUser('still-none@example.com');
    reshape('client/session/refresh', ({ active_token: _active, ...pair }) => pair);
    const requests = recordRequests(server);
    const { result } = renderSession();
    const outcome = await setAndLogOut(result, withoutActiveToken(tokens));
    expect(outcome.outcome === 'failed' && outcome.error.kind).toBe('invalid-response');
    expect(requests).toEqual(['client/session/refresh']);
    expect(result.current.logoutError?.kind).toBe('invalid-response');
  });

  it('after a sign-in that lands while a failed logout is in flight, reports nothing on the new session', async () => {
    const first = await signedInUser('again@example.com');
    const second = await signIn(client, 'again@example.com');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post('*/v2/client/session/logout', async () => {
        await gate;
        return HttpResponse.json({ status: 'InternalError', summary: 'boom', result: null }, { status: 500 });
      }),
    );
    const { result } = renderSession();
    act(() => result.current.setTokens(first));
    let outcome: Promise<AuthNLogoutResult> = Promise.resolve({ outcome: 'revoked' });
    act(() => {
      outcome = result.current.logout();
    });
    act(() => result.current.setTokens(second));
    release();
    expect((await act(() => outcome)).outcome).toBe('failed');
    expect(result.current.status).toBe('signed-in');
    expect(result.current.logoutError).toBeNull();
  });

  it('does nothing on the server when no one is signed in', async () => {
    const requests = recordRequests(server);
    const { result } = renderSession();
    expect(await act(() => result.current.logout())).toEqual({ outcome: 'already-ended' });
    await waitFor(() => expect(result.current.status).toBe('signed-out'));
    expect(requests).toEqual([]);
  });
});
