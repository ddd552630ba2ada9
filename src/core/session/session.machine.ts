import type { AuthNError } from '../api/errors.js';
import { isTokenRefused } from '../account/account.issues.js';
import type { SessionTokens, TokenInfo } from '../api/wire.js';
import { expiresAtOf, sessionExpiresAt } from './session.timing.js';

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

/** The session as the machine holds it. */
export interface SessionSnapshot extends SessionState {
  /**
   * Counts what replaced the held session (tokens set, a logout, another tab): a call's answer
   * names the generation it was made in, and an answer from an older one is stale.
   */
  generation: number;
}

/** The calls a session makes: the mount check, a refresh, and the logout (which reports only failure). */
export type SessionOperation = 'check' | 'refresh' | 'logout';

/**
 * Events the machine accepts: `app.*` are the app's intents, `storage.changed` is what another tab
 * left in the shared storage, `api.*` are answers the host reports, each naming the `generation`
 * its call was made in. Times (`at`) are the host's clock: the machine reads none.
 */
export type SessionEvent =
  | { type: 'app.setTokens'; tokens: SessionTokens | null; at: number }
  | { type: 'app.refresh' }
  | { type: 'app.logout' }
  | { type: 'storage.changed'; stored: SessionTokens | null; at: number }
  | { type: 'api.checked'; generation: number; info: TokenInfo; at: number }
  | { type: 'api.refreshed'; generation: number; tokens: SessionTokens; at: number }
  | { type: 'api.failed'; operation: SessionOperation; generation: number; error: AuthNError };

export interface SessionInput {
  /** The pair read back from storage on load, if any. */
  stored: SessionTokens | null;
  at: number;
}

/** Whether `stored` is a pair other than the one held: another tab signed in or rotated it. */
export function isOtherPair(stored: SessionTokens | null, held: SessionTokens | null): stored is SessionTokens {
  return stored !== null && stored.refresh_token.token !== held?.refresh_token.token;
}

const signedOut = (generation: number, error: AuthNError | null = null): SessionSnapshot => ({
  status: 'signed-out',
  tokens: null,
  user: null,
  error,
  logoutError: null,
  expiresAt: null,
  generation,
});

/**
 * A pair held: just received (from the app, another tab or a refresh, whose pair without an
 * active token lasts as long as its refresh token), or read back from storage on load, whose `life`
 * is stale so its `expire` counts.
 */
function holding(status: AuthNSessionStatus, tokens: SessionTokens, at: number, generation: number, refreshed = false): SessionSnapshot {
  // The token info is the same on both tokens; a pair without an active token still names its user.
  const { token: _token, ...user } = tokens.active_token ?? tokens.refresh_token;
  const expiresAt = sessionExpiresAt(tokens, at, status !== 'checking', refreshed);
  return { status, tokens, user, error: null, logoutError: null, expiresAt, generation };
}

/** The session on load: stored tokens are checked (or a pair without an active token refreshed). */
export function initialSession({ stored, at }: SessionInput): SessionSnapshot {
  return stored === null ? signedOut(0) : holding('checking', stored, at, 0);
}

/**
 * The session as a pure machine: no network, no timers, no storage; `session` itself when an event
 * changes nothing. In `checking` and `refreshing` the host has a call in flight (see
 * session.controller.ts); every other status waits for the app, a timer or another tab.
 */
export function nextSession(session: SessionSnapshot, event: SessionEvent): SessionSnapshot {
  const { status, tokens, generation } = session;
  // Whatever replaces the held session makes every call in flight stale.
  const next = generation + 1;
  switch (event.type) {
    case 'app.setTokens':
      return event.tokens === null ? signedOut(next) : holding('signed-in', event.tokens, event.at, next);
    // Forgotten first, whatever is in flight: the user asked to leave.
    case 'app.logout':
      return signedOut(next);
    case 'storage.changed':
      // Another tab signed out, or signed in or rotated the pair: the pair it stored is the one the server knows.
      if (event.stored === null) {
        return tokens === null ? session : signedOut(next);
      }
      return isOtherPair(event.stored, tokens) ? holding('signed-in', event.stored, event.at, next) : session;
    case 'app.refresh':
      return status === 'signed-out' || status === 'refreshing' ? session : { ...session, status: 'refreshing' };
  }
  if (event.generation !== generation) {
    return session;
  }
  switch (event.type) {
    case 'api.checked': {
      // The held pair stays: the check answers with who it belongs to and how long it lasts.
      const { info, at } = event;
      return status === 'checking'
        ? { ...session, status: 'signed-in', user: info, error: null, logoutError: null, expiresAt: expiresAtOf(info, at, true) }
        : session;
    }
    case 'api.refreshed':
      return status === 'refreshing' ? holding('signed-in', event.tokens, event.at, generation, true) : session;
    case 'api.failed': {
      const { operation, error } = event;
      if (status === 'signed-out') {
        // Reported only while nothing has replaced the session the logout ended.
        return operation === 'logout' ? { ...session, logoutError: error } : session;
      }
      if (operation !== (status === 'checking' ? 'check' : status === 'refreshing' ? 'refresh' : null)) {
        return session;
      }
      // An active token the server no longer takes (or knows) is what the refresh token is for.
      const refused = isTokenRefused(error) || error.status === 'NotFound';
      if (operation === 'check' && refused) {
        return { ...session, status: 'refreshing' };
      }
      // Over for good (a disabled user too) ends the session; unreachable keeps the tokens, and the
      // host tries again in 30 s.
      return refused || error.status === 'DisabledUser' ? signedOut(generation, error) : { ...session, status: 'error', error };
    }
    default:
      return event satisfies never;
  }
}
