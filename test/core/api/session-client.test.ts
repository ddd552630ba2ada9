import { describe, expect, it } from 'vitest';
import { createAuthNClient, type AuthNClient } from '../../../src/core/index.js';
import { serveEmulator } from '../../fixtures/emulator-server.js';
import { bodiesSentTo as recordBodies, statusOf } from '../../fixtures/wire-calls.js';

const BASE_URL = 'http://authn.test/';
const { emulator, server } = serveEmulator({ config: { scryptCost: 2 ** 10 } });
const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });

async function signUp(api: AuthNClient, email: string) {
  const started = await api.flow.start({ email });
  const updated = await api.flow.update(started.flowId, 'password', { password: 'Correct-Horse-9' });
  return api.flow.complete(updated.flowId);
}

/** The JSON bodies sent to `path`, in order, once read. */
const bodiesSentTo = (path: string) => recordBodies(server, path);

describe('client session endpoints', () => {
  it('refreshes a session: a new pair, the old refresh token spent', async () => {
    const tokens = await signUp(client, 'refresh@example.com');
    const bodies = bodiesSentTo('client/session/refresh');
    const refreshed = await client.session.refresh(tokens.refresh_token.token, tokens.active_token?.token);
    expect(await bodies()).toEqual([{ refresh_token: tokens.refresh_token.token, user_token: tokens.active_token?.token }]);
    expect(refreshed.refresh_token.token).toMatch(/^ptr_/);
    expect(refreshed.refresh_token.token).not.toBe(tokens.refresh_token.token);
    expect(refreshed.active_token?.token).toMatch(/^ptu_/);
    expect(refreshed.active_token?.email).toBe('refresh@example.com');
    await expect(client.token.check(refreshed.active_token?.token ?? '')).resolves.toMatchObject({
      email: 'refresh@example.com',
    });
    expect(await statusOf(client.token.check(tokens.active_token?.token ?? ''))).toBe('InvalidToken');
  });

  it('sends the refresh token alone when there is no user token', async () => {
    const tokens = await signUp(client, 'alone@example.com');
    const bodies = bodiesSentTo('client/session/refresh');
    await client.session.refresh(tokens.refresh_token.token);
    expect(await bodies()).toEqual([{ refresh_token: tokens.refresh_token.token }]);
  });

  it('logs out: the session is revoked', async () => {
    const tokens = await signUp(client, 'logout@example.com');
    const active = tokens.active_token?.token ?? '';
    await expect(client.session.logout(active)).resolves.toBeUndefined();
    expect(await statusOf(client.token.check(active))).toBe('InvalidToken');
    expect(await statusOf(client.session.refresh(tokens.refresh_token.token))).toBe('InvalidToken');
  });

  it('trades a login code for a session with userinfo', async () => {
    await signUp(client, 'code@example.com');
    const response = await fetch(`${BASE_URL}__emulator/login-code`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'code@example.com' }),
    });
    const { code } = (await response.json()) as { code: string };
    const tokens = await client.userinfo(code);
    expect(tokens.active_token?.email).toBe('code@example.com');
    expect(await statusOf(client.userinfo(code))).toBe('CodeAlreadyUsed');
  });

  it('fetches the public keys', async () => {
    const { keys } = await client.jwks();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(keys[0]?.kid).toMatch(/^pvi_.+\|1$/);
  });
});
