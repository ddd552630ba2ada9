import { AuthNError, type SessionTokens } from '../../core/index.js';
import { toAuthNError } from '../mutations/to-authn-error.js';
import type { RefreshSessionVariables } from './session-mutations.js';

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

export interface LogoutCalls {
  refreshPair(variables: RefreshSessionVariables): Promise<SessionTokens>;
  revoke(variables: { token: string }): Promise<void>;
}

/** A token this close to its expiry may expire on its way to the server: refresh first instead. */
const EXPIRY_SKEW_MS = 10_000;

/** What logout answers mean that the session is over already (as Pangea's react-auth reads them). */
const ALREADY_ENDED = new Set(['InvalidToken', 'ExpiredToken']);

function outcomeOf(cause: unknown): AuthNLogoutResult {
  const error = toAuthNError(cause);
  return ALREADY_ENDED.has(error.status ?? '') ? { outcome: 'already-ended' } : { outcome: 'failed', error };
}

/**
 * Ends `pair`'s session on the server. `client/session/logout` takes a user token only (OAS
 * `authn-token-user`), so the refresh token is never sent there: without a usable active token
 * (absent, or expiring at `activeExpiresAt`, device clock), the pair is refreshed first and the
 * new active token revoked.
 */
export async function endSession(
  pair: SessionTokens,
  activeExpiresAt: number | null,
  calls: LogoutCalls,
  now = Date.now(),
): Promise<AuthNLogoutResult> {
  const usable = activeExpiresAt !== null && activeExpiresAt - now > EXPIRY_SKEW_MS;
  let token = usable ? pair.active_token?.token : undefined;
  if (token === undefined) {
    try {
      // No `user_token`: ours is missing or expired, and the spec needs only the refresh token.
      const next = await calls.refreshPair({ refreshToken: pair.refresh_token.token });
      token = next.active_token?.token;
    } catch (cause) {
      return outcomeOf(cause);
    }
    if (token === undefined) {
      const issues = ['client/session/refresh: no active_token to revoke the session with'];
      return { outcome: 'failed', error: new AuthNError({ kind: 'invalid-response', httpStatus: undefined, issues }) };
    }
  }
  try {
    await calls.revoke({ token });
    return { outcome: 'revoked' };
  } catch (cause) {
    return outcomeOf(cause);
  }
}
