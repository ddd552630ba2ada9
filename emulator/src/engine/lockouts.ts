import type { EngineContext } from './context.js';
import { fail } from './failures.js';
import type { GuessedSecret, Lockout, UserRecord } from './records.js';

/**
 * Account lockouts: wrong guesses are counted on the user, not on the flow, so opening new flows
 * buys no new guesses. Each kind of secret (password, TOTP, each sendable code or link) has its
 * own count, and only its own success clears it: a right password must not reset the count of
 * TOTP guesses, or knowing the password would give endless TOTP guesses.
 *
 * - `maxAttempts` wrong guesses in a row lock that kind for `lockoutSeconds`: every guess is then
 *   429 `TooManyRequests` with `Retry-After`, right or wrong, in any flow.
 * - A wrong guess more than `lockoutSeconds` after the previous one starts the count afresh, so
 *   rare typos never add up to a lock; either way a caller gets at most `maxAttempts` guesses per
 *   `lockoutSeconds`.
 */

/** Refuses a guess while `secret` is locked for this user: 429 with the seconds left. */
export function assertUnlocked(ctx: EngineContext, user: UserRecord, secret: GuessedSecret): void {
  const lockedUntil = user.lockouts?.[secret]?.lockedUntil ?? null;
  const now = ctx.now();
  if (lockedUntil !== null && now < lockedUntil) {
    fail({ status: 'TooManyRequests', retryAfterSeconds: Math.ceil((lockedUntil - now) / 1000) });
  }
}

/** The user with one more wrong guess of `secret` counted, locked if it was the `maxAttempts`-th. */
export function withFailure(ctx: EngineContext, user: UserRecord, secret: GuessedSecret): UserRecord {
  const now = ctx.now();
  const windowMs = ctx.config.lockoutSeconds * 1000;
  const previous = user.lockouts?.[secret];
  const lockedUntil = previous?.lockedUntil ?? null;
  if (lockedUntil !== null && now < lockedUntil) {
    // Another request locked it while this one was hashing: the lock stands as it is.
    return user;
  }
  const recent = previous !== undefined && previous.lockedUntil === null && now - previous.lastFailureAt < windowMs;
  const failures = (recent ? previous.failures : 0) + 1;
  const lockout: Lockout =
    failures >= ctx.config.maxAttempts
      ? { failures: 0, lastFailureAt: now, lockedUntil: now + windowMs }
      : { failures, lastFailureAt: now, lockedUntil: null };
  return { ...user, lockouts: { ...user.lockouts, [secret]: lockout } };
}

/** The user with the count of `secret` cleared after a right guess, or `undefined` if there was none. */
export function withSuccess(user: UserRecord, secret: GuessedSecret): UserRecord | undefined {
  if (user.lockouts?.[secret] === undefined) {
    return undefined;
  }
  const { [secret]: _cleared, ...rest } = user.lockouts;
  return { ...user, lockouts: rest };
}
