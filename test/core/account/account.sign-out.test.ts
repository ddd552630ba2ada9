import { describe, expect, it } from 'vitest';
import { AuthNError, createAuthNClient, signOutSessions, withUserToken } from '../../../src/core/index.js';
import type { AuthNClient, SessionTokens } from '../../../src/core/index.js';
import { serveEmulator } from '../../fixtures/emulator-server.js';
import { bodiesSentTo as recordBodies, statusOf } from '../../fixtures/wire-calls.js';

const BASE_URL = 'http://authn.test/';
const PASSWORD = 'Correct-Horse-9';
const ACTIVE_LIFE_SECONDS = 600;
const { emulator, server } = serveEmulator({ config: { scryptCost: 2 ** 10, activeTokenLifetimeSeconds: ACTIVE_LIFE_SECONDS } });
const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });

/** `count` sessions of one user (the first signs up), in the order they started. */
async function sessions(count: number, email = 'devices@example.com'): Promise<SessionTokens[]> {
  const pairs: SessionTokens[] = [];
  for (let n = 0; n < count; n += 1) {
    const started = await client.flow.start({ email });
    const updated = await client.flow.update(started.flowId, 'password', { password: PASSWORD });
    pairs.push(await client.flow.complete(updated.flowId));
  }
  return pairs;
}

const active = (pair: SessionTokens | undefined) => pair?.active_token?.token ?? '';
const idOf = (pair: SessionTokens | undefined) => pair?.refresh_token.id ?? '';
const current = (pair: SessionTokens | undefined) => ({ refreshTokenId: idOf(pair) });
/** Whether each pair's active token still works. */
const live = (pairs: (SessionTokens | undefined)[]) =>
  Promise.all(pairs.map(async (pair) => (await statusOf(client.token.check(active(pair)))) === 'Success'));

/** The client, listing sessions `size` at a time (the emulator's default page holds 20). */
function pagedBy(size: number): AuthNClient {
  const list: AuthNClient['session']['list'] = (token, request, options) => client.session.list(token, { ...request, size }, options);
  return { ...client, session: { ...client.session, list } };
}

/** The client, its `n`th invalidate (from 1) failing as the service is unreachable. */
function failingInvalidate(n: number): AuthNClient {
  let calls = 0;
  const invalidate: AuthNClient['session']['invalidate'] = async (token, sessionId, options) => {
    calls += 1;
    if (calls === n) {
      throw new AuthNError({ kind: 'network', cause: new TypeError('Failed to fetch') });
    }
    return client.session.invalidate(token, sessionId, options);
  };
  return { ...client, session: { ...client.session, invalidate } };
}

describe('signOutSessions against the emulator', () => {
  it('ends one session by its id, and only that one', async () => {
    const [laptop, phone] = await sessions(2);
    const outcome = await signOutSessions(client, active(laptop), { kind: 'session', sessionId: idOf(phone) }, current(laptop));
    expect(outcome).toEqual({ count: 1, error: null });
    expect(await statusOf(client.token.check(active(phone)))).toBe('InvalidToken');
    expect(await live([laptop])).toEqual([true]);
  });

  it.each([
    ['its refresh token', (pair: SessionTokens | undefined) => ({ refreshTokenId: idOf(pair) })],
    ['its active token', (pair: SessionTokens | undefined) => ({ activeTokenId: pair?.active_token?.id ?? '' })],
  ])('ends every other session, read across pages, keeping this one known by %s', async (_by, ids) => {
    const pairs = await sessions(5);
    const here = pairs[2];
    const lists = recordBodies(server, 'client/session/list');
    const outcome = await signOutSessions(pagedBy(2), active(here), { kind: 'others' }, ids(here));
    expect(outcome).toEqual({ count: 4, error: null });
    expect(await live(pairs)).toEqual([false, false, true, false, false]);
    // Five sessions two at a time: three pages, each after the one before.
    const bodies = await lists();
    expect(bodies).toHaveLength(3);
    expect(bodies.map((body) => (body as { last?: string }).last === undefined)).toEqual([true, false, false]);
    expect((await client.session.list(active(here))).sessions.map((entry) => entry.id)).toEqual([idOf(here)]);
  });

  it('refuses "every other session" when no id names this device, and ends nothing', async () => {
    const pairs = await sessions(3);
    const outcome = signOutSessions(client, active(pairs[2]), { kind: 'others' }, { refreshTokenId: '', activeTokenId: undefined });
    await expect(outcome).rejects.toMatchObject({ kind: 'invalid-response' });
    expect(await live(pairs)).toEqual([true, true, true]);
  });

  it('ends no session when there is no other, and says so', async () => {
    const [only] = await sessions(1);
    const invalidated = recordBodies(server, 'client/session/invalidate');
    expect(await signOutSessions(pagedBy(2), active(only), { kind: 'others' }, current(only))).toEqual({ count: 0, error: null });
    expect(await invalidated()).toEqual([]);
    expect(await live([only])).toEqual([true]);
  });

  it('counts a session that ended already as ended', async () => {
    const [laptop, phone] = await sessions(2);
    await client.session.logout(active(phone));
    const outcome = await signOutSessions(client, active(laptop), { kind: 'session', sessionId: idOf(phone) }, current(laptop));
    expect(outcome).toEqual({ count: 1, error: null });
  });

  it('stops at a failure once some sessions ended, and says how many did', async () => {
    const pairs = await sessions(4);
    const here = pairs[0];
    const outcome = await signOutSessions(failingInvalidate(2), active(here), { kind: 'others' }, current(here));
    expect(outcome).toMatchObject({ count: 1, error: { kind: 'network' } });
    expect((await live(pairs)).filter((isLive) => !isLive)).toHaveLength(1);
  });

  it('rejects a failure before anything ended, so the caller can tell nothing happened', async () => {
    const [laptop, phone] = await sessions(2);
    const target = { kind: 'session', sessionId: idOf(phone) } as const;
    await expect(signOutSessions(failingInvalidate(1), active(laptop), target, current(laptop))).rejects.toMatchObject({ kind: 'network' });
    expect(await live([laptop, phone])).toEqual([true, true]);
  });

  it.each([
    ['one session', 'session'],
    ['every other session', 'others'],
  ] as const)('rejects a refused token when signing out of %s', async (_name, kind) => {
    const [laptop, phone] = await sessions(2);
    emulator.advanceClock(ACTIVE_LIFE_SECONDS + 1);
    const target = kind === 'session' ? { kind, sessionId: idOf(phone) } : { kind };
    const error = await signOutSessions(client, active(laptop), target, current(laptop)).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(AuthNError);
    expect(error).toMatchObject({ status: 'ExpiredToken' });
  });

  it('is made good by withUserToken: the token refreshed, the sign-out goes through', async () => {
    const [laptop, phone, tablet] = await sessions(3);
    emulator.advanceClock(ACTIVE_LIFE_SECONDS + 1);
    let refreshed: SessionTokens | undefined;
    const source = {
      current: () => active(laptop),
      refresh: async () => {
        refreshed = await client.session.refresh(laptop?.refresh_token.token ?? '');
        return active(refreshed);
      },
    };
    const outcome = await withUserToken(source, (token) => signOutSessions(client, token, { kind: 'others' }, current(laptop)));
    expect(outcome).toEqual({ ended: false, value: { count: 2, error: null } });
    const listed = (await client.session.list(active(refreshed))).sessions.map((entry) => entry.id);
    expect(listed).toEqual([idOf(laptop)]);
    expect(listed).not.toContain(idOf(phone));
    expect(listed).not.toContain(idOf(tablet));
  });
});
