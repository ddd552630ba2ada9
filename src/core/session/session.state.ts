import type { AuthNError } from '../api/errors.js';
import type { SessionTokens, TokenInfo } from '../api/wire.js';
import { sessionExpiresAt } from './session.timing.js';

/**
 * - `signed-out`: no tokens.
 * - `checking`: tokens read back from storage are being checked (`client/token/check`).
 * - `signed-in`: tokens held and good.
 * - `refreshing`: a new pair is being fetched (`client/session/refresh`).
 * - `error`: the session could not be checked or refreshed (offline, say); the tokens are kept and
 *   the refresh is tried again every 30 s, or when `refresh()` is called.
 */
export type AuthNSessionStatus = 'signed-out' | 'checking' | 'signed-in' | 'refreshing' | 'error';

/** Who is signed in: the token info (`identity`, `email`, `profile`, `expire`, …) without the token. */
export type AuthNSessionUser = TokenInfo;

/** The session as the app reads it. */
export interface SessionState {
  status: AuthNSessionStatus;
  tokens: SessionTokens | null;
  user: AuthNSessionUser | null;
  /** Why the last check or refresh failed; kept while a refresh tries again. */
  error: AuthNError | null;
  /** Why the last logout could not end the session on the server. */
  logoutError: AuthNError | null;
  /** When the active token expires, on this device's clock (ms). */
  expiresAt: number | null;
}

/** What the machine holds besides its state. */
export interface SessionMachineContext extends Omit<SessionState, 'status'> {
  /**
   * Counts what replaced the held session (tokens set, a logout, another tab): a call's answer
   * names the generation it was made in, and an answer from an older one is stale.
   */
  generation: number;
}

export type SessionHeld = Omit<SessionMachineContext, 'generation'>;

/** Statuses that mean the tokens are no good any more: the session is over, not just unreachable. */
const SESSION_ENDED = new Set(['InvalidToken', 'ExpiredToken', 'DisabledUser', 'NotFound']);

export function endsSession(error: AuthNError): boolean {
  return SESSION_ENDED.has(error.status ?? '');
}

/** An active token the server no longer takes is what the refresh token is for; a disabled user is not. */
export function isRefreshable(error: AuthNError): boolean {
  return endsSession(error) && error.status !== 'DisabledUser';
}

export function signedOut(error: AuthNError | null = null): SessionHeld {
  return { tokens: null, user: null, error, logoutError: null, expiresAt: null };
}

// The token info is the same on both tokens; a pair without an active token still names its user.
function userOf(tokens: SessionTokens): AuthNSessionUser {
  const { token: _token, ...info } = tokens.active_token ?? tokens.refresh_token;
  return info;
}

/** A pair just received: from the app, another tab or, with `refreshed`, from a refresh. */
export function signedIn(tokens: SessionTokens, receivedAt: number, refreshed = false): SessionHeld {
  return {
    tokens,
    user: userOf(tokens),
    error: null,
    logoutError: null,
    expiresAt: sessionExpiresAt(tokens, receivedAt, true, refreshed),
  };
}

/** A pair read back from storage on load: its `life` is stale, so its `expire` counts. */
export function readBack(tokens: SessionTokens | null, readAt: number): SessionHeld {
  if (tokens === null) {
    return signedOut();
  }
  return { tokens, user: userOf(tokens), error: null, logoutError: null, expiresAt: sessionExpiresAt(tokens, readAt, false) };
}

/** Whether `stored` is a pair other than the one held: another tab signed in or rotated it. */
export function isOtherPair(stored: SessionTokens | null, held: SessionTokens | null): stored is SessionTokens {
  return stored !== null && stored.refresh_token.token !== held?.refresh_token.token;
}
