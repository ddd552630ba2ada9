import { createActor } from 'xstate';
import type { SessionTokens } from '../api/wire.js';
import {
  asAuthNError,
  endSession,
  pairToEnd,
  type AuthNLogoutResult,
  type SessionCalls,
} from './session.logout.js';
import { selectSessionState, sessionMachine, type SessionEvent } from './session.machine.js';
import { isOtherPair, type SessionState } from './session.state.js';
import { readStoredTokens, writeStoredTokens, type SessionStorageAdapter } from './session.storage.js';
import { refreshDelayMs, sessionExpiresAt } from './session.timing.js';

/** The time and the timers the session runs on: the device's by default, a fake one in tests. */
export interface SessionClock {
  now(): number;
  /** Calls `callback` after `ms`; the function returned cancels it. */
  schedule(callback: () => void, ms: number): () => void;
}

export interface SessionControllerOptions {
  calls: SessionCalls;
  /** Where tokens survive a reload; read now, written on every change. @default memory only */
  storage?: SessionStorageAdapter | undefined;
  clock?: SessionClock;
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

/** The refresh timer while the controller is started: `due` names the state it was set for. */
interface RefreshTimer {
  marginMs: number;
  due: string | null;
  cancel: () => void;
}

const deviceClock: SessionClock = {
  // Looked up on each call, so fake timers installed later are the ones used.
  now: () => Date.now(),
  schedule: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** The call's promise, rejected rather than thrown if the call throws before it returns one. */
function attempt<T>(call: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve) => resolve(call()));
}

function sameState(a: SessionState, b: SessionState): boolean {
  return (Object.keys(a) as (keyof SessionState)[]).every((key) => a[key] === b[key]);
}

/**
 * Runs `sessionMachine` against the world: makes the calls its states wait for, keeps the
 * storage in step with the held pair, and keeps the refresh timer. One refresh runs at a time,
 * since a refresh token sent twice ends the session: one controller per storage.
 */
export function createSessionController({ calls, storage, clock = deviceClock }: SessionControllerOptions): SessionController {
  const actor = createActor(sessionMachine, { input: { stored: readStoredTokens(storage), at: clock.now() } }).start();
  let state = selectSessionState(actor.getSnapshot());
  const listeners = new Set<() => void>();
  let running: { done: Promise<void>; pair: Promise<SessionTokens> } | null = null;
  let checkStarted = false;
  let timer: RefreshTimer | null = null;

  const generation = () => actor.getSnapshot().context.generation;
  const ongoing = (): Promise<void> => running?.done ?? Promise.resolve();

  function send(event: SessionEvent): void {
    actor.send(event);
    if (actor.getSnapshot().value === 'refreshing' && running === null) {
      startRefresh();
    }
    publish();
  }

  function publish(): void {
    const next = selectSessionState(actor.getSnapshot());
    if (sameState(next, state)) {
      return;
    }
    if (next.tokens !== state.tokens) {
      writeStoredTokens(storage, next.tokens);
    }
    state = next;
    schedule();
    listeners.forEach((listener) => listener());
  }

  function startRefresh(): void {
    const held = actor.getSnapshot().context.tokens;
    if (held === null) {
      return;
    }
    // Another tab sharing the storage may have rotated the pair already: take its tokens.
    const stored = readStoredTokens(storage);
    if (isOtherPair(stored, held)) {
      send({ type: 'storage.changed', stored, at: clock.now() });
      return;
    }
    const made = generation();
    const pair = attempt(() => calls.refreshPair({ refreshToken: held.refresh_token.token, userToken: held.active_token?.token }));
    const done = pair
      .then(
        (tokens): SessionEvent => ({ type: 'api.refreshed', generation: made, tokens, at: clock.now() }),
        (cause: unknown): SessionEvent => ({ type: 'api.failed', operation: 'refresh', generation: made, error: asAuthNError(cause) }),
      )
      .then((answer) => {
        running = null;
        send(answer);
      });
    running = { done, pair };
  }

  function check(): void {
    const active = state.tokens?.active_token;
    if (active === undefined) {
      void refresh();
      return;
    }
    const made = generation();
    void attempt(() => calls.checkToken({ token: active.token }))
      .then(
        (info): SessionEvent => ({ type: 'api.checked', generation: made, info, at: clock.now() }),
        (cause: unknown): SessionEvent => ({ type: 'api.failed', operation: 'check', generation: made, error: asAuthNError(cause) }),
      )
      .then(send);
  }

  function schedule(): void {
    if (timer === null) {
      return;
    }
    const { status, expiresAt } = state;
    const due = (status === 'signed-in' || status === 'error') && expiresAt !== null ? `${status}@${expiresAt}` : null;
    if (due === timer.due) {
      return;
    }
    timer.cancel();
    timer.due = due;
    timer.cancel = () => undefined;
    if (due === null || expiresAt === null) {
      return;
    }
    const delay = status === 'error' ? ERROR_RETRY_MS : refreshDelayMs(expiresAt, clock.now(), timer.marginMs);
    const current = timer;
    current.cancel = clock.schedule(() => {
      // Spent: whatever the session is next, it gets a timer of its own.
      current.due = null;
      void refresh();
    }, delay);
  }

  function refresh(): Promise<void> {
    if (running === null) {
      send({ type: 'app.refresh' });
      return ongoing();
    }
    if (actor.getSnapshot().value === 'refreshing') {
      return running.done;
    }
    // The refresh running is for a pair since replaced (tokens set, another tab): this one's follows.
    return running.done.then(refresh);
  }

  async function logout(): Promise<AuthNLogoutResult> {
    const { tokens, expiresAt } = state;
    const target = pairToEnd(tokens === null ? null : { tokens, expiresAt }, readStoredTokens(storage), clock.now());
    // Only a refresh of the held pair rotates it; one for a pair since replaced is not this session's.
    const rotating = actor.getSnapshot().value === 'refreshing' ? (running?.pair ?? null) : null;
    // Forget first: the user asked to leave, and a slow or failed call must not keep them in. A
    // failure is reported (`logoutError`) rather than undone: tokens kept after "Sign out" would
    // leave the account open on this device, which is worse than a server session left to expire.
    send({ type: 'app.logout' });
    const loggedOut = generation();
    if (target === null) {
      return { outcome: 'already-ended' };
    }
    // A refresh in flight spends the held pair: end the session with the pair it brings. If it
    // failed, the held pair is all there is (a spent refresh token sent again ends the session too).
    const rotated = rotating === null ? null : await rotating.catch(() => null);
    const now = clock.now();
    const ending = rotated === null ? target : { tokens: rotated, expiresAt: sessionExpiresAt(rotated, now, true) };
    const result = await endSession(ending, calls, now);
    if (result.outcome === 'failed') {
      send({ type: 'api.failed', operation: 'logout', generation: loggedOut, error: result.error });
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
      timer?.cancel();
      const mine: RefreshTimer = { marginMs: refreshMarginMs, due: null, cancel: () => undefined };
      timer = mine;
      if (!checkStarted && state.status === 'checking') {
        checkStarted = true;
        check();
      }
      schedule();
      return () => {
        mine.cancel();
        if (timer === mine) {
          timer = null;
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
      if (timer !== null && live && expiresAt !== null && clock.now() >= expiresAt - timer.marginMs) {
        void refresh();
      }
    },
  };
}
