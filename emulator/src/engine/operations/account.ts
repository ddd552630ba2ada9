import type { EngineContext } from '../context.js';
import { fail, failValidation } from '../failures.js';
import { assertUnlocked, withFailure, withSuccess } from '../lockouts.js';
import { hashPassword, verifyPassword } from '../password-hash.js';
import { checkPasswordPolicy } from '../password-policy.js';
import { PasswordChangeBodySchema, SessionInvalidateBodySchema, SessionListBodySchema } from '../request-schemas.js';
import { invalidateSession, listSessions, revokeOtherSessions } from '../sessions.js';
import { liveToken } from '../tokens.js';
import { parseOrFail } from '../validation.js';
import type { Answer, WireSessionList } from '../wire-types.js';

/**
 * The client-token calls a signed-in user makes about their own account. Each takes the user's
 * active token: unknown or revoked is `InvalidToken`, expired `ExpiredToken`, a disabled account
 * `DisabledUser` (tokens.ts `liveToken`).
 */

/**
 * `client/password/change {token, old_password, new_password}`. A new password against the
 * policy is the `ValidationError` sign-up gives, at `/new_password`, checked first so that a
 * refused request costs no guess. A wrong old password is 400 `AuthenticationFailure`, counted
 * with sign-in's wrong passwords (lockouts.ts), so the call is no way around the lock. A change
 * ends the user's other sessions; the calling one stays (the OAS is silent on it).
 */
export async function passwordChangeRequest(ctx: EngineContext, body: unknown): Promise<Answer<Record<string, never>>> {
  const input = parseOrFail(PasswordChangeBodySchema, body);
  const { user } = liveToken(ctx, input.token);
  const errors = checkPasswordPolicy(input.new_password, ctx.config.passwordPolicy, '/new_password');
  if (errors.length > 0) {
    failValidation(errors);
  }
  assertUnlocked(ctx, user, 'password');
  const right = user.passwordHash !== null && (await verifyPassword(input.old_password, user.passwordHash, ctx.scrypt));
  if (!right) {
    // Read again after the await: other requests may have counted guesses meanwhile.
    ctx.store.putUser(withFailure(ctx, liveToken(ctx, input.token).user, 'password'));
    fail({ status: 'AuthenticationFailure' });
  }
  const passwordHash = await hashPassword(input.new_password, ctx.config.scryptCost, ctx.random, ctx.scrypt);
  // The token may have been logged out while this hashed: then nothing changes.
  const { record, user: current } = liveToken(ctx, input.token);
  ctx.store.putUser({ ...(withSuccess(current, 'password') ?? current), passwordHash });
  revokeOtherSessions(ctx, current, record.sessionId);
  return { summary: 'Password changed', result: {} };
}

/** `client/session/list {token, filter?, last?, order?, order_by?, size?}`: the token's user's sessions. */
export async function sessionListRequest(ctx: EngineContext, body: unknown): Promise<Answer<WireSessionList>> {
  const input = parseOrFail(SessionListBodySchema, body);
  const { user } = liveToken(ctx, input.token);
  return { summary: 'Sessions listed', result: listSessions(ctx, user, input) };
}

/** `client/session/invalidate {token, session_id}`: one of the token's user's sessions, the token's own included. */
export async function sessionInvalidateRequest(ctx: EngineContext, body: unknown): Promise<Answer<Record<string, never>>> {
  const input = parseOrFail(SessionInvalidateBodySchema, body);
  const { user } = liveToken(ctx, input.token);
  invalidateSession(ctx, user, input.session_id);
  return { summary: 'Session invalidated', result: {} };
}
