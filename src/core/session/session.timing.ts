import type { SessionTokens, TokenCreds, TokenInfo } from '../api/wire.js';

/** The time and the timers the session runs on: the device's by default, a fake one in tests. */
export interface SessionClock {
  now(): number;
  /** Calls `callback` after `ms`; the function returned cancels it. */
  schedule(callback: () => void, ms: number): () => void;
}

export const deviceClock: SessionClock = {
  // Looked up on each call, so fake timers installed later are the ones used.
  now: () => Date.now(),
  schedule: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** `setTimeout` fires at once for delays past 2^31 - 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A token that says neither `life` nor `expire` (the tolerant reader gives `0` and `""`) has an
 * unknown expiry: taken as expiring now, each refresh would ask for the next at once, in a loop.
 */
const UNKNOWN_LIFE_MS = 5 * 60 * 1000;

/**
 * When a token expires, on this device's clock. `life` (seconds left when the server answered) is
 * used when the answer is fresh, so a device clock that is off does not make us refresh early in a
 * loop or too late; `expire` only for tokens read back from storage, whose `life` is stale.
 */
export function expiresAtOf(token: TokenCreds | TokenInfo, receivedAt: number, fresh: boolean): number {
  if (fresh && Number.isFinite(token.life) && token.life > 0) {
    return receivedAt + token.life * 1000;
  }
  const expire = Date.parse(token.expire);
  if (!Number.isNaN(expire)) {
    return expire;
  }
  return token.life > 0 || token.expire !== '' ? receivedAt : receivedAt + UNKNOWN_LIFE_MS;
}

/**
 * When the held pair needs refreshing: the active token's expiry. A pair without one (the spec
 * makes only `refresh_token` required) is refreshed now to fetch one, unless it came from a
 * refresh: asking again at once would loop, so it lasts as long as its refresh token.
 */
export function sessionExpiresAt(tokens: SessionTokens, receivedAt: number, fresh: boolean, refreshed = false): number {
  if (tokens.active_token !== undefined) {
    return expiresAtOf(tokens.active_token, receivedAt, fresh);
  }
  return refreshed ? expiresAtOf(tokens.refresh_token, receivedAt, fresh) : receivedAt;
}

/**
 * How long to wait before refreshing: `margin` before expiry, but never sooner than half the time
 * left, so a token shorter-lived than the margin is not refreshed in a tight loop.
 */
export function refreshDelayMs(expiresAt: number, now: number, marginMs: number): number {
  const left = expiresAt - now;
  if (left <= 0) {
    return 0;
  }
  return Math.min(MAX_TIMER_MS, Math.max(left - marginMs, left / 2));
}
