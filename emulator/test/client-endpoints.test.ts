import { describe, expect, it } from 'vitest';
import { completeResult, engineCaller, fieldErrors, handout, manualClock, signUp, testEmulator, tokenInfo } from './helpers.js';
import { forEachStore } from './stores.js';

function setup() {
  const clock = manualClock();
  const emulator = testEmulator({ now: clock.now });
  return { clock, emulator, call: engineCaller(emulator) };
}

forEachStore(() => {
  describe('client/session/refresh', () => {
    it('rotates both tokens within the session; the old ones stop working', async () => {
      const { clock, call } = setup();
      const first = await signUp(call, 'joe@example.com');
      clock.advance(60);
      const refreshed = completeResult(
        await call('/v2/client/session/refresh', {
          refresh_token: first.refresh_token.token,
          user_token: first.active_token?.token,
        }),
      );
      expect(refreshed.active_token?.token).not.toBe(first.active_token?.token);
      expect(refreshed.refresh_token.token).not.toBe(first.refresh_token.token);
      expect(refreshed.active_token).toMatchObject({ id: first.active_token?.id, identity: first.active_token?.identity, life: 172_800 });
      for (const old of [first.active_token?.token, first.refresh_token.token]) {
        expect(await call('/v2/client/token/check', { token: old })).toMatchObject({ httpStatus: 400, status: 'InvalidToken' });
      }
      tokenInfo(await call('/v2/client/token/check', { token: refreshed.active_token?.token }));
    });

    it('revokes the whole session when a rotated refresh token comes back', async () => {
      const { call } = setup();
      const first = await signUp(call, 'joe@example.com');
      const second = completeResult(await call('/v2/client/session/refresh', { refresh_token: first.refresh_token.token }));
      expect(await call('/v2/client/session/refresh', { refresh_token: first.refresh_token.token })).toMatchObject({
        status: 'InvalidToken',
      });
      expect(await call('/v2/client/token/check', { token: second.active_token?.token })).toMatchObject({ status: 'InvalidToken' });
    });

    it('refuses an active token as refresh token, a user token of another session, and expired tokens', async () => {
      const { clock, call } = setup();
      const a = await signUp(call, 'a@example.com');
      const b = await signUp(call, 'b@example.com');
      // OAS `authn-token-refresh`: the wrong kind of token is a malformed body, not an unknown token.
      expect(fieldErrors(await call('/v2/client/session/refresh', { refresh_token: a.active_token?.token }))).toEqual([
        expect.objectContaining({ code: 'DoesNotMatchPattern', source: '/refresh_token' }),
      ]);
      expect(
        await call('/v2/client/session/refresh', { refresh_token: a.refresh_token.token, user_token: b.active_token?.token }),
      ).toMatchObject({ status: 'InvalidToken' });
      clock.advance(604_800);
      expect(await call('/v2/client/session/refresh', { refresh_token: b.refresh_token.token })).toMatchObject({
        httpStatus: 400,
        status: 'ExpiredToken',
      });
    });
  });

  describe('client/token/check', () => {
    it('says life 1, not 0, in a live token’s last second (OAS authn-duration-seconds minimum 1)', async () => {
      const { clock, call } = setup();
      const tokens = await signUp(call, 'joe@example.com');
      clock.advance(172_800 - 0.5);
      expect(tokenInfo(await call('/v2/client/token/check', { token: tokens.active_token?.token })).life).toBe(1);
      const listed = await call('/v2/client/session/list', { token: tokens.active_token?.token });
      const { sessions } = listed.result as { sessions: { life: number; active_token?: { life: number } }[] };
      expect(sessions[0]?.active_token?.life).toBe(1);
      clock.advance(0.5);
      expect(await call('/v2/client/token/check', { token: tokens.active_token?.token })).toMatchObject({ status: 'ExpiredToken' });
    });
  });

  describe('client/session/logout', () => {
    it('revokes the session of the token, once', async () => {
      const { call } = setup();
      const tokens = await signUp(call, 'joe@example.com');
      const out = await call('/v2/client/session/logout', { token: tokens.active_token?.token });
      expect(out).toMatchObject({ httpStatus: 200, status: 'Success', result: {} });
      expect(await call('/v2/client/token/check', { token: tokens.active_token?.token })).toMatchObject({ status: 'InvalidToken' });
      expect(await call('/v2/client/session/refresh', { refresh_token: tokens.refresh_token.token })).toMatchObject({
        status: 'InvalidToken',
      });
      expect(await call('/v2/client/session/logout', { token: tokens.active_token?.token })).toMatchObject({ status: 'InvalidToken' });
    });
  });

  describe('client/userinfo', () => {
    it('trades a one-time login code for a session', async () => {
      const { clock, emulator, call } = setup();
      const signedUp = await signUp(call, 'joe@example.com');
      const minted = await handout(emulator, 'POST', '/__emulator/login-code', { email: 'joe@example.com' });
      expect(minted.status).toBe(201);
      const { code } = minted.json as { code: string };
      expect(code).toMatch(/^pmc_[a-z2-7]{32}$/);
      const tokens = completeResult(await call('/v2/client/userinfo', { code }));
      expect(tokens.active_token?.identity).toBe(signedUp.active_token?.identity);
      expect(tokens.active_token?.id).not.toBe(signedUp.active_token?.id);
      expect(await call('/v2/client/userinfo', { code })).toMatchObject({ status: 'CodeAlreadyUsed' });
      expect(await call('/v2/client/userinfo', { code: 'pmc_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' })).toMatchObject({ status: 'InvalidToken' });
      expect(fieldErrors(await call('/v2/client/userinfo', { code: 'nope' }))).toEqual([
        expect.objectContaining({ code: 'DoesNotMatchPattern', source: '/code' }),
      ]);

      const late = (await handout(emulator, 'POST', '/__emulator/login-code', { user_id: signedUp.active_token?.identity })).json as {
        code: string;
      };
      clock.advance(300);
      expect(await call('/v2/client/userinfo', { code: late.code })).toMatchObject({ status: 'ExpiredToken' });
    });
  });

  describe('client/jwks', () => {
    it('serves one stable ES256 public key that WebCrypto imports', async () => {
      const { call } = setup();
      const first = await call('/v2/client/jwks', {});
      expect(first).toMatchObject({ httpStatus: 200, status: 'Success' });
      const { keys } = first.result as { keys: JsonWebKey[] & { kid: string }[] };
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: expect.stringMatching(/^pvi_[a-z2-7]{32}\|1$/) });
      expect(keys[0]).not.toHaveProperty('d');
      await crypto.subtle.importKey('jwk', keys[0] as JsonWebKey, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
      expect((await call('/v2/client/jwks', {})).result).toEqual(first.result);
    });
  });
});
