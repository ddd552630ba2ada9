/**
 * A lock every tab of the origin shares: the Web Locks API (`navigator.locks`), or a fake in tests.
 * The callback runs once no other holder has `name`, which stays held until its promise settles.
 */
export interface SessionLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** One refresh at a time across the origin's tabs: a refresh token sent twice ends the session. */
const REFRESH_LOCK = 'authn-flow-kit:session-refresh';

/** The browser's Web Locks, where there are any (not in Node, nor in older browsers). */
export function deviceLocks(): SessionLocks | undefined {
  // Read structurally: the core runs anywhere, so it names no DOM type.
  const { navigator } = globalThis as { navigator?: { locks?: SessionLocks | undefined } };
  return navigator?.locks;
}

/**
 * Runs `run` holding the refresh lock; without locks, at once, as before Web Locks. A lock the page
 * may not take (an opaque origin's `SecurityError`) does not stop the refresh: it runs unlocked.
 */
export function underRefreshLock(locks: SessionLocks | undefined, run: () => Promise<void>): Promise<void> {
  if (locks === undefined) {
    return run();
  }
  let ran = false;
  const locked = new Promise<void>((resolve) => {
    resolve(
      locks.request(REFRESH_LOCK, () => {
        ran = true;
        return run();
      }),
    );
  });
  return locked.catch((error: unknown) => {
    if (ran) {
      throw error;
    }
    return run();
  });
}
