import { parseSessionTokens } from '../api/session-tokens.js';
import type { SessionTokens } from '../api/wire.js';

/**
 * Where the session (`useAuthNSession`, `createSessionController`) keeps the tokens between page
 * loads. Without one, tokens live in memory only and a reload signs the user out. Passing
 * `localStorage` (say) is the app's choice to make: anything on the page that can run script can
 * then read the tokens.
 *
 * ```ts
 * const storage = { get: () => localStorage.getItem('session'), set: (value) => localStorage.setItem('session', value), remove: () => localStorage.removeItem('session') };
 * ```
 */
export interface SessionStorageAdapter {
  get(): string | null;
  set(value: string): void;
  remove(): void;
}

/** The tokens held in `storage`, or `null` when there are none or they are not a token pair. */
export function readStoredTokens(storage: SessionStorageAdapter | undefined): SessionTokens | null {
  if (storage === undefined) {
    return null;
  }
  try {
    const text = storage.get();
    if (text === null) {
      return null;
    }
    const tokens = parseSessionTokens(JSON.parse(text));
    if (tokens !== null) {
      return tokens;
    }
    // Not ours, or from an older version: forget it rather than fail on every load.
    storage.remove();
    return null;
  } catch {
    // Unreadable storage (blocked, or not JSON) means no stored session.
    return null;
  }
}

/** Saves or forgets the tokens. A storage that throws (quota, private mode) leaves memory in charge. */
export function writeStoredTokens(storage: SessionStorageAdapter | undefined, tokens: SessionTokens | null): void {
  if (storage === undefined) {
    return;
  }
  try {
    if (tokens === null) {
      storage.remove();
    } else {
      storage.set(JSON.stringify(tokens));
    }
  } catch {
    // Memory still holds the session for this page.
  }
}
