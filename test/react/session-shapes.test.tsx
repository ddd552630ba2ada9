import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionTokens } from '../../src/index.js';
import { createUser, recordRequests, STRONG_PASSWORD } from './flow-harness.js';
import { memoryStorage, setupSession, signIn } from './session-harness.js';

// The spec requires only `refresh_token` in a session's pair (OAS `authn-session-info-creds`), and
// a Go service may send `null` for what it leaves out: the session must stay usable either way.
const { server, client, renderSession, reshape } = setupSession();

async function signedInUser(email: string): Promise<SessionTokens> {
  await createUser(client, email, STRONG_PASSWORD);
  return signIn(client, email);
}

/** Token info as a service may send it: no `email`, `profile` null. */
function sparse(info: unknown): unknown {
  if (typeof info !== 'object' || info === null) {
    return info;
  }
  const { email: _email, ...rest } = info as Record<string, unknown>;
  return { ...rest, profile: null };
}

/** `active_token` left out, or sent as `null`. */
const NO_ACTIVE_TOKEN = [
  ['absent', ({ active_token: _active, ...pair }: Record<string, unknown>) => pair],
  ['null', (pair: Record<string, unknown>) => ({ ...pair, active_token: null })],
] as const;

/** Lets timers and calls the hook may have started run, so a request loop would show. */
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
}

describe('useAuthNSession with the loosest answers the spec allows', () => {
  it.each(NO_ACTIVE_TOKEN)('fetches an active token for a flow/complete answer without one (%s)', async (_shape, edit) => {
    await createUser(client, 'complete-null@example.com', STRONG_PASSWORD);
    reshape('flow/complete', edit);
    const tokens = await signIn(client, 'complete-null@example.com');
    expect(tokens.active_token).toBeUndefined();
    const requests = recordRequests(server);
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    expect(result.current.user?.email).toBe('complete-null@example.com');
    await waitFor(() => expect(result.current.tokens?.active_token?.token).toMatch(/^ptu_/));
    expect(result.current.status).toBe('signed-in');
    await settle();
    expect(requests).toEqual(['client/session/refresh']);
  });

  it.each(NO_ACTIVE_TOKEN)('stays signed in on a refresh answer without an active token (%s), and does not ask again at once', async (_shape, edit) => {
    const tokens = await signedInUser('refresh-null@example.com');
    reshape('client/session/refresh', edit);
    const storage = memoryStorage();
    const requests = recordRequests(server);
    const { result } = renderSession({ storage });
    act(() => result.current.setTokens(tokens));
    await act(() => result.current.refresh());
    expect(result.current.status).toBe('signed-in');
    expect(result.current.tokens?.active_token).toBeUndefined();
    expect(result.current.tokens?.refresh_token.token).not.toBe(tokens.refresh_token.token);
    expect(result.current.user?.identity).toBe(tokens.refresh_token.identity);
    await settle();
    expect(requests).toEqual(['client/session/refresh']);
    // What was stored reads back as a session on the next page load.
    const reloaded = renderSession({ storage: memoryStorage(storage.peek()) });
    expect(reloaded.result.current.status).not.toBe('signed-out');
  });

  it('keeps a session whose token check answers without `email` and with `profile: null`', async () => {
    const tokens = await signedInUser('check-sparse@example.com');
    reshape('client/token/check', (info) => sparse(info) as Record<string, unknown>);
    const { result } = renderSession({ storage: memoryStorage(JSON.stringify(tokens)) });
    await waitFor(() => expect(result.current.status).toBe('signed-in'));
    expect(result.current.user?.identity).toBe(tokens.active_token?.identity);
    // No email and no profile to show, whichever way the reader says "none".
    expect(result.current.user?.email ?? '').toBe('');
    expect(result.current.user?.profile ?? {}).toEqual({});
    expect(result.current.tokens).toEqual(tokens);
  });

  it('keeps a session whose refreshed tokens come without `email` and with `profile: null`', async () => {
    const tokens = await signedInUser('refresh-sparse@example.com');
    reshape('client/session/refresh', (pair) => ({
      refresh_token: sparse(pair['refresh_token']),
      active_token: sparse(pair['active_token']),
    }));
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    await act(() => result.current.refresh());
    expect(result.current.status).toBe('signed-in');
    expect(result.current.error).toBeNull();
    expect(result.current.tokens?.active_token?.token).toMatch(/^ptu_/);
    expect(result.current.user?.email ?? '').toBe('');
    expect(result.current.user?.profile ?? {}).toEqual({});
    expect(await act(() => result.current.logout())).toEqual({ outcome: 'revoked' });
  });

  it('does not refresh in a loop when the tokens say neither `life` nor `expire`', async () => {
    const tokens = await signedInUser('no-expiry@example.com');
    const timeless = (pair: Record<string, unknown>) => {
      const strip = (token: unknown) => {
        const { life: _life, expire: _expire, ...rest } = token as Record<string, unknown>;
        return rest;
      };
      return { refresh_token: strip(pair['refresh_token']), active_token: strip(pair['active_token']) };
    };
    reshape('client/session/refresh', timeless);
    const requests = recordRequests(server);
    const { result } = renderSession();
    act(() => result.current.setTokens(tokens));
    await act(() => result.current.refresh());
    expect(result.current.status).toBe('signed-in');
    await settle();
    expect(requests).toEqual(['client/session/refresh']);
  });
});
