import { isAuthNError } from '../api/errors.js';
import { isTokenRefused } from './account.issues.js';

/** Where the account's calls get the signed-in user's token. */
export interface UserTokenSource {
  /** The active token, or `null` when none is held or it has expired. */
  current(): string | null;
  /**
   * A fresh active token from the session's refresh token, or `null` when the session is over.
   * Absent when the app gave a bare token: then an expired one ends the panel's session.
   */
  refresh?: (() => Promise<string | null>) | undefined;
}

/** A call made with the user's token: its value, or the news that the session is over. */
export type UserTokenCall<T> = { ended: false; value: T } | { ended: true };

/**
 * Makes `call` with the user's active token, refreshing it first when it has expired, and once
 * more when the service refuses it (revoked, or expired by the server's clock). A call the token
 * refused never happened, so sending it again is safe even for a password change.
 */
export async function withUserToken<T>(source: UserTokenSource, call: (token: string) => Promise<T>): Promise<UserTokenCall<T>> {
  let token = source.current();
  let refreshed = false;
  const refresh = async (): Promise<string | null> => {
    refreshed = true;
    return source.refresh ? source.refresh() : null;
  };
  if (token === null) {
    token = await refresh();
  }
  while (token !== null) {
    try {
      return { ended: false, value: await call(token) };
    } catch (error) {
      if (!isAuthNError(error) || !isTokenRefused(error)) {
        throw error;
      }
      // A token just refreshed and refused all the same: the session is over.
      token = refreshed ? null : await refresh();
    }
  }
  return { ended: true };
}
