import type { AuthNError, SessionTokens, TokenInfo } from '../../core/index.js';
import { readStoredTokens, type SessionStorageAdapter } from './session-storage.js';
import { sessionExpiresAt } from './session-timing.js';

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

export interface SessionState {
  status: AuthNSessionStatus;
  tokens: SessionTokens | null;
  user: AuthNSessionUser | null;
  error: AuthNError | null;
  logoutError: AuthNError | null;
  /** When the active token expires, on this device's clock (ms). */
  expiresAt: number | null;
}

/** Statuses that mean the tokens are no good any more: the session is over, not just unreachable. */
const SESSION_ENDED = new Set(['InvalidToken', 'ExpiredToken', 'DisabledUser', 'NotFound']);

export function endsSession(error: AuthNError): boolean {
  return SESSION_ENDED.has(error.status ?? '');
}

export function signedOut(error: AuthNError | null = null): SessionState {
  return { status: 'signed-out', tokens: null, user: null, error, logoutError: null, expiresAt: null };
}

// The token info is the same on both tokens; a pair without an active token still names its user.
function userOf(tokens: SessionTokens): AuthNSessionUser {
  const { token: _token, ...info } = tokens.active_token ?? tokens.refresh_token;
  return info;
}

/** A pair just received: from the app (`setTokens`) or, with `refreshed`, from a refresh. */
export function signedIn(tokens: SessionTokens, receivedAt: number, refreshed = false): SessionState {
  return {
    status: 'signed-in',
    tokens,
    user: userOf(tokens),
    error: null,
    logoutError: null,
    expiresAt: sessionExpiresAt(tokens, receivedAt, true, refreshed),
  };
}

export function initialState(storage: SessionStorageAdapter | undefined): SessionState {
  const stored = readStoredTokens(storage);
  if (stored === null) {
    return signedOut();
  }
  return {
    status: 'checking',
    tokens: stored,
    user: userOf(stored),
    error: null,
    logoutError: null,
    expiresAt: sessionExpiresAt(stored, Date.now(), false),
  };
}
