import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SessionListSchema } from '../../src/core/api/schemas.js';
import { accountSetup, checkStatus, newAccount, signIn } from './account-helpers.js';
import { fieldErrors, TOKEN, type Caller } from './helpers.js';
import { forEachStore } from './stores.js';

interface ListedSession {
  id: string;
  type: string;
  email: string;
  created_at: string;
  active_token?: { id: string; type: string; token?: string };
}

async function list(call: Caller, token: string, paging: Record<string, unknown> = {}): Promise<{ sessions: ListedSession[]; last?: string }> {
  const answer = await call('/v2/client/session/list', { token, ...paging });
  expect({ http: answer.httpStatus, status: answer.status }).toEqual({ http: 200, status: 'Success' });
  return answer.result as { sessions: ListedSession[]; last?: string };
}

/** Three sessions of one user, a minute apart, and another user's. */
async function threeSessions() {
  const setup = accountSetup();
  const { clock, call } = setup;
  const first = await newAccount(call, 'joe@example.com');
  clock.advance(60);
  const second = await signIn(call, 'joe@example.com');
  clock.advance(60);
  const third = await signIn(call, 'joe@example.com');
  const other = await newAccount(call, 'ann@example.com');
  return { ...setup, first, second, third, other };
}

forEachStore(() => {
  describe('client/session/list', () => {
    it('lists the user’s live sessions with their active tokens, oldest first, and no one else’s', async () => {
      const { clock, call } = accountSetup();
      const first = await newAccount(call, 'joe@example.com');
      clock.advance(60);
      const second = await signIn(call, 'joe@example.com');
      await newAccount(call, 'ann@example.com');
      const { sessions, last } = await list(call, second.active);
      expect(last).toBeUndefined();
      expect(sessions).toHaveLength(2);
      expect(sessions.map((session) => session.created_at)).toEqual(['2030-01-01T00:00:00.000Z', '2030-01-01T00:01:00.000Z']);
      for (const session of sessions) {
        expect(session).toMatchObject({ id: expect.stringMatching(/^pmt_/), type: 'session', email: 'joe@example.com' });
        expect(session.active_token).toMatchObject({ id: session.id, type: 'user' });
        expect(session.active_token?.token).toBeUndefined();
      }
      // A refresh keeps the session, and its start.
      clock.advance(60);
      await call('/v2/client/session/refresh', { refresh_token: first.refresh });
      const after = await list(call, second.active);
      expect(after.sessions.map((session) => [session.id, session.created_at])).toEqual(sessions.map((session) => [session.id, session.created_at]));
    });

    it('pages with size and last, in a stable order; last is absent on the last page', async () => {
      const { call, third } = await threeSessions();
      const all = (await list(call, third.active)).sessions.map((session) => session.id);
      const pages: string[][] = [];
      let last: string | undefined;
      do {
        const page = await list(call, third.active, { size: 1, ...(last === undefined ? {} : { last }) });
        pages.push(page.sessions.map((session) => session.id));
        last = page.last;
      } while (last !== undefined && pages.length < 5);
      expect(pages).toEqual(all.map((id) => [id]));
      const newestFirst = await list(call, third.active, { size: 2, order: 'desc' });
      expect(newestFirst.sessions.map((session) => session.id)).toEqual([all[2], all[1]]);
      const rest = await list(call, third.active, { size: 2, order: 'desc', last: newestFirst.last });
      expect(rest).toEqual({ sessions: [expect.objectContaining({ id: all[0] })] });
    });

    it('keeps its place when a session ends between pages', async () => {
      const { call, second, third } = await threeSessions();
      const firstPage = await list(call, third.active, { size: 1 });
      await call('/v2/client/session/logout', { token: second.active });
      const next = await list(call, third.active, { size: 1, last: firstPage.last });
      expect(next.sessions.map((session) => session.id)).toEqual([(await list(call, third.active)).sessions[1]?.id]);
      expect(next.last).toBeUndefined();
    });

    it('filters by the OAS keys, and refuses keys it does not list and a last it did not give', async () => {
      const { call, first, third } = await threeSessions();
      const firstId = (await list(call, first.active)).sessions[0]?.id ?? '';
      expect((await list(call, third.active, { filter: { id: firstId } })).sessions.map((s) => s.id)).toEqual([firstId]);
      expect((await list(call, third.active, { filter: { created_at__gt: '2030-01-01T00:00:30Z' } })).sessions).toHaveLength(2);
      expect((await list(call, third.active, { filter: { email__contains: ['joe', 'example'] } })).sessions).toHaveLength(3);
      expect((await list(call, third.active, { filter: { profile_colour__exists: true } })).sessions).toHaveLength(0);
      const refused = await call('/v2/client/session/list', { token: third.active, filter: { colour: 'blue', email: 5 } });
      expect(fieldErrors(refused).map(({ code, source }) => ({ code, source }))).toEqual([
        { code: 'UnexpectedProperty', source: '/filter/colour' },
        { code: 'InvalidString', source: '/filter/email' },
      ]);
      expect(fieldErrors(await call('/v2/client/session/list', { token: third.active, last: 'nope' }))).toEqual([
        expect.objectContaining({ code: 'BadFormat', source: '/last' }),
      ]);
      const ascending = await list(call, third.active, { size: 1 });
      expect(fieldErrors(await call('/v2/client/session/list', { token: third.active, last: ascending.last, order: 'desc' }))).toEqual([
        expect.objectContaining({ code: 'BadState', source: '/last' }),
      ]);
      expect(fieldErrors(await call('/v2/client/session/list', { token: third.active, size: 0 }))).toEqual([
        expect.objectContaining({ code: 'NotWithinRange', source: '/size' }),
      ]);
    });
  });

  it('in loose wire, sends nulls for what is empty or absent, which the kit reads', async () => {
    const { emulator, third } = await threeSessions();
    emulator.setConfig({ looseWire: true });
    const response = await emulator.handle({
      method: 'POST',
      path: '/v2/client/session/list',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ token: third.active, size: 1 }),
    });
    const result = (JSON.parse(response.body) as { result: { sessions: Record<string, unknown>[]; last: unknown } }).result;
    expect(result.sessions[0]).toMatchObject({ scopes: null, profile: null, active_token: expect.objectContaining({ audience: null }) });
    expect(typeof result.last).toBe('string');
    expect(v.parse(SessionListSchema, result).sessions).toHaveLength(1);
  });

  describe('client/session/invalidate', () => {
    it('ends another session of the user: its tokens stop working, the caller’s do not', async () => {
      const { call, first, third } = await threeSessions();
      const firstId = (await list(call, first.active)).sessions[0]?.id ?? '';
      const answer = await call('/v2/client/session/invalidate', { token: third.active, session_id: firstId });
      expect(answer).toMatchObject({ httpStatus: 200, status: 'Success', result: {} });
      expect(await checkStatus(call, first.active)).toBe('InvalidToken');
      expect(await call('/v2/client/session/refresh', { refresh_token: first.refresh })).toMatchObject({ status: 'InvalidToken' });
      expect(await checkStatus(call, third.active)).toBe('Success');
      expect((await list(call, third.active)).sessions.map((session) => session.id)).not.toContain(firstId);
    });

    it('refuses a session that is not the user’s, unknown, or ended, alike: DoesNotExist at /session_id', async () => {
      const { call, first, third, other } = await threeSessions();
      const otherId = (await list(call, other.active)).sessions[0]?.id ?? '';
      const firstId = (await list(call, first.active)).sessions[0]?.id ?? '';
      await call('/v2/client/session/logout', { token: first.active });
      for (const sessionId of [otherId, 'pmt_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', firstId]) {
        expect(fieldErrors(await call('/v2/client/session/invalidate', { token: third.active, session_id: sessionId }))).toEqual([
          { code: 'DoesNotExist', source: '/session_id', detail: expect.any(String) },
        ]);
      }
      expect(await checkStatus(call, other.active)).toBe('Success');
      expect(fieldErrors(await call('/v2/client/session/invalidate', { token: third.active, session_id: third.active }))).toEqual([
        expect.objectContaining({ code: 'DoesNotMatchPattern', source: '/session_id' }),
      ]);
    });

    it('ends the caller’s own session too, as logout does', async () => {
      const { call, third } = await threeSessions();
      const ownId = (await call('/v2/client/token/check', { token: third.active })).result?.['id'];
      await call('/v2/client/session/invalidate', { token: third.active, session_id: ownId });
      expect(await checkStatus(call, third.active)).toBe('InvalidToken');
    });
  });
});
