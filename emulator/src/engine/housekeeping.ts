import type { EngineContext } from './context.js';

const PURGE_EVERY_MS = 60_000;
/**
 * Records are kept this long past their expiry, so that for a while a late request still gets
 * `FlowExpired` / `ExpiredToken` rather than `NotFound` / `InvalidToken`.
 */
const GRACE_MS = 24 * 3600_000;

/** At most once a minute, on `flow/start`: drop what expired more than a day ago. */
export function housekeep(ctx: EngineContext): void {
  const now = ctx.now();
  if (now - ctx.housekeeping.lastPurgeAt < PURGE_EVERY_MS) {
    return;
  }
  ctx.housekeeping.lastPurgeAt = now;
  ctx.store.purgeExpired(now - GRACE_MS);
}
