import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useMutation } from '@tanstack/react-query';
import { createSessionController, type SessionCalls, type SessionStorageAdapter } from '../../core/index.js';
import { useLatest } from '../hooks/use-latest.js';
import { useAuthNContext } from '../provider/authn-context.js';
import type { AuthNSession, UseAuthNSessionOptions } from './session-api.js';
import { checkTokenOptions, logoutOptions, refreshSessionOptions, settling } from './session-mutations.js';

const DEFAULT_MARGIN_SECONDS = 60;

/**
 * The user's session after `<AuthNFlow>`: holds the tokens it is given, checks stored ones on
 * mount, refreshes the pair before the active token expires (one refresh at a time; the refresh
 * token rotates), and logs out. Call it once, near the root, and pass the result down: two
 * instances over one storage would each refresh, and a spent refresh token sent twice ends the
 * session. The session itself is `createSessionController` (core); this hook makes its calls as
 * mutations and follows the page (visibility, other tabs).
 */
export function useAuthNSession(options: UseAuthNSessionOptions = {}): AuthNSession {
  const context = useAuthNContext();
  const client = options.client ?? context?.client;
  if (client === undefined) {
    throw new Error('useAuthNSession() needs a `client` option or an <AuthNProvider> above it.');
  }
  const queryClient = options.queryClient ?? context?.queryClient;
  const marginMs = (options.refreshMarginSeconds ?? DEFAULT_MARGIN_SECONDS) * 1000;
  const storage = useLatest(options.storage);

  const checkMutation = useMutation(checkTokenOptions(client), queryClient);
  const refreshMutation = useMutation(refreshSessionOptions(client), queryClient);
  const revokeMutation = useMutation(logoutOptions(client), queryClient);
  // Each call's variables and answer hold tokens: once it settles, its mutation leaves the app's
  // QueryClient (a reset, then `gcTime: 0`), so no token pair outlives the call there.
  const calls = useLatest<SessionCalls>({
    checkToken: settling(checkMutation),
    refreshPair: settling(refreshMutation),
    revoke: settling(revokeMutation),
  });

  // One session for the component's life, reaching the latest calls and storage adapter.
  const [controller] = useState(() =>
    createSessionController({
      storage: options.storage && latestStorage(storage),
      calls: {
        checkToken: (variables) => calls.current.checkToken(variables),
        refreshPair: (variables) => calls.current.refreshPair(variables),
        revoke: (variables) => calls.current.revoke(variables),
      },
    }),
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

  // Stored tokens are checked once (StrictMode's second start finds the check started).
  useEffect(() => controller.start({ refreshMarginMs: marginMs }), [controller, marginMs]);

  // Timers sleep in background tabs: catch up as soon as the page is seen again.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        controller.catchUp();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [controller]);

  // Another tab sharing the storage signed out or rotated the pair: follow it. (The event fires in
  // the other tabs only, for any key: the adapter is read again, whatever it wraps.)
  const hasStorage = options.storage !== undefined;
  useEffect(() => {
    if (!hasStorage) {
      return;
    }
    const onStorage = () => controller.followStorage();
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [hasStorage, controller]);

  return useMemo(
    () => ({
      status: state.status,
      user: state.user,
      tokens: state.tokens,
      error: state.error,
      logoutError: state.logoutError,
      setTokens: controller.setTokens,
      refresh: controller.refresh,
      logout: controller.logout,
    }),
    [state, controller],
  );
}

/** The adapter the app passes on its latest render. */
function latestStorage(ref: { readonly current: SessionStorageAdapter | undefined }): SessionStorageAdapter {
  return {
    get: () => ref.current?.get() ?? null,
    set: (value) => ref.current?.set(value),
    remove: () => ref.current?.remove(),
  };
}
