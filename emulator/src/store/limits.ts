/**
 * How many records of each kind the memory store keeps at most. Past a limit the oldest (first
 * stored) go, so a long-running or flooded emulator holds bounded memory: expired records are
 * kept for a day (housekeeping.ts), and the outbox is never purged.
 *
 * Users are not bounded: dropping an account is worse than the memory it takes.
 */
export interface StoreLimits {
  flows: number;
  /** Active and refresh tokens, two per live session, plus the revoked ones kept for reuse detection. */
  tokens: number;
  /** Invitations, login codes, provider codes and provider page states, IdP-initiated SAML tickets. */
  tickets: number;
  outbox: number;
}

export const DEFAULT_STORE_LIMITS: Readonly<StoreLimits> = {
  flows: 10_000,
  tokens: 50_000,
  tickets: 20_000,
  outbox: 1_000,
};

/** Drops the oldest entries of `map` (by insertion) until at most `limit` remain. */
export function evictOldest<K, V>(map: Map<K, V>, limit: number, onEvict?: (value: V) => void): void {
  for (const [key, value] of map) {
    if (map.size <= limit) {
      return;
    }
    map.delete(key);
    onEvict?.(value);
  }
}
