import { describe, expect, it } from 'vitest';
import { createAuthNClient, isAuthNError, type AuthNClient } from '../../../src/core/index.js';
import { serveEmulator } from '../../fixtures/emulator-server.js';
import { bodiesSentTo as recordBodies, statusOf } from '../../fixtures/wire-calls.js';

const BASE_URL = 'http://authn.test/';
const PASSWORD = 'Correct-Horse-9';
const { emulator, server } = serveEmulator({ config: { scryptCost: 2 ** 10 } });
const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });

/** Signs up (the first time for `email`) or in with `password`; the session's active token. */
async function session(api: AuthNClient, email: string, password = PASSWORD): Promise<string> {
  const started = await api.flow.start({ email });
  const updated = await api.flow.update(started.flowId, 'password', { password });
  const tokens = await api.flow.complete(updated.flowId);
  return tokens.active_token?.token ?? '';
}

/** The JSON bodies sent to `path`, in order, once read. */
const bodiesSentTo = (path: string) => recordBodies(server, path);

describe('client account endpoints against the emulator', () => {
  it('changes the password with the wire names; a wrong old one is AuthenticationFailure', async () => {
    const token = await session(client, 'change@example.com');
    const bodies = bodiesSentTo('client/password/change');
    expect(await statusOf(client.password.change(token, 'Wrong-Horse-9', 'Battery-Staple-7'))).toBe('AuthenticationFailure');
    await expect(client.password.change(token, PASSWORD, 'Battery-Staple-7')).resolves.toBeUndefined();
    expect((await bodies())[1]).toEqual({ token, old_password: PASSWORD, new_password: 'Battery-Staple-7' });
    await expect(session(client, 'change@example.com', 'Battery-Staple-7')).resolves.toMatch(/^ptu_/);
  });

  it('refuses a new password against the policy as a ValidationError on new_password', async () => {
    const token = await session(client, 'policy@example.com');
    const error = await client.password.change(token, PASSWORD, 'short').catch((reason: unknown) => reason);
    expect(isAuthNError(error) && error.status).toBe('ValidationError');
    expect(isAuthNError(error) && error.detail.kind === 'api' ? error.detail.fieldErrors.map((field) => field.source) : []).toContain(
      '/new_password',
    );
  });

  it('lists sessions page by page with orderBy and last, and invalidates one', async () => {
    const first = await session(client, 'sessions@example.com');
    const second = await session(client, 'sessions@example.com');
    const bodies = bodiesSentTo('client/session/list');
    const page = await client.session.list(second, { size: 1, order: 'desc', orderBy: 'created_at' });
    expect(page.sessions).toHaveLength(1);
    expect(page.last).toEqual(expect.any(String));
    const next = await client.session.list(second, { size: 1, order: 'desc', orderBy: 'created_at', last: page.last });
    expect(next.last).toBeUndefined();
    expect((await bodies())[0]).toEqual({ token: second, size: 1, order: 'desc', order_by: 'created_at' });
    const ids = [...page.sessions, ...next.sessions].map((entry) => entry.id);
    const firstId = (await client.token.check(first)).id;
    expect(ids).toContain(firstId);
    expect(next.sessions[0]).toMatchObject({ type: 'session', email: 'sessions@example.com', active_token: { type: 'user' } });

    await expect(client.session.invalidate(second, firstId)).resolves.toBeUndefined();
    expect(await statusOf(client.token.check(first))).toBe('InvalidToken');
    expect((await client.session.list(second)).sessions.map((entry) => entry.id)).not.toContain(firstId);
  });
});
