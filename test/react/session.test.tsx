import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionTokens } from '../../src/core/index.js';
import { createUser, recordRequests, renderFlow, STRONG_PASSWORD } from './flow-harness.js';
import { memoryStorage, setupSession, signIn, statusOf } from './session-harness.js';

const { emulator, server, client, renderSession, bodiesSentTo } = setupSession();

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  emulator.setConfig({ activeTokenLifetimeSeconds: 172_800 });
});

describe('useAuthNSession', () => {
  it('starts signed out and holds the tokens it is given, in memory only', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const requests = recordRequests(server);
    const { result } = renderSession();
    expect(result.current.status).toBe('signed-out');
    expect(result.current.user).toBeNull();

    await createUser(client, 'memory@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'memory@example.com');
    const before = requests.length;
    act(() => result.current.setTokens(tokens));
    expect(result.current.status).toBe('signed-in');
    expect(result.current.user?.email).toBe('memory@example.com');
    expect(result.current.user).not.toHaveProperty('token');
    expect(result.current.tokens?.active_token?.token).toBe(tokens.active_token?.token);
    expect(requests.slice(before)).toEqual([]);
    expect(setItem).not.toHaveBeenCalled();

    act(() => result.current.setTokens(null));
    expect(result.current.status).toBe('signed-out');
    expect(requests.slice(before)).toEqual([]);
  });

  it('never writes a token to localStorage or sessionStorage through a whole sign-up and session', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const session = renderSession();
    const { user } = renderFlow(emulator.token, {
      onComplete: (result) => session.result.current.setTokens(result),
    });
    await user.type(await screen.findByLabelText('Email'), 'nostorage@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(session.result.current.status).toBe('signed-in'));
    await act(() => session.result.current.refresh());
    expect(session.result.current.status).toBe('signed-in');
    const written = setItem.mock.calls.map(([, value]) => value).join('\n');
    expect(written).not.toMatch(/pt[ur]_/);
    expect(JSON.stringify({ ...localStorage })).not.toMatch(/pt[ur]_/);
    expect(JSON.stringify({ ...sessionStorage })).not.toMatch(/pt[ur]_/);
  });

  it('checks stored tokens once on mount, then holds the checked user', async () => {
    await createUser(client, 'stored@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'stored@example.com');
    const storage = memoryStorage(JSON.stringify(tokens));
    const requests = recordRequests(server);
    const { result } = renderSession({ storage });
    expect(result.current.status).toBe('checking');
    await waitFor(() => expect(result.current.status).toBe('signed-in'));
    expect(requests).toEqual(['client/token/check']);
    expect(result.current.user?.email).toBe('stored@example.com');
    expect(storage.set).not.toHaveBeenCalled();
  });

  it('refreshes stored tokens whose active token has expired, and stores the new pair', async () => {
    emulator.setConfig({ activeTokenLifetimeSeconds: 60 });
    await createUser(client, 'expired@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'expired@example.com');
    emulator.advanceClock(120);
    const storage = memoryStorage(JSON.stringify(tokens));
    const requests = recordRequests(server);
    const { result } = renderSession({ storage });
    await waitFor(() => expect(result.current.status).toBe('signed-in'));
    expect(requests).toEqual(['client/token/check', 'client/session/refresh']);
    expect(result.current.tokens?.refresh_token.token).not.toBe(tokens.refresh_token.token);
    expect(JSON.parse(storage.peek() ?? '{}')).toEqual(result.current.tokens);
  });

  it('forgets stored tokens the server no longer knows', async () => {
    await createUser(client, 'revoked@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'revoked@example.com');
    await client.session.logout(tokens.active_token?.token ?? '');
    const storage = memoryStorage(JSON.stringify(tokens));
    const { result } = renderSession({ storage });
    await waitFor(() => expect(result.current.status).toBe('signed-out'));
    expect(result.current.error?.status).toBe('InvalidToken');
    expect(storage.remove).toHaveBeenCalled();
    expect(storage.peek()).toBeNull();
  });

  it('ignores storage that does not hold a token pair', () => {
    const storage = memoryStorage('{"not":"tokens"}');
    const { result } = renderSession({ storage });
    expect(result.current.status).toBe('signed-out');
    expect(storage.remove).toHaveBeenCalled();
  });

  it('refreshes before the active token expires, rotating the refresh token', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    emulator.setConfig({ activeTokenLifetimeSeconds: 300 });
    await createUser(client, 'timer@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'timer@example.com');
    const requests = recordRequests(server);
    const { result } = renderSession({ refreshMarginSeconds: 60 });
    act(() => result.current.setTokens(tokens));

    await act(() => vi.advanceTimersByTimeAsync(239_000));
    expect(requests).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    await vi.waitFor(() => expect(result.current.tokens?.refresh_token.token).not.toBe(tokens.refresh_token.token));
    expect(requests).toEqual(['client/session/refresh']);
    expect(result.current.status).toBe('signed-in');
    expect(await statusOf(client.token.check(tokens.active_token?.token ?? ''))).toBe('InvalidToken');
    expect(await statusOf(client.token.check(result.current.tokens?.active_token?.token ?? ''))).toBe('Success');

    // And again, 4 minutes after the new pair arrived.
    await act(() => vi.advanceTimersByTimeAsync(240_000));
    await vi.waitFor(() => expect(requests.filter((path) => path === 'client/session/refresh')).toHaveLength(2));
  });

  it('runs one refresh at a time', async () => {
    await createUser(client, 'once@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'once@example.com');
    const requests = recordRequests(server);
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    await act(() => Promise.all([result.current.refresh(), result.current.refresh(), result.current.refresh()]));
    expect(requests).toEqual(['client/session/refresh']);
    expect(result.current.status).toBe('signed-in');
  });

  it('signs out when the refresh token was spent', async () => {
    await createUser(client, 'spent@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'spent@example.com');
    await client.session.refresh(tokens.refresh_token.token);
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    await act(() => result.current.refresh());
    expect(result.current.status).toBe('signed-out');
    expect(result.current.error?.status).toBe('InvalidToken');
  });

  it('keeps the tokens and reports an error while the service is unreachable', async () => {
    await createUser(client, 'offline@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'offline@example.com');
    server.use(http.post('*/v2/client/session/refresh', () => HttpResponse.error()));
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    await act(() => result.current.refresh());
    expect(result.current.status).toBe('error');
    expect(result.current.error?.kind).toBe('network');
    expect(result.current.tokens).toEqual(tokens);
  });

  it('logs out: the session is revoked and forgotten, storage included', async () => {
    await createUser(client, 'bye@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'bye@example.com');
    const storage = memoryStorage();
    const requests = recordRequests(server);
    const { result } = renderSession({ storage });
    act(() => result.current.setTokens(tokens));
    expect(JSON.parse(storage.peek() ?? '{}')).toEqual(tokens);
    await act(() => result.current.logout());
    expect(requests).toEqual(['client/session/logout']);
    expect(result.current.status).toBe('signed-out');
    expect(result.current.tokens).toBeNull();
    expect(storage.peek()).toBeNull();
    expect(await statusOf(client.token.check(tokens.active_token?.token ?? ''))).toBe('InvalidToken');
  });

  it('forgets the session even when the logout call fails', async () => {
    await createUser(client, 'failing@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'failing@example.com');
    server.use(
      http.post('*/v2/client/session/logout', () =>
        HttpResponse.json({ status: 'InternalError', summary: 'boom', result: null }, { status: 500 }),
      ),
    );
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    const outcome = await act(() => result.current.logout());
    expect(result.current.status).toBe('signed-out');
    expect(result.current.tokens).toBeNull();
    // Forgotten here, but not ended there: the app can say so.
    expect(outcome.outcome).toBe('failed');
    expect(result.current.logoutError?.status).toBe('InternalError');
  });

  it('revokes a pair that a refresh brought back after the user logged out', async () => {
    await createUser(client, 'race@example.com', STRONG_PASSWORD);
    const tokens = await signIn(client, 'race@example.com');
    let releaseRefresh: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      releaseRefresh = resolve;
    });
    server.use(
      http.post('*/v2/client/session/refresh', async () => {
        await gate;
        return undefined;
      }),
      // The logout reaches the server after the refresh rotated the pair.
      http.post('*/v2/client/session/logout', async () => {
        await gate;
        return undefined;
      }),
    );
    const rotated: Promise<unknown>[] = [];
    server.events.on('response:mocked', ({ request, response }) => {
      if (request.url.endsWith('/v2/client/session/refresh')) {
        rotated.push(response.clone().json());
      }
    });
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    let refreshed: Promise<void> = Promise.resolve();
    act(() => {
      refreshed = result.current.refresh();
    });
    const logoutSent = bodiesSentTo('client/session/logout');
    let loggedOut: Promise<unknown> = Promise.resolve();
    act(() => {
      loggedOut = result.current.logout();
    });
    expect(result.current.status).toBe('signed-out');
    releaseRefresh();
    await act(() => Promise.all([refreshed, loggedOut]));
    expect(result.current.status).toBe('signed-out');
    const [envelope] = (await Promise.all(rotated)) as { result: SessionTokens }[];
    const newPair = envelope?.result;
    expect(newPair?.active_token?.token).toMatch(/^ptu_/);
    // One logout, with the pair the server knows once the refresh has landed.
    expect(await logoutSent()).toEqual([{ token: newPair?.active_token?.token }]);
    await waitFor(async () =>
      expect(await statusOf(client.token.check(newPair?.active_token?.token ?? ''))).toBe('InvalidToken'),
    );
    expect(await statusOf(client.session.refresh(newPair?.refresh_token.token ?? ''))).toBe('InvalidToken');
  });
});
