import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { SessionTokens } from '../../core/index.js';
import { useLatest } from '../hooks/use-latest.js';
import { toAuthNError } from '../mutations/to-authn-error.js';
import { useAuthNContext } from '../provider/authn-context.js';
import type { AuthNSession, UseAuthNSessionOptions } from './session-api.js';
import { endSession, type AuthNLogoutResult } from './session-logout.js';
import { checkTokenOptions, logoutOptions, refreshSessionOptions, settling } from './session-mutations.js';
import { endsSession, initialState, signedIn, signedOut, type SessionState } from './session-state.js';
import { readStoredTokens, writeStoredTokens } from './session-storage.js';
import { expiresAtOf, refreshDelayMs, sessionExpiresAt } from './session-timing.js';

const DEFAULT_MARGIN_SECONDS = 60;

const ERROR_RETRY_MS = 30_000;

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
  const refreshInFlight = useRef<Promise<void> | null>(null);
  // The pair a running refresh will bring: after it lands, the server knows no other.
  const rotation = useRef<Promise<SessionTokens> | null>(null);

  const checkMutation = useMutation(checkTokenOptions(client), queryClient);
  const refreshMutation = useMutation(refreshSessionOptions(client), queryClient);
  const revokeMutation = useMutation(logoutOptions(client), queryClient);
  // Each call's variables and answer hold tokens: once it settles, its mutation leaves the app's
  // QueryClient (a reset, then `gcTime: 0`), so no token pair outlives the call there.
  const calls = useLatest({
    checkToken: settling(checkMutation),
    refreshPair: settling(refreshMutation),
    revoke: settling(revokeMutation),
  });

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
      commit(endsSession(error) ? signedOut(error) : { ...current.current, status: 'error', error });
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
      const pair = calls.current.refreshPair({
        refreshToken: held.refresh_token.token,
        userToken: held.active_token?.token,
      });
      rotation.current = pair;
      try {
        const next = await pair;
        // A logout while this was in flight revokes this new pair itself (it waits for `rotation`).
        if (generation.current === started) {
          commit(signedIn(next, Date.now(), true));
        }
      } catch (error) {
        if (generation.current === started) {
          fail(error);
        }
      }
    };
    const pending = run().finally(() => {
      refreshInFlight.current = null;
      rotation.current = null;
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
        const expiresAt = expiresAtOf(info, Date.now(), true);
        commit({ status: 'signed-in', tokens: held, user: info, error: null, logoutError: null, expiresAt });
      }
    } catch (cause) {
      if (generation.current !== started) {
        return;
      }
      const error = toAuthNError(cause);
      // An expired active token is what the refresh token is for.
      if (endsSession(error) && error.status !== 'DisabledUser') {
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

  // Another tab sharing the storage signed out or rotated the pair: follow it. (The event fires in
  // the other tabs only, for any key: the adapter is read again, whatever it wraps.)
  const hasStorage = options.storage !== undefined;
  useEffect(() => {
    if (!hasStorage) {
      return;
    }
    const onStorage = () => {
      const held = current.current.tokens;
      const stored = readStoredTokens(storageRef.current);
      if (stored === null && held !== null) {
        generation.current += 1;
        commit(signedOut());
      } else if (stored !== null && stored.refresh_token.token !== held?.refresh_token.token) {
        generation.current += 1;
        commit(signedIn(stored, Date.now()));
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [hasStorage, storageRef, commit]);

  const setTokens = useCallback(
    (tokens: SessionTokens | null) => {
      generation.current += 1;
      commit(tokens === null ? signedOut() : signedIn(tokens, Date.now()));
    },
    [commit],
  );

  const logout = useCallback(async (): Promise<AuthNLogoutResult> => {
    // Another tab may have rotated the pair since this one last looked: the server knows only the
    // newest, and revoking a spent one would leave the session alive. Read before forgetting.
    const stored = readStoredTokens(storageRef.current);
    const mine = current.current.tokens;
    const newer = stored !== null && stored.refresh_token.token !== mine?.refresh_token.token;
    const held = newer ? stored : mine;
    const heldExpiresAt = newer ? sessionExpiresAt(stored, Date.now(), true) : current.current.expiresAt;
    const rotating = rotation.current;
    generation.current += 1;
    const loggedOut = generation.current;
    // Forget first: the user asked to leave, and a slow or failed call must not keep them in. A
    // failure is reported (`logoutError`) rather than undone: tokens kept after "Sign out" would
    // leave the account open on this device, which is worse than a server session left to expire.
    commit(signedOut());
    if (held === null) {
      return { outcome: 'already-ended' };
    }
    // A refresh in flight spends the held pair: end the session with the pair it brings. If it
    // failed, the held pair is all there is (a spent refresh token sent again ends the session too).
    const rotated = rotating === null ? null : await rotating.catch(() => null);
    const result =
      rotated === null
        ? await endSession(held, heldExpiresAt, calls.current)
        : await endSession(rotated, sessionExpiresAt(rotated, Date.now(), true), calls.current);
    if (result.outcome === 'failed' && generation.current === loggedOut) {
      commit({ ...current.current, logoutError: result.error });
    }
    return result;
  }, [calls, commit, storageRef]);

  return useMemo(
    () => ({
      status: state.status,
      user: state.user,
      tokens: state.tokens,
      error: state.error,
      logoutError: state.logoutError,
      setTokens,
      refresh,
      logout,
    }),
    [state, setTokens, refresh, logout],
  );
}
