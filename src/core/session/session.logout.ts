import { AuthNError } from '../api/errors.js';
import type { SessionTokens, TokenInfo } from '../api/wire.js';
import { isTokenRefused } from '../account/account.issues.js';

/**
 * How `logout()` ended. The tokens are forgotten on this device in every case.
 * - `revoked`: the server ended the session.
 * - `already-ended`: nothing was left to end: no tokens were held, or the server answered
 *   `InvalidToken` / `ExpiredToken` (the session was over already).
 * - `failed`: the server could not be told (offline, a 5xx, an unexpected answer). The session may
 *   stay alive there until it expires; `error` says why, and so does the hook's `logoutError`.
 */
export type AuthNLogoutResult =
  | { outcome: 'revoked' }
  | { outcome: 'already-ended' }
  | { outcome: 'failed'; error: AuthNError };

/**
 * The session's three calls, made by the host (the React layer runs them as TanStack Query
 * mutations). Each rejects with an `AuthNError`; anything else thrown is taken as a network error.
 */
export interface SessionCalls {
  checkToken(variables: { token: string }): Promise<TokenInfo>;
  refreshPair(variables: { refreshToken: string; userToken?: string | undefined }): Promise<SessionTokens>;
  revoke(variables: { token: string }): Promise<void>;
}

/** A token this close to its expiry may expire on its way to the server: refresh first instead. */
const EXPIRY_SKEW_MS = 10_000;

export function asAuthNError(cause: unknown): AuthNError {
  return cause instanceof AuthNError ? cause : new AuthNError({ kind: 'network', cause });
}

/**
 * Ends the session of `tokens` on the server. `client/session/logout` takes a user token only (OAS
 * `authn-token-user`), so the refresh token is never sent there: without a usable active token
 * (absent, or expiring at `expiresAt`, device clock), the pair is refreshed first and the new
 * active token revoked.
 */
export async function endSession(
  tokens: SessionTokens,
  expiresAt: number | null,
  calls: SessionCalls,
  now: number,
): Promise<AuthNLogoutResult> {
  try {
    let token = expiresAt !== null && expiresAt - now > EXPIRY_SKEW_MS ? tokens.active_token?.token : undefined;
    // No `user_token`: ours is missing or expired, and the spec needs only the refresh token.
    token ??= (await calls.refreshPair({ refreshToken: tokens.refresh_token.token })).active_token?.token;
    if (token === undefined) {
      const issues = ['client/session/refresh: no active_token to revoke the session with'];
      return { outcome: 'failed', error: new AuthNError({ kind: 'invalid-response', httpStatus: undefined, issues }) };
    }
    await calls.revoke({ token });
    return { outcome: 'revoked' };
  } catch (cause) {
    const error = asAuthNError(cause);
    // What logout answers mean that the session is over already (as Pangea's react-auth reads them).
    return isTokenRefused(error) ? { outcome: 'already-ended' } : { outcome: 'failed', error };
  }
}
