/**
 * What the session controller runs against, faked: a clock with manual timers, a storage another
 * tab can write behind its back, and calls that stay in flight until the test answers them.
 */
import { AuthNError, createSessionController } from '../../../src/core/index.js';
import type { SessionCalls, SessionClock, SessionStorageAdapter, SessionTokens, TokenInfo } from '../../../src/core/index.js';

export const T0 = Date.parse('2025-06-02T09:30:00.000Z');

interface PairOptions {
  /** Seconds the active token lasts; `null` leaves the active token out. */
  activeLife?: number | null;
  issuedAt?: number;
  identity?: string;
}

/** Token pair number `n`: `ptr_<n>` / `ptu_<n>`, issued at `issuedAt`. */
export function tokenPair(n: number, { activeLife = 1800, issuedAt = T0, identity = 'pui_joe' }: PairOptions = {}): SessionTokens {
  const info = (type: string, life: number) => ({
    id: `pmt_${type}_${n}`,
    type,
    life,
    expire: new Date(issuedAt + life * 1000).toISOString(),
    identity,
    email: 'joe@example.com',
    profile: {},
    created_at: new Date(issuedAt).toISOString(),
  });
  const refresh_token = { ...info('session', 172_800), token: `ptr_${n}` };
  return activeLife === null ? { refresh_token } : { refresh_token, active_token: { ...info('user', activeLife), token: `ptu_${n}` } };
}

/** What `client/token/check` answers for a pair's active token. */
export function infoOf(tokens: SessionTokens): TokenInfo {
  const { token: _token, ...info } = tokens.active_token ?? tokens.refresh_token;
  return info;
}

export function statusError(status: string, httpStatus = 400): AuthNError {
  return new AuthNError({
    kind: 'api',
    status,
    httpStatus,
    summary: status,
    requestId: undefined,
    fieldErrors: [],
    retryAfterSeconds: undefined,
    result: null,
  });
}

export function offline(): AuthNError {
  return new AuthNError({ kind: 'network', cause: new TypeError('Failed to fetch') });
}

export type CallName = 'check' | 'refresh' | 'revoke';

export interface PendingCall {
  name: CallName;
  /** The token sent: the active token for check and revoke, the refresh token for refresh. */
  token: string;
  userToken: string | undefined;
  madeAt: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Lets every promise the controller chained settle (they are all microtasks). */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A clock whose timers run only when `advance` reaches them, each at its own time. */
export function createFakeClock() {
  let now = T0;
  const timers = new Set<{ at: number; run: () => void }>();
  const clock: SessionClock = {
    now: () => now,
    schedule(run, ms) {
      const timer = { at: now + ms, run };
      timers.add(timer);
      return () => timers.delete(timer);
    },
  };
  return {
    clock,
    now: () => now,
    /** The time left to each timer set. */
    timers: () => [...timers].map((timer) => timer.at - now),
    /** Moves the clock on, running each timer due on the way at its time. */
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const next = [...timers].filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
        if (next === undefined) {
          break;
        }
        timers.delete(next);
        now = next.at;
        next.run();
        await flush();
      }
      now = end;
    },
    /** Moves the clock without running timers: a background tab whose timers slept. */
    sleep(ms: number) {
      now += ms;
    },
  };
}

export interface WorldOptions {
  stored?: SessionTokens | null;
  /** `false`: memory only, as without a `storage` option. */
  storage?: boolean;
}

export function createWorld({ stored = null, storage: withStorage = true }: WorldOptions = {}) {
  const { clock, now, timers, advance, sleep } = createFakeClock();

  let value: string | null = stored === null ? null : JSON.stringify(stored);
  const writes: (string | null)[] = [];
  const storage: SessionStorageAdapter = {
    get: () => value,
    set(next) {
      value = next;
      writes.push(next);
    },
    remove() {
      value = null;
      writes.push(null);
    },
  };

  const pending: PendingCall[] = [];
  const made: PendingCall[] = [];
  function call<T>(name: CallName, token: string, userToken?: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: PendingCall = {
        name,
        token,
        userToken,
        madeAt: now(),
        resolve: (answer) => {
          pending.splice(pending.indexOf(entry), 1);
          resolve(answer as T);
        },
        reject: (error) => {
          pending.splice(pending.indexOf(entry), 1);
          reject(error);
        },
      };
      pending.push(entry);
      made.push(entry);
    });
  }
  const calls: SessionCalls = {
    checkToken: ({ token }) => call('check', token),
    refreshPair: ({ refreshToken, userToken }) => call('refresh', refreshToken, userToken),
    revoke: ({ token }) => call('revoke', token),
  };

  const controller = createSessionController({ calls, storage: withStorage ? storage : undefined, clock });

  function inFlight(name: CallName): PendingCall {
    const found = pending.find((entry) => entry.name === name);
    if (found === undefined) {
      throw new Error(`no ${name} call in flight (in flight: ${pending.map((entry) => entry.name).join(', ') || 'none'})`);
    }
    return found;
  }

  return {
    controller,
    clock,
    get state() {
      return controller.getState();
    },
    get now() {
      return now();
    },
    /** The calls made so far, as `name token`. */
    sent: () => made.map((entry) => `${entry.name} ${entry.token}`),
    pending,
    timers,
    /** What the storage holds, parsed. */
    stored: (): SessionTokens | null => (value === null ? null : (JSON.parse(value) as SessionTokens)),
    writes,
    /** Another tab writes the shared storage; `notify` also sends the `storage` event it fires here. */
    otherTab(tokens: SessionTokens | null, notify: boolean) {
      value = tokens === null ? null : JSON.stringify(tokens);
      if (notify) {
        controller.followStorage();
      }
    },
    /** Answers the oldest call of `name` in flight, then lets the controller react. */
    async answer(name: CallName, result?: SessionTokens | TokenInfo) {
      inFlight(name).resolve(result);
      await flush();
    },
    async fail(name: CallName, error: unknown) {
      inFlight(name).reject(error);
      await flush();
    },
    advance,
    sleep,
  };
}

export type World = ReturnType<typeof createWorld>;
