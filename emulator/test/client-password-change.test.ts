import { describe, expect, it } from 'vitest';
import { accountSetup, checkStatus, newAccount, signIn, trySignIn } from './account-helpers.js';
import { fieldErrors, GOOD_PASSWORD } from './helpers.js';
import { forEachStore } from './stores.js';

const NEW_PASSWORD = 'My2n+Password';
const change = '/v2/client/password/change';

forEachStore(() => {
  describe('client/password/change', () => {
    it('changes the password: sign-in takes the new one and refuses the old', async () => {
      const { call } = accountSetup();
      const { active } = await newAccount(call, 'joe@example.com');
      const changed = await call(change, { token: active, old_password: GOOD_PASSWORD, new_password: NEW_PASSWORD });
      expect(changed).toMatchObject({ httpStatus: 200, status: 'Success', result: {} });
      expect(await trySignIn(call, 'joe@example.com', GOOD_PASSWORD)).toMatchObject({ httpStatus: 400, status: 'AuthenticationFailure' });
      await signIn(call, 'joe@example.com', NEW_PASSWORD);
    });

    it('refuses a wrong old password with AuthenticationFailure, keeps the password, and counts it towards the lock', async () => {
      const { call } = accountSetup({ maxAttempts: 2 });
      const { active } = await newAccount(call, 'joe@example.com');
      const wrong = { token: active, old_password: 'Not+The1Password', new_password: NEW_PASSWORD };
      expect(await call(change, wrong)).toMatchObject({ httpStatus: 400, status: 'AuthenticationFailure', result: null });
      await signIn(call, 'joe@example.com', GOOD_PASSWORD);
      // The right sign-in cleared the count: two more wrong ones lock password sign-in too.
      expect(await call(change, wrong)).toMatchObject({ status: 'AuthenticationFailure' });
      expect(await call(change, wrong)).toMatchObject({ status: 'AuthenticationFailure' });
      expect(await call(change, { ...wrong, old_password: GOOD_PASSWORD })).toMatchObject({ httpStatus: 429, status: 'TooManyRequests' });
      expect(await trySignIn(call, 'joe@example.com', GOOD_PASSWORD)).toMatchObject({ status: 'TooManyRequests' });
    });

    it('refuses a new password against the policy as sign-up does, at /new_password, before the old one is tried', async () => {
      const { call } = accountSetup({ maxAttempts: 1 });
      const { active } = await newAccount(call, 'joe@example.com');
      const errors = fieldErrors(await call(change, { token: active, old_password: 'wrong', new_password: 'short' }));
      expect(errors.map(({ code, source }) => ({ code, source }))).toEqual([
        { code: 'BelowMinLength', source: '/new_password' },
        { code: 'DoesNotMatchPattern', source: '/new_password' },
        { code: 'DoesNotMatchPattern', source: '/new_password' },
        { code: 'DoesNotMatchPattern', source: '/new_password' },
      ]);
      // No guess was counted (one would have locked): the right password still signs in.
      await signIn(call, 'joe@example.com', GOOD_PASSWORD);
    });

    it('ends the other sessions of the user; the calling one and other users’ stay', async () => {
      const { call } = accountSetup();
      const first = await newAccount(call, 'joe@example.com');
      const second = await signIn(call, 'joe@example.com');
      const other = await newAccount(call, 'ann@example.com');
      await call(change, { token: second.active, old_password: GOOD_PASSWORD, new_password: NEW_PASSWORD });
      expect(await checkStatus(call, second.active)).toBe('Success');
      expect(await checkStatus(call, first.active)).toBe('InvalidToken');
      expect(await call('/v2/client/session/refresh', { refresh_token: first.refresh })).toMatchObject({ status: 'InvalidToken' });
      expect(await checkStatus(call, other.active)).toBe('Success');
    });

    it('takes a user token only, and a live one', async () => {
      const { call } = accountSetup();
      const tokens = await newAccount(call, 'joe@example.com');
      const body = { old_password: GOOD_PASSWORD, new_password: NEW_PASSWORD };
      expect(fieldErrors(await call(change, { ...body, token: tokens.refresh }))).toEqual([
        expect.objectContaining({ code: 'DoesNotMatchPattern', source: '/token' }),
      ]);
      expect(fieldErrors(await call(change, { token: tokens.active, old_password: GOOD_PASSWORD }))).toEqual([
        expect.objectContaining({ code: 'FieldRequired', source: '/new_password' }),
      ]);
      await call('/v2/client/session/logout', { token: tokens.active });
      expect(await call(change, { ...body, token: tokens.active })).toMatchObject({ httpStatus: 400, status: 'InvalidToken' });
    });
  });
});
