import type { QueryClient } from '@tanstack/react-query';
import type {
  AuthNClient,
  AuthNError,
  AuthNLogoutResult,
  AuthNSessionStatus,
  AuthNSessionUser,
  SessionStorageAdapter,
  SessionTokens,
} from '../../core/index.js';

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
  /** Why the last check or refresh of the session failed, if it did. */
  error: AuthNError | null;
  /**
   * Why the last `logout()` could not end the session on the server, if it could not (offline, a
   * 5xx): the user is signed out on this device, but the session may live on there until it
   * expires. Cleared by the next sign-in or `logout()`.
   */
  logoutError: AuthNError | null;
  /**
   * The pair held right now, outside render: after `await refresh()` it is the new pair, while
   * `tokens` waits for the next render.
   */
  getTokens(): SessionTokens | null;
  /**
   * When the held active token expires, in ms on this device's clock (`Date.now()`), timed from the
   * token's `life` as the refresh is: a device clock that is off does not make it read as expired.
   * `null` when signed out.
   */
  getExpiresAt(): number | null;
  /** Holds a new pair, e.g. `<AuthNFlow onComplete={session.setTokens} />`; `null` forgets it (no call). */
  setTokens(tokens: SessionTokens | null): void;
  /** Refreshes now. Calls made while one is running share it. Never rejects: read `status`. */
  refresh(): Promise<void>;
  /**
   * Forgets the session here at once, then ends it on the server with the active token (refreshing
   * first when there is none, or it has expired). Never rejects: resolves with the outcome; a
   * failure is in `logoutError` too.
   */
  logout(): Promise<AuthNLogoutResult>;
}
