import { useEffect, useId, useReducer, useRef, type Dispatch } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  initialAccount,
  issuesOf,
  nextAccount,
  passwordChangeIssuesOf,
  type AccountEvent,
  type AccountState,
  type AuthNClient,
  type CurrentSessionIds,
  type FlowIssues,
  type PasswordPolicyLike,
  type SignOutTarget,
  type UserTokenCall,
} from '../../core/index.js';
import { toAuthNError } from '../mutations/to-authn-error.js';
import { useAuthNContext } from '../provider/authn-context.js';
import type { AuthNSession } from '../session/session-api.js';
import {
  accountKeys,
  changePasswordOptions,
  sessionListOptions,
  signOutOptions,
  tokenCheckOptions,
  type ChangePasswordVariables,
} from './account-calls.js';
import { useUserTokenSource } from './use-user-token-source.js';
import { useAccountSessions, type AccountSessionsApi } from './use-account-sessions.js';
import { usePasswordChange, type PasswordChangeApi } from './use-password-change.js';

export interface UseAccountSecurityOptions {
  /**
   * The session from `useAuthNSession()`: its active token is used, and refreshed when it has
   * expired or the service refuses it. @default undefined
   */
  session?: AuthNSession | undefined;
  /** Or a user token the app holds (`ptu_…`); without a session it cannot be refreshed. @default undefined */
  token?: string | undefined;
  /** The API client. @default the nearest `AuthNProvider`'s */
  client?: AuthNClient | undefined;
  /** @default the nearest `AuthNProvider`'s */
  queryClient?: QueryClient | undefined;
  /**
   * The project's password policy, for the new password's checklist (the `password_policy` of the
   * flow's password choices). The service checks it too. @default Pangea's default policy
   */
  passwordPolicy?: PasswordPolicyLike | undefined;
  /** Sessions per page. @default 20 */
  pageSize?: number | undefined;
}

export interface AccountSecurityApi {
  /**
   * - `signed-out`: no session or token was given (or the session is signed out).
   * - `checking`: a bare `token` is being checked (`client/token/check`) before anything is shown;
   *   never with a `session`. A check that fails (the network, the service) does not stay here: the
   *   panel is `ready`, its sessions `failed` with the check's error, and their `retry()` checks again.
   * - `ended`: the service refused the token and no refresh mended it: the user must sign in again.
   * - `ready`: the panel works.
   */
  status: 'signed-out' | 'checking' | 'ended' | 'ready';
  /** The machine's state: the password change and the sign-out, as `nextAccount` holds them. */
  state: AccountState;
  /** The account (email, else identity), for password managers to update its saved password. */
  account: string;
  password: PasswordChangeApi;
  sessions: AccountSessionsApi;
}

const DEFAULT_PAGE_SIZE = 20;

/** A call's answer, unless the service refused the token and no refresh mended it: the session ended. */
function unlessEnded<T>(dispatch: Dispatch<AccountEvent>, then: (value: T) => void): (result: UserTokenCall<T>) => void {
  return (result) => (result.ended ? dispatch({ type: 'api.sessionEnded' }) : then(result.value));
}

/**
 * The account security panel without its markup: the password change with the project's policy,
 * and the user's sessions with sign-out. The rules are the core's `nextAccount` machine; this
 * hook makes its calls (TanStack Query) with the user's token, refreshed as needed.
 */
export function useAccountSecurity(options: UseAccountSecurityOptions = {}): AccountSecurityApi {
  const context = useAuthNContext();
  const client = options.client ?? context?.client;
  if (client === undefined) {
    throw new Error('useAccountSecurity() needs a `client` option or an <AuthNProvider> above it.');
  }
  const queryClient = useQueryClient(options.queryClient ?? context?.queryClient);
  const { session, token } = options;
  const source = useUserTokenSource(session, token);

  const [state, dispatch] = useReducer(nextAccount, initialAccount);
  const tokens = session?.tokens ?? null;
  const signedIn = session === undefined ? token !== undefined && token !== '' : tokens !== null;
  const bareToken = session === undefined && signedIn;
  const instance = useId();
  const user = session?.user?.identity ?? `token:${instance}`;
  // A bare token names no session: a check says which active token it is, so this device's session is known.
  const checked = useQuery({ ...tokenCheckOptions(client, source, user), enabled: bareToken }, queryClient);
  const checkedToken = checked.data?.ended === false ? checked.data.value : undefined;
  const checkedId = checkedToken?.id;
  // Whose account: the session's user, else the bare token's.
  const holder = session === undefined ? checkedToken : session.user;
  // A refused check is `ended` at once, not after one render of the form (the machine hears of it in an effect).
  const ended = state.ended || (bareToken && checked.data?.ended === true);
  const current: CurrentSessionIds =
    session === undefined ? { activeTokenId: checkedId } : { refreshTokenId: tokens?.refresh_token.id, activeTokenId: tokens?.active_token?.id };

  // A new sign-in (or a new token) after the session ended: the panel works again.
  const signInKey = session === undefined ? (token ?? '') : (tokens?.refresh_token.id ?? '');
  const lastSignIn = useRef(signInKey);
  useEffect(() => {
    if (lastSignIn.current !== signInKey) {
      lastSignIn.current = signInKey;
      dispatch({ type: 'app.signedIn' });
      // The check and the list were the old token's (keys never hold a token). After an end nothing of
      // them holds: the new token is checked afresh (`checking`). A token swapped in place (the app
      // refreshed it) keeps what is shown, typed passwords included, while both are read again.
      if (session === undefined) {
        for (const queryKey of [accountKeys.tokenId(user), accountKeys.sessions(user)]) {
          void (ended ? queryClient.resetQueries({ queryKey }) : queryClient.invalidateQueries({ queryKey }));
        }
      }
    }
  }, [signInKey, session, user, queryClient, ended]);

  const list = useInfiniteQuery(
    {
      ...sessionListOptions(client, source, user, options.pageSize ?? DEFAULT_PAGE_SIZE),
      enabled: signedIn && !state.ended && (session !== undefined || checkedId !== undefined),
    },
    queryClient,
  );
  const listEnded = list.data?.pages.some((page) => page.ended) === true || checked.data?.ended === true;
  useEffect(() => {
    if (listEnded) {
      dispatch({ type: 'api.sessionEnded' });
    }
  }, [listEnded]);

  // The calls below are made from event handlers only, and the API is a new object each render:
  // nothing here needs a stable identity.
  const refetchSessions = () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions(user) });

  const change = useMutation(changePasswordOptions(client, source), queryClient);
  const changePassword = (variables: ChangePasswordVariables, onSaved: () => void, onRefused: (issues: FlowIssues) => void) => {
    dispatch({ type: 'user.changePassword' });
    change
      .mutateAsync(variables)
      .then(
        unlessEnded(dispatch, () => {
          dispatch({ type: 'api.passwordChanged' });
          onSaved();
          // The service may have ended the other sessions.
          void refetchSessions();
        }),
        (error: unknown) => {
          const issues = passwordChangeIssuesOf(toAuthNError(error));
          dispatch({ type: 'api.failed', operation: 'change-password', issues });
          onRefused(issues);
        },
      )
      // The variables hold both passwords: out of the cache as soon as the call is over.
      .finally(change.reset);
  };

  const signOut = useMutation(signOutOptions(client, source), queryClient);
  // One sign-out at a time, even for two clicks before React renders the first one's state.
  const signingOut = useRef(false);
  const confirmSignOut = (target: SignOutTarget) => {
    if (signingOut.current) {
      return;
    }
    signingOut.current = true;
    dispatch({ type: 'user.confirm' });
    signOut
      .mutateAsync({ target, current })
      .then(
        unlessEnded(dispatch, ({ count, error }) =>
          dispatch(
            error === null
              ? { type: 'api.signedOut', count }
              : { type: 'api.failed', operation: 'sign-out', count, issues: issuesOf(error, undefined) },
          ),
        ),
        (error: unknown) => dispatch({ type: 'api.failed', operation: 'sign-out', issues: issuesOf(toAuthNError(error), undefined) }),
      )
      .finally(() => {
        signingOut.current = false;
        signOut.reset();
        void refetchSessions();
      });
  };

  const status = !signedIn ? 'signed-out' : ended ? 'ended' : bareToken && checked.isPending ? 'checking' : 'ready';
  const password = usePasswordChange(state.password, options.passwordPolicy, changePassword, dispatch, status === 'ready');
  // A check that failed for another reason than a refused token is the list's failure: it waits on the check.
  const failedCheck = bareToken && checked.isError ? checked : null;
  const sessions = useAccountSessions({ list, failedCheck, state: state.signOut, current, dispatch, confirmSignOut });

  return {
    status,
    state,
    account: holder?.email || holder?.identity || '',
    password,
    sessions,
  };
}
