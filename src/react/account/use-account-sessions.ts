import type { Dispatch } from 'react';
import type { InfiniteData, UseInfiniteQueryResult, UseQueryResult } from '@tanstack/react-query';
import {
  isCurrentSession,
  type AccountEvent,
  type AuthNError,
  type CurrentSessionIds,
  type SessionList,
  type SignOutState,
  type SignOutTarget,
  type TokenInfo,
  type UserTokenCall,
} from '../../core/index.js';

/** One of the user's sessions, as the panel shows it. */
export interface AccountSession {
  /** What `client/session/invalidate` takes. */
  id: string;
  /** This device's session: it has no "Sign out" of its own (the app's sign-out ends it). */
  current: boolean;
  /** When it was signed in and when it expires, as the service sent them (ISO 8601; `""` when not sent). */
  createdAt: string;
  expiresAt: string;
  email: string;
}

export interface AccountSessionsApi {
  /** `loading` until the first page, `failed` when it (or a bare token's check) could not be read (see `error`). */
  status: 'loading' | 'ready' | 'failed';
  sessions: AccountSession[];
  /** Why the list (or its next page) could not be read. */
  error: AuthNError | null;
  /** Reads the list again. */
  retry(): void;
  /** The list is being read again after a failure. */
  retrying: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore(): void;
  /** Whether there is a session to end besides this device's (whose ids must be known). */
  hasOthers: boolean;
  /** The sign-out: asked, confirmed, in flight, done or failed. */
  signOut: SignOutState;
  /** Asks to sign out of one session, or every other one; nothing is sent before `confirm()`. */
  request(target: SignOutTarget): void;
  confirm(): void;
  cancel(): void;
  /** Closes the result of a sign-out. */
  dismiss(): void;
}

interface SessionsInput {
  list: UseInfiniteQueryResult<InfiniteData<UserTokenCall<SessionList>>, AuthNError>;
  /** A bare token's check that failed (not refused): the list cannot be read before it is answered. */
  failedCheck: UseQueryResult<UserTokenCall<TokenInfo>, AuthNError> | null;
  state: SignOutState;
  current: CurrentSessionIds;
  dispatch: Dispatch<AccountEvent>;
  confirmSignOut: (target: SignOutTarget) => void;
}

/** The sessions part of the panel: the list as read, and the sign-out's intents. */
export function useAccountSessions({ list, failedCheck, state, current, dispatch, confirmSignOut }: SessionsInput): AccountSessionsApi {
  const sessions = (list.data?.pages ?? []).flatMap((page) =>
    page.ended
      ? []
      : page.value.sessions.map(
          (session): AccountSession => ({
            id: session.id,
            current: isCurrentSession(session, current),
            createdAt: session.created_at,
            expiresAt: session.active_token?.expire || session.expire,
            email: session.email,
          }),
        ),
  );
  // This device first, then the others in the service's order.
  sessions.sort((a, b) => Number(b.current) - Number(a.current));
  // What failed, and what `retry()` reads again: the check the list waits on, else the list.
  const failed = failedCheck ?? list;
  return {
    status: list.data !== undefined ? 'ready' : failed.isError ? 'failed' : 'loading',
    sessions,
    error: failed.error,
    retry: () => void failed.refetch(),
    retrying: failed.isError && failed.isFetching,
    hasMore: list.hasNextPage,
    loadingMore: list.isFetchingNextPage,
    loadMore: () => {
      if (!list.isFetchingNextPage) {
        void list.fetchNextPage();
      }
    },
    // Only once this device's ids are known: "every other" must not end this one (it may be on a later page).
    hasOthers: Boolean(current.refreshTokenId || current.activeTokenId) && sessions.some((session) => !session.current),
    signOut: state,
    request: (target) => dispatch({ type: 'user.signOut', target }),
    confirm: () => {
      if (state.status === 'confirming') {
        confirmSignOut(state.target);
      }
    },
    cancel: () => dispatch({ type: 'user.cancel' }),
    dismiss: () => dispatch({ type: 'user.dismiss' }),
  };
}

