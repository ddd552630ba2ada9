import { mutationOptions } from '@tanstack/react-query';
import type { AuthNClient, AuthNError, SessionTokens, TokenInfo } from '../../core/index.js';
import { typed } from '../mutations/to-authn-error.js';

const all = ['authn', 'session'] as const;

export const sessionMutationKeys = {
  all,
  check: [...all, 'check'] as const,
  refresh: [...all, 'refresh'] as const,
  logout: [...all, 'logout'] as const,
};

export interface RefreshSessionVariables {
  refreshToken: string;
  userToken?: string | undefined;
}

/**
 * Every call carries a token, and two return new ones: nothing stays in the mutation cache
 * (`gcTime: 0`), and nothing is retried behind the session's back. A retried refresh may send a
 * refresh token the first try already spent, and the server treats a spent token coming back as
 * theft: it revokes the whole session.
 */
function sessionCall<TData, TVariables>(mutationKey: readonly string[], call: (variables: TVariables) => Promise<TData>) {
  return mutationOptions<TData, AuthNError, TVariables>({
    mutationKey,
    mutationFn: typed(call),
    gcTime: 0,
    retry: false,
    // Sent even when the browser says it is offline: a paused call would hold the session busy with
    // no error to act on, where a failed one is retried on the session's own schedule.
    networkMode: 'always',
  });
}

export function checkTokenOptions(client: AuthNClient) {
  return sessionCall<TokenInfo, { token: string }>(sessionMutationKeys.check, ({ token }) => client.token.check(token));
}

export function refreshSessionOptions(client: AuthNClient) {
  return sessionCall<SessionTokens, RefreshSessionVariables>(sessionMutationKeys.refresh, ({ refreshToken, userToken }) =>
    client.session.refresh(refreshToken, userToken),
  );
}

export function logoutOptions(client: AuthNClient) {
  return sessionCall<void, { token: string }>(sessionMutationKeys.logout, ({ token }) => client.session.logout(token));
}
