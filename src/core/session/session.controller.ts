import type { SessionTokens } from '../api/wire.js';
import { asAuthNError, endSession, type AuthNLogoutResult, type SessionCalls } from './session.logout.js';
import {
  initialSession,
  isOtherPair,
  nextSession,
  type SessionEvent,
  type SessionSnapshot,
  type SessionState,
} from './session.machine.js';
import { deviceLocks, underRefreshLock, type SessionLocks } from './session.lock.js';
import { readStoredTokens, writeStoredTokens, type SessionStorageAdapter } from './session.storage.js';
import { deviceClock, refreshDelayMs, sessionExpiresAt, type SessionClock } from './session.timing.js';

export interface SessionControllerOptions {
  calls: SessionCalls;
  /** Where tokens survive a reload; read now, written on every change. @default memory only */
  storage?: SessionStorageAdapter | undefined;
  clock?: SessionClock;
  /** Lets one tab sharing `storage` refresh at a time. @default `navigator.locks` where there is one */
  locks?: SessionLocks | undefined;
}

export interface SessionController {
  /** The same object until the session changes (a `useSyncExternalStore` snapshot). */
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /**
   * Checks stored tokens (once per controller), then refreshes `refreshMarginMs` before the active
   * token expires and 30 s after an error, until the function returned is called.
   */
  start(options: { refreshMarginMs: number }): () => void;
  setTokens(tokens: SessionTokens | null): void;
  /** Refreshes now; calls made while one runs share it. Never rejects. */
  refresh(): Promise<void>;
  /** Forgets the session at once, then ends it on the server. Never rejects. */
  logout(): Promise<AuthNLogoutResult>;
  /** Another tab changed the shared storage (a `storage` event): follow its sign-out or rotation. */
  followStorage(): void;
  /** The page is seen again: refresh now if a timer slept past its time in a background tab. */
  catchUp(): void;
}

const ERROR_RETRY_MS = 30_000;

// The app reads the session without the generation.
const view = ({ generation: _generation, ...state }: SessionSnapshot): SessionState => state;

/**
 * Runs the session machine (`nextSession`) against the world: makes the calls its states wait
 * for, keeps the storage in step with the held pair, and keeps the refresh timer. One refresh runs
 * at a time, since a refresh token sent twice ends the session: one per controller, and one across
 * the tabs sharing a storage (Web Locks), each of which reads the storage again under the lock.
 */
export function createSessionController({ calls, storage, clock = deviceClock, locks = deviceLocks() }: SessionControllerOptions): SessionController {
  let session = initialSession({ stored: readStoredTokens(storage), at: clock.now() });
  let state = view(session);
  const listeners = new Set<() => void>();
  // The refresh's pair is `undefined` when it sent nothing (another tab's pair taken) or failed.
  let running: { done: Promise<void>; pair: Promise<SessionTokens | undefined> } | null = null;
  // Only tabs sharing a storage can spend each other's refresh token.
  const sharedLocks = storage === undefined ? undefined : locks;
  let checkStarted = false;
  // While started: the refresh margin, and the timer with the state (`due`) it was set for.
  let marginMs: number | null = null;
  let starts = 0;
  let due: string | undefined;
  let cancelTimer = (): void => undefined;

  function send(event: SessionEvent): void {
    session = nextSession(session, event);
    if (session.status === 'refreshing' && running === null) {
      startRefresh();
    }
    const next = view(session);
    // The app is told only of what it reads.
    if ((Object.keys(next) as (keyof SessionState)[]).some((key) => next[key] !== state[key])) {
      if (next.tokens !== state.tokens) {
        writeStoredTokens(storage, next.tokens);
      }
      state = next;
      schedule();
      listeners.forEach((listener) => listener());
    }
  }

  /** Makes a call of this generation, and sends its answer, or its failure as an `AuthNError`. */
  function ask<T>(
    operation: 'check' | 'refresh',
    call: () => Promise<T>,
    answer: (value: T, generation: number, at: number) => SessionEvent,
  ): [Promise<T>, Promise<SessionEvent>] {
    const { generation } = session;
    // Rejected rather than thrown if the call throws before it returns a promise.
    const made = new Promise<T>((resolve) => resolve(call()));
    return [
      made,
      made.then(
        (value) => answer(value, generation, clock.now()),
        (cause: unknown): SessionEvent => ({ type: 'api.failed', operation, generation, error: asAuthNError(cause) }),
      ),
    ];
  }

  function startRefresh(): void {
    const { generation } = session;
    let bring: (pair: Promise<SessionTokens | undefined> | undefined) => void = () => undefined;
    const job = { done: Promise.resolve(), pair: new Promise<SessionTokens | undefined>((resolve) => (bring = resolve)) };
    const finish = (event: SessionEvent | null): void => {
      bring(undefined);
      if (running === job) {
        running = null;
      }
      if (event !== null) {
        send(event);
      }
    };
    running = job;
    // Held until the new pair is stored, so the next tab in reads it rather than the spent one.
    job.done = underRefreshLock(sharedLocks, async () => {
      // Replaced while this tab waited (tokens set, a logout, another tab's pair): not this refresh's to make.
      const held = session.generation === generation ? session.tokens : null;
      // Another tab sharing the storage may have rotated the pair, while this one waited too: take its tokens.
      const stored = held === null ? null : readStoredTokens(storage);
      if (held === null || isOtherPair(stored, held)) {
        finish(stored && { type: 'storage.changed', stored, at: clock.now() });
        return;
      }
      const [made, answer] = ask(
        'refresh',
        () => calls.refreshPair({ refreshToken: held.refresh_token.token, userToken: held.active_token?.token }),
        (tokens, asked, at) => ({ type: 'api.refreshed', generation: asked, tokens, at }),
      );
      bring(made.catch(() => undefined));
      finish(await answer);
    });
  }

  function schedule(): void {
    const { status, expiresAt } = state;
    const live = marginMs !== null && expiresAt !== null && (status === 'signed-in' || status === 'error');
    const next = live ? `${status}@${expiresAt}` : undefined;
    if (next === due) {
      return;
    }
    cancelTimer();
    due = next;
    cancelTimer = () => undefined;
    if (marginMs !== null && expiresAt !== null && live) {
      const delay = status === 'error' ? ERROR_RETRY_MS : refreshDelayMs(expiresAt, clock.now(), marginMs);
      cancelTimer = clock.schedule(() => {
        // Spent: whatever the session is next, it gets a timer of its own.
        due = undefined;
        void refresh();
      }, delay);
    }
  }

  function refresh(): Promise<void> {
    if (running === null) {
      send({ type: 'app.refresh' });
    } else if (session.status !== 'refreshing') {
      // The refresh running is for a pair since replaced (tokens set, another tab): this one's follows.
      return running.done.then(refresh);
    }
    return running?.done ?? Promise.resolve();
  }

  async function logout(): Promise<AuthNLogoutResult> {
    const { tokens, expiresAt } = state;
    const stored = readStoredTokens(storage);
    // Only a refresh of the held pair rotates it; one for a pair since replaced is not this session's.
    const rotating = session.status === 'refreshing' ? running?.pair : undefined;
    // Forget first: the user asked to leave, and a slow or failed call must not keep them in. A
    // failure is reported (`logoutError`) rather than undone: tokens kept after "Sign out" would
    // leave the account open on this device, which is worse than a server session left to expire.
    send({ type: 'app.logout' });
    const { generation } = session;
    // Another tab may have rotated the pair since this one last looked: the server knows only the
    // newest, and revoking a spent one would leave the session alive. A refresh in flight spends
    // the held pair: end the session with the pair it brings. If it failed, the held pair is all
    // there is (a spent refresh token sent again ends the session too).
    const rotated = rotating && (await rotating);
    const newer = rotated ?? (isOtherPair(stored, tokens) ? stored : undefined);
    const ending = newer ?? tokens;
    if (ending === null) {
      return { outcome: 'already-ended' };
    }
    const now = clock.now();
    const result = await endSession(ending, newer ? sessionExpiresAt(newer, now, true) : expiresAt, calls, now);
    if (result.outcome === 'failed') {
      send({ type: 'api.failed', operation: 'logout', generation, error: result.error });
    }
    return result;
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start({ refreshMarginMs }) {
      const started = ++starts;
      marginMs = refreshMarginMs;
      due = undefined;
      cancelTimer();
      const active = state.tokens?.active_token;
      if (!checkStarted && state.status === 'checking') {
        checkStarted = true;
        if (active === undefined) {
          void refresh();
        } else {
          void ask(
            'check',
            () => calls.checkToken({ token: active.token }),
            (info, generation, at): SessionEvent => ({ type: 'api.checked', generation, info, at }),
          )[1].then(send);
        }
      }
      schedule();
      return () => {
        // A later start has taken over already.
        if (started === starts) {
          marginMs = null;
          schedule();
        }
      };
    },
    setTokens: (tokens) => send({ type: 'app.setTokens', tokens, at: clock.now() }),
    refresh,
    logout,
    followStorage() {
      if (storage !== undefined) {
        send({ type: 'storage.changed', stored: readStoredTokens(storage), at: clock.now() });
      }
    },
    catchUp() {
      const { status, expiresAt } = state;
      const live = status === 'signed-in' || status === 'error';
      if (marginMs !== null && live && expiresAt !== null && clock.now() >= expiresAt - marginMs) {
        void refresh();
      }
    },
  };
}
