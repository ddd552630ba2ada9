import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useMutation } from '@tanstack/react-query';
import { createSessionController, type SessionStorageAdapter } from '../../core/index.js';
import { useLatest } from '../hooks/use-latest.js';
import { useAuthNContext } from '../provider/authn-context.js';
import type { AuthNSession, UseAuthNSessionOptions } from './session-api.js';
import { checkTokenOptions, logoutOptions, refreshSessionOptions } from './session-mutations.js';

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

  const mutations = useLatest({
    check: useMutation(checkTokenOptions(client), queryClient),
    refresh: useMutation(refreshSessionOptions(client), queryClient),
    revoke: useMutation(logoutOptions(client), queryClient),
  });

  // One session for the component's life, reaching the latest mutations and storage adapter.
  const [controller] = useState(() =>
    createSessionController({
      storage: options.storage && latestStorage(storage),
      calls: {
        checkToken: (variables) => settle(mutations.current.check, variables),
        refreshPair: (variables) => settle(mutations.current.refresh, variables),
        revoke: (variables) => settle(mutations.current.revoke, variables),
      },
    }),
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

  // Stored tokens are checked once (StrictMode's second start finds the check started).
  useEffect(() => controller.start({ refreshMarginMs: marginMs }), [controller, marginMs]);

  useEffect(() => {
    // Timers sleep in background tabs: catch up as soon as the page is seen again.
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        controller.catchUp();
      }
    };
    // Another tab sharing the storage signed out or rotated the pair: follow it. (The event fires in
    // the other tabs only, for any key: the adapter is read again, whatever it wraps.)
    const onStorage = () => {
      if (storage.current !== undefined) {
        controller.followStorage();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('storage', onStorage);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('storage', onStorage);
    };
  }, [controller, storage]);

  return useMemo(() => {
    const { expiresAt: _expiresAt, ...session } = state;
    return {
      ...session,
      getTokens: () => controller.getState().tokens,
      getExpiresAt: () => controller.getState().expiresAt,
      setTokens: controller.setTokens,
      refresh: controller.refresh,
      logout: controller.logout,
    };
  }, [state, controller]);
}

/**
 * Each call's variables and answer hold tokens: once it settles, its mutation leaves the app's
 * QueryClient (a reset, then `gcTime: 0`), so no token pair outlives the call there.
 */
function settle<TData, TVariables>(
  mutation: { mutateAsync: (variables: TVariables) => Promise<TData>; reset: () => void },
  variables: TVariables,
): Promise<TData> {
  return mutation.mutateAsync(variables).finally(mutation.reset);
}

/** The adapter the app passes on its latest render. */
function latestStorage(ref: { readonly current: SessionStorageAdapter | undefined }): SessionStorageAdapter {
  return {
    get: () => ref.current?.get() ?? null,
    set: (value) => ref.current?.set(value),
    remove: () => ref.current?.remove(),
  };
}
