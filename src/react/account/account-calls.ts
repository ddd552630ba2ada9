import { infiniteQueryOptions, mutationOptions, queryOptions } from '@tanstack/react-query';
import {
  signOutSessions,
  withUserToken,
  type AuthNClient,
  type AuthNError,
  type CurrentSessionIds,
  type SessionList,
  type SignOutOutcome,
  type SignOutTarget,
  type TokenInfo,
  type UserTokenCall,
  type UserTokenSource,
} from '../../core/index.js';
import { typed } from '../mutations/to-authn-error.js';

/**
 * The account panel's keys. The sessions are keyed by the user (never by a token: a key is
 * readable by anything that reads the cache), so a new sign-in of the same user shares them.
 */
// Literals, not spreads of `all`: a spread at module level is kept by bundlers that cannot prove it pure.
export const accountKeys = {
  all: ['authn', 'account'] as const,
  sessions: (user: string) => ['authn', 'account', 'sessions', user] as const,
  tokenId: (user: string) => ['authn', 'account', 'token-id', user] as const,
  changePassword: ['authn', 'account', 'change-password'] as const,
  signOut: ['authn', 'account', 'sign-out'] as const,
};

/** The variables of a password change. They hold both passwords: the mutation is reset once it settles. */
export interface ChangePasswordVariables {
  oldPassword: string;
  newPassword: string;
}

export interface SignOutVariables {
  target: SignOutTarget;
  current: CurrentSessionIds;
}

/**
 * `client/password/change`: sent once, never retried (a retry after a lost answer would be
 * refused, the old password being old by then), and kept nowhere (`gcTime: 0`).
 */
export function changePasswordOptions(client: AuthNClient, source: UserTokenSource) {
  return mutationOptions<UserTokenCall<void>, AuthNError, ChangePasswordVariables>({
    mutationKey: accountKeys.changePassword,
    mutationFn: typed(({ oldPassword, newPassword }) =>
      withUserToken(source, (token) => client.password.change(token, oldPassword, newPassword)),
    ),
    gcTime: 0,
    retry: false,
    // Tried even when the browser says it is offline: a paused call shows no error and no way on.
    networkMode: 'always',
  });
}

/** One session, or every other one: each `client/session/invalidate` once, never retried. */
export function signOutOptions(client: AuthNClient, source: UserTokenSource) {
  return mutationOptions<UserTokenCall<SignOutOutcome>, AuthNError, SignOutVariables>({
    mutationKey: accountKeys.signOut,
    mutationFn: typed(({ target, current }) => withUserToken(source, (token) => signOutSessions(client, token, target, current))),
    gcTime: 0,
    retry: false,
    // Tried even when the browser says it is offline: a paused call shows no error and no way on.
    networkMode: 'always',
  });
}

/**
 * The user's sessions, a page at a time (`last`). Fetched again when the window regains focus,
 * since sessions start and end on other devices; a page that found the session over says so
 * (`ended`) and asks for no next page.
 */
export function sessionListOptions(client: AuthNClient, source: UserTokenSource, user: string, pageSize: number) {
  return infiniteQueryOptions<UserTokenCall<SessionList>, AuthNError>({
    queryKey: accountKeys.sessions(user),
    queryFn: typed(({ pageParam, signal }) =>
      withUserToken(source, (token) =>
        // `initialPageParam` and `getNextPageParam` give a cursor or `undefined` (not sent).
        client.session.list(token, { size: pageSize, last: pageParam as string | undefined }, { signal }),
      ),
    ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => (page.ended ? undefined : page.value.last),
    // A refused token is refreshed inside the call; what is left (offline, a 5xx) is tried once more.
    retry: 1,
    networkMode: 'always',
    // Dropped once no panel shows it: a list kept from before a sign-out would show the ended session
    // as another one, with a "Sign out" the service would refuse.
    gcTime: 0,
  });
}

/** A bare user token's check (`client/token/check`): which listed session is this device's, and whose. */
export function tokenCheckOptions(client: AuthNClient, source: UserTokenSource, user: string) {
  return queryOptions<UserTokenCall<TokenInfo>, AuthNError>({
    queryKey: accountKeys.tokenId(user),
    queryFn: typed(({ signal }) => withUserToken(source, (token) => client.token.check(token, { signal }))),
    staleTime: Infinity,
    retry: 1,
    networkMode: 'always',
  });
}
