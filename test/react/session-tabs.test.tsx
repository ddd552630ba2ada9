import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SessionTokens } from '../../src/index.js';
import { createUser, STRONG_PASSWORD } from './flow-harness.js';
import { memoryStorage, setupSession, signIn, statusOf } from './session-harness.js';

const { server, client, renderSession, bodiesSentTo } = setupSession();

async function signedInUser(email: string): Promise<SessionTokens> {
  await createUser(client, email, STRONG_PASSWORD);
  return signIn(client, email);
}

/** What a second tab does to the shared storage; `notify` also fires the `storage` event it would. */
function otherTab(storage: ReturnType<typeof memoryStorage>, tokens: SessionTokens | null, notify: boolean) {
  if (tokens === null) {
    storage.remove();
  } else {
    storage.set(JSON.stringify(tokens));
  }
  if (notify) {
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'session' }));
    });
  }
}

describe('useAuthNSession across tabs sharing storage', () => {
  it('revokes the pair another tab has refreshed since, so the session really ends', async () => {
    const first = await signedInUser('tabs-logout@example.com');
    const storage = memoryStorage(JSON.stringify(first));
    const { result } = renderSession({ storage });
    await waitFor(() => expect(result.current.status).toBe('signed-in'));
    // The other tab rotated the pair; this one has not heard yet.
    const rotated = await client.session.refresh(first.refresh_token.token);
    otherTab(storage, rotated, false);

    const sent = bodiesSentTo('client/session/logout');
    const outcome = await act(() => result.current.logout());
    expect(outcome).toEqual({ outcome: 'revoked' });
    expect(await sent()).toEqual([{ token: rotated.active_token?.token }]);
    expect(await statusOf(client.token.check(rotated.active_token?.token ?? ''))).toBe('InvalidToken');
    expect(storage.peek()).toBeNull();
  });

  it('signs this tab out when another tab signs out, and takes a pair another tab refreshed', async () => {
    const first = await signedInUser('tabs-follow@example.com');
    const storage = memoryStorage(JSON.stringify(first));
    const { result } = renderSession({ storage });
    await waitFor(() => expect(result.current.status).toBe('signed-in'));

    const rotated = await client.session.refresh(first.refresh_token.token);
    otherTab(storage, rotated, true);
    expect(result.current.tokens?.refresh_token.token).toBe(rotated.refresh_token.token);

    otherTab(storage, null, true);
    expect(result.current.status).toBe('signed-out');
    expect(result.current.tokens).toBeNull();
  });

  it('leaves no token in the app’s QueryClient after a logout the server refused', async () => {
    const tokens = await signedInUser('tabs-cache@example.com');
    server.use(http.post('*/v2/client/session/logout', () => HttpResponse.json({ status: 'InternalError', summary: 'x', result: null }, { status: 500 })));
    const { result, queryClient } = renderSession();
    act(() => result.current.setTokens(tokens));
    const outcome = await act(() => result.current.logout());
    expect(outcome.outcome).toBe('failed');
    const secrets = [tokens.active_token?.token ?? '', tokens.refresh_token.token];
    await waitFor(() => {
      const cached = JSON.stringify(queryClient.getMutationCache().getAll().map((mutation) => mutation.state));
      expect(secrets.filter((secret) => cached.includes(secret))).toEqual([]);
    });
  });
});
