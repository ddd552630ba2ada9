import { describe, expect, it } from 'vitest';
import type { AuthNClient } from '../../../src/core/index.js';
import { successEnvelope } from '../../fixtures/index.js';
import { clientWith, failureOf, inTurn, json, type Answer } from './fake-fetch.js';

const USER_TOKEN = 'ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a';
const SESSION_ID = 'pmt_zppkzrjguxyblaia6itbiesejn7jejnr';

/** The OAS example of `client/session/list`'s result. */
function listed(): Record<string, unknown> {
  const info = { life: 172795, expire: '2023-02-09T01:37:37.824893Z', identity: 'pui_np544voukdiohwbl2eyjrim5mvk5mzxp', email: 'joe.user@email.com' };
  return {
    sessions: [
      {
        id: SESSION_ID,
        type: 'session',
        ...info,
        profile: { first_name: 'Joe' },
        created_at: '2023-02-07T01:37:37.834374Z',
        active_token: { id: 'pmt_oqbafh2ucqesnczphhjcimx7ucljiy73', type: 'user', ...info, profile: {}, created_at: '2023-02-07T01:37:37.840371Z' },
      },
    ],
    last: 'Mjoy',
  };
}

const answering = (result: unknown): Answer => () => json(successEnvelope(result, 'ok'));
const internalError: Answer = () => json({ status: 'InternalError', summary: 'boom', result: null }, 500);

describe('client/session/list: tolerant reading', () => {
  it('reads the OAS example, keeping fields it does not know', async () => {
    const example = listed();
    const sessions = example['sessions'] as Record<string, unknown>[];
    sessions[0] = { ...sessions[0], device: 'laptop' };
    const { client } = clientWith(answering({ ...example, count: 1 }));
    const page = await client.session.list(USER_TOKEN);
    expect(page).toMatchObject({ last: 'Mjoy', count: 1 });
    expect(page.sessions).toEqual([
      expect.objectContaining({ id: SESSION_ID, type: 'session', email: 'joe.user@email.com', device: 'laptop' }),
    ]);
    expect(page.sessions[0]?.active_token).toMatchObject({ id: 'pmt_oqbafh2ucqesnczphhjcimx7ucljiy73', type: 'user' });
  });

  it('reads null and absent as none: no sessions, no active token, no next page; an entry without an id is dropped', async () => {
    const nulls = { id: SESSION_ID, type: null, life: null, expire: null, identity: null, email: null, profile: null, created_at: null, scopes: null, active_token: null };
    const { client } = clientWith(inTurn(answering({ sessions: null, last: '' }), answering({ sessions: [nulls, { type: 'session' }, null] })));
    expect(await client.session.list(USER_TOKEN)).toEqual({ sessions: [], last: undefined });
    const { sessions, last } = await client.session.list(USER_TOKEN);
    expect(last).toBeUndefined();
    expect(sessions).toEqual([expect.objectContaining({ id: SESSION_ID, email: '', profile: {}, life: 0, active_token: undefined })]);
  });

  it('sends the request in wire names and leaves out what is not given', async () => {
    const { client, calls } = clientWith(answering(listed()));
    await client.session.list(USER_TOKEN);
    await client.session.list(USER_TOKEN, { filter: { email__contains: ['joe'] }, last: 'Mjoy', order: 'asc', orderBy: 'expire', size: 5 });
    expect(calls.map((call) => [new URL(call.url).pathname, call.body])).toEqual([
      ['/v2/client/session/list', { token: USER_TOKEN }],
      [
        '/v2/client/session/list',
        { token: USER_TOKEN, filter: { email__contains: ['joe'] }, last: 'Mjoy', order: 'asc', order_by: 'expire', size: 5 },
      ],
    ]);
  });

  it('is sent again after a 500: listing changes nothing', async () => {
    const { client, calls } = clientWith(inTurn(internalError, answering(listed())), undefined, { retry: { attempts: 2 } });
    await expect(client.session.list(USER_TOKEN)).resolves.toMatchObject({ last: 'Mjoy' });
    expect(calls).toHaveLength(2);
  });
});

describe('client/session/invalidate and client/password/change', () => {
  const calls: [string, string, (client: AuthNClient) => Promise<void>, unknown][] = [
    ['invalidate', '/v2/client/session/invalidate', (client) => client.session.invalidate(USER_TOKEN, SESSION_ID), { token: USER_TOKEN, session_id: SESSION_ID }],
    [
      'password change',
      '/v2/client/password/change',
      (client) => client.password.change(USER_TOKEN, 'My1s+Password', 'My2n+Password'),
      { token: USER_TOKEN, old_password: 'My1s+Password', new_password: 'My2n+Password' },
    ],
  ];

  it.each(calls)('%s: sends its body and takes {}, null or no result', async (_name, path, call, body) => {
    for (const result of [{}, null, undefined, { extra: true }]) {
      const { client, calls: sent } = clientWith(answering(result));
      await expect(call(client)).resolves.toBeUndefined();
      expect(sent.map((entry) => [new URL(entry.url).pathname, entry.body])).toEqual([[path, body]]);
    }
  });

  it.each(calls)('%s: is not sent again after a 500 (it may have landed)', async (_name, _path, call) => {
    const { client, calls: sent } = clientWith(inTurn(internalError, answering({})), undefined, { retry: { attempts: 3 } });
    expect((await failureOf(call(client))).status).toBe('InternalError');
    expect(sent).toHaveLength(1);
  });
});
