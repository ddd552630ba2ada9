import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, type QueryClient } from '@tanstack/react-query';
import type { AuthNClient } from '../../core/api/client.js';
import type { AuthNError } from '../../core/api/errors.js';
import type { SessionTokens, TokenInfo } from '../../core/api/wire.js';
import { useLatest } from '../hooks/use-latest.js';
import { toAuthNError } from '../mutations/to-authn-error.js';
import { useAuthNContext } from '../provider/authn-context.js';
import { checkTokenOptions, logoutOptions, refreshSessionOptions } from './session-mutations.js';
import { readStoredTokens, writeStoredTokens, type SessionStorageAdapter } from './session-storage.js';
import { expiresAtOf, refreshDelayMs, sessionExpiresAt } from './session-timing.js';

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

export interface UseAuthNSessionOptions {
  /** The API client. @default the nearest `AuthNProvider`'s */
  client?: AuthNClient;
  /** The query client the calls run on. @default the nearest `AuthNProvider`'s, else `QueryClientProvider`'s */
  queryClient?: QueryClient;
  /**
   * Where tokens survive a reload. Read on mount, written on every change. Passing one backed by
   * `localStorage` makes the tokens readable by any script on the page: the app decides.
   * @default undefined (memory only: a reload signs the user out)
   */
  storage?: SessionStorageAdapter;
  /** Refresh this long before the active token expires. @default 60 */
  refreshMarginSeconds?: number;
}

export interface AuthNSession {
  status: AuthNSessionStatus;
  /** The signed-in user, or `null` when signed out. */
  user: AuthNSessionUser | null;
  /** The held token pair, or `null`. Send `tokens.active_token.token` to your API. */
  tokens: SessionTokens | null;
  /** Why the last check, refresh or sign-out of the session failed, if it did. */
  error: AuthNError | null;
  /** Holds a new pair, e.g. `<AuthNFlow onComplete={session.setTokens} />`; `null` forgets it (no call). */
  setTokens(tokens: SessionTokens | null): void;
  /** Refreshes now. Calls made while one is running share it. Never rejects: read `status`. */
  refresh(): Promise<void>;
  /** Revokes the session on the server and forgets it here, even if the call fails. Never rejects. */
  logout(): Promise<void>;
}

interface SessionState {
  status: AuthNSessionStatus;
  tokens: SessionTokens | null;
  user: AuthNSessionUser | null;
  error: AuthNError | null;
  /** When the active token expires, on this device's clock (ms). */
  expiresAt: number | null;
}

const DEFAULT_MARGIN_SECONDS = 60;
const ERROR_RETRY_MS = 30_000;

/** Statuses that mean the tokens are no good any more: the session is over, not just unreachable. */
const SESSION_ENDED = new Set(['InvalidToken', 'ExpiredToken', 'DisabledUser', 'NotFound']);

function signedOut(error: AuthNError | null = null): SessionState {
  return { status: 'signed-out', tokens: null, user: null, error, expiresAt: null };
}

function userOf(tokens: SessionTokens): AuthNSessionUser {
  const { token: _token, ...info } = tokens.active_token ?? tokens.refresh_token;
  return info;
}

function signedIn(tokens: SessionTokens, receivedAt: number): SessionState {
  return { status: 'signed-in', tokens, user: userOf(tokens), error: null, expiresAt: sessionExpiresAt(tokens, receivedAt, true) };
}

function initialState(storage: SessionStorageAdapter | undefined): SessionState {
  const stored = readStoredTokens(storage);
  if (stored === null) {
    return signedOut();
  }
  return {
    status: 'checking',
    tokens: stored,
    user: userOf(stored),
    error: null,
    expiresAt: sessionExpiresAt(stored, Date.now(), false),
  };
}

/**
 * The user's session after `<AuthNFlow>`: holds the tokens it is given, checks stored ones on
 * mount, refreshes the pair before the active token expires (one refresh at a time; the refresh
 * token rotates), and logs out. Call it once, near the root, and pass the result down: two
 * instances over one storage would each refresh, and a spent refresh token sent twice ends the
 * session.
 */
export function useAuthNSession(options: UseAuthNSessionOptions = {}): AuthNSession {
  const context = useAuthNContext();
  const client = options.client ?? context?.client;
  if (client === undefined) {
    throw new Error('useAuthNSession() needs a `client` option or an <AuthNProvider> above it.');
  }
  const queryClient = options.queryClient ?? context?.queryClient;
  const marginMs = (options.refreshMarginSeconds ?? DEFAULT_MARGIN_SECONDS) * 1000;
  const storageRef = useLatest(options.storage);

  const [state, setState] = useState<SessionState>(() => initialState(options.storage));
  // The state as of the last commit, for callbacks that outlive a render (timers, calls).
  const current = useRef(state);
  // Bumped when the app sets tokens or logs out: answers to calls made before are stale.
  const generation = useRef(0);
  const loggedOutGenerations = useRef(new Set<number>());
  const refreshInFlight = useRef<Promise<void> | null>(null);

  const { mutateAsync: checkToken } = useMutation(checkTokenOptions(client), queryClient);
  const { mutateAsync: refreshPair } = useMutation(refreshSessionOptions(client), queryClient);
  const { mutateAsync: revoke } = useMutation(logoutOptions(client), queryClient);
  const calls = useLatest({ checkToken, refreshPair, revoke });

  const commit = useCallback(
    (next: SessionState) => {
      if (next.tokens !== current.current.tokens) {
        writeStoredTokens(storageRef.current, next.tokens);
      }
      current.current = next;
      setState(next);
    },
    [storageRef],
  );

  const fail = useCallback(
    (cause: unknown) => {
      const error = toAuthNError(cause);
      commit(SESSION_ENDED.has(error.status ?? '') ? signedOut(error) : { ...current.current, status: 'error', error });
    },
    [commit],
  );

  const refresh = useCallback((): Promise<void> => {
    if (refreshInFlight.current !== null) {
      return refreshInFlight.current;
    }
    const run = async () => {
      const held = current.current.tokens;
      if (held === null) {
        return;
      }
      const started = generation.current;
      // Another tab sharing the storage may have rotated the pair already: take its tokens.
      const stored = readStoredTokens(storageRef.current);
      if (stored !== null && stored.refresh_token.token !== held.refresh_token.token) {
        commit(signedIn(stored, Date.now()));
        return;
      }
      commit({ ...current.current, status: 'refreshing' });
      try {
        const next = await calls.current.refreshPair({
          refreshToken: held.refresh_token.token,
          userToken: held.active_token?.token,
        });
        if (generation.current === started) {
          commit(signedIn(next, Date.now()));
        } else if (loggedOutGenerations.current.has(started)) {
          // The user logged out while this was in flight: the new pair must not outlive that.
          const token = next.active_token?.token ?? next.refresh_token.token;
          calls.current.revoke({ token }).catch(() => undefined);
        }
      } catch (error) {
        if (generation.current === started) {
          fail(error);
        }
      }
    };
    const pending = run().finally(() => {
      refreshInFlight.current = null;
    });
    refreshInFlight.current = pending;
    return pending;
  }, [calls, commit, fail, storageRef]);

  const check = useCallback(async () => {
    const held = current.current.tokens;
    const active = held?.active_token;
    if (held === null || active === undefined) {
      return refresh();
    }
    const started = generation.current;
    try {
      const info = await calls.current.checkToken({ token: active.token });
      if (generation.current === started) {
        commit({ status: 'signed-in', tokens: held, user: info, error: null, expiresAt: expiresAtOf(info, Date.now(), true) });
      }
    } catch (cause) {
      if (generation.current !== started) {
        return;
      }
      const error = toAuthNError(cause);
      // An expired active token is what the refresh token is for.
      if (SESSION_ENDED.has(error.status ?? '') && error.status !== 'DisabledUser') {
        return refresh();
      }
      fail(error);
    }
  }, [calls, commit, fail, refresh]);

  // Stored tokens are checked once on mount (StrictMode's second effect run finds it started).
  const checkStarted = useRef(false);
  useEffect(() => {
    if (!checkStarted.current && current.current.status === 'checking') {
      checkStarted.current = true;
      void check();
    }
  }, [check]);

  const { status, expiresAt } = state;
  useEffect(() => {
    if ((status !== 'signed-in' && status !== 'error') || expiresAt === null) {
      return;
    }
    const delay = status === 'error' ? ERROR_RETRY_MS : refreshDelayMs(expiresAt, Date.now(), marginMs);
    const timer = setTimeout(() => void refresh(), delay);
    // Timers sleep in background tabs: catch up as soon as the page is seen again.
    const onVisible = () => {
      if (document.visibilityState === 'visible' && Date.now() >= expiresAt - marginMs) {
        void refresh();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [status, expiresAt, marginMs, refresh]);

  const setTokens = useCallback(
    (tokens: SessionTokens | null) => {
      generation.current += 1;
      commit(tokens === null ? signedOut() : signedIn(tokens, Date.now()));
    },
    [commit],
  );

  const logout = useCallback(async () => {
    const held = current.current.tokens;
    loggedOutGenerations.current.add(generation.current);
    generation.current += 1;
    // Forget first: the user asked to leave, and a slow or failed call must not keep them in.
    commit(signedOut());
    if (held === null) {
      return;
    }
    try {
      await calls.current.revoke({ token: held.active_token?.token ?? held.refresh_token.token });
    } catch {
      // Nothing here holds the tokens any more; the server expires the session in time.
    }
  }, [calls, commit]);

  return useMemo(
    () => ({ status: state.status, user: state.user, tokens: state.tokens, error: state.error, setTokens, refresh, logout }),
    [state, setTokens, refresh, logout],
  );
}
