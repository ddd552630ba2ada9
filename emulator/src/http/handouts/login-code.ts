import * as v from 'valibot';
import { toIso } from '../../engine/clock.js';
import { failValidation } from '../../engine/failures.js';
import { newId } from '../../engine/ids.js';
import { normalizeEmail, normalizeUsername } from '../../engine/users.js';
import { parseOrFail } from '../../engine/validation.js';
import { jsonResponse } from '../envelope.js';
import type { Handout } from './types.js';

const LoginCodeBody = v.strictObject({
  user_id: v.optional(v.string()),
  username: v.optional(v.string()),
  email: v.optional(v.string()),
});

const LOGIN_CODE_SECONDS = 300;

/**
 * `POST /__emulator/login-code {user_id | username | email}`: the `pmc_…` code hosted login
 * redirects back with once a user signed in, for `client/userinfo`. Single use, 5 minutes.
 */
export const postLoginCode: Handout = ({ controls, body }) => {
  const input = parseOrFail(LoginCodeBody, body);
  const { ctx } = controls;
  const given = [input.user_id, input.username, input.email].filter((value) => value !== undefined).length;
  if (given !== 1) {
    failValidation([
      {
        code: given === 0 ? 'MustProvideOne' : 'MutuallyExclusive',
        source: '',
        detail: 'Send exactly one of user_id, username and email',
      },
    ]);
  }
  const username = input.username === undefined ? undefined : normalizeUsername(ctx.config.usernameFormat, input.username);
  const user =
    input.user_id !== undefined
      ? ctx.store.getUser(input.user_id)
      : input.email !== undefined
        ? ctx.store.getUserByEmail(normalizeEmail(input.email))
        : username === undefined
          ? undefined
          : ctx.store.getUserByUsername(username);
  if (!user) {
    return failValidation([{ code: 'DoesNotExist', source: '', detail: 'No such user' }]);
  }
  const now = ctx.now();
  const id = newId('pmc', ctx.random);
  const expiresAt = now + LOGIN_CODE_SECONDS * 1000;
  ctx.store.putTicket({ kind: 'login_code', id, userId: user.id, createdAt: now, expiresAt, used: false });
  return jsonResponse(201, { code: id, expire: toIso(expiresAt) });
};
