import type { UserTokenSource } from '../../core/index.js';
import { useLatest } from '../hooks/use-latest.js';
import type { AuthNSession } from '../session/session-api.js';

/**
 * Where the panel's calls get the user's token: the session's active token until the session's own
 * expiry for it (`getExpiresAt()`, timed from `life` as the refresh is), and the session's refresh
 * after that, or when the service refused it. A bare `token` has no refresh.
 * Read at call time, so a call made after a re-render uses the latest session. A new object each
 * render: the calls hold it only while they run, and no key or effect depends on it.
 */
export function useUserTokenSource(session: AuthNSession | undefined, token: string | undefined): UserTokenSource {
  const latest = useLatest({ session, token });
  return {
    current: () => {
      const { session: held, token: given } = latest.current;
      if (held === undefined) {
        return given ?? null;
      }
      const active = held.getTokens()?.active_token;
      if (active === undefined) {
        return null;
      }
      // The session's own expiry (from `life`), not `expire` against a device clock that may be off:
      // read wrongly as past, every call would rotate the refresh token first.
      const expiresAt = held.getExpiresAt();
      return expiresAt === null || expiresAt > Date.now() ? active.token : null;
    },
    refresh: async () => {
      const held = latest.current.session;
      if (held === undefined) {
        return null;
      }
      // `getTokens()`, not `tokens`: the new pair is held before the next render shows it.
      await held.refresh();
      return held.getTokens()?.active_token?.token ?? null;
    },
  };
}
