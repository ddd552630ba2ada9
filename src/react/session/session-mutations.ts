import { mutationOptions } from '@tanstack/react-query';
import type { AuthNClient, AuthNError, SessionTokens, TokenInfo } from '../../core/index.js';
import { toAuthNError } from '../mutations/to-authn-error.js';

export const sessionMutationKeys = {
  all: ['authn', 'session'] as const,
  check: ['authn', 'session', 'check'] as const,
  refresh: ['authn', 'session', 'refresh'] as const,
  logout: ['authn', 'session', 'logout'] as const,
};

export interface RefreshSessionVariables {
  refreshToken: string;
  userToken?: string | undefined;
}

async function typed<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toAuthNError(error);
  }
}

// Every call carries a token, and two return new ones: nothing stays in the mutation cache
// (`gcTime: 0`), and nothing is retried behind the session's back.

export function checkTokenOptions(client: AuthNClient) {
  return mutationOptions<TokenInfo, AuthNError, { token: string }>({
    mutationKey: sessionMutationKeys.check,
    mutationFn: ({ token }) => typed(() => client.token.check(token)),
    gcTime: 0,
    retry: false,
  });
}

export function refreshSessionOptions(client: AuthNClient) {
  return mutationOptions<SessionTokens, AuthNError, RefreshSessionVariables>({
    mutationKey: sessionMutationKeys.refresh,
    mutationFn: ({ refreshToken, userToken }) => typed(() => client.session.refresh(refreshToken, userToken)),
    gcTime: 0,
    // A retried refresh may send a refresh token the first try already spent, and the server
    // treats a spent token coming back as theft: it revokes the whole session.
    retry: false,
  });
}

export function logoutOptions(client: AuthNClient) {
  return mutationOptions<void, AuthNError, { token: string }>({
    mutationKey: sessionMutationKeys.logout,
    mutationFn: ({ token }) => typed(() => client.session.logout(token)),
    gcTime: 0,
    retry: false,
  });
}
