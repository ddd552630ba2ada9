import type { AuthNClient } from '../api/client.js';
import type { SessionInfo } from '../api/wire.js';
import { asAuthNError } from '../session/session.logout.js';
import { AuthNError } from '../api/errors.js';
import { isCurrentSession, isSessionGone, type CurrentSessionIds } from './account.issues.js';
import type { SignOutTarget } from './account.machine.js';

/** How a sign-out ended: how many sessions it ended, and the error it stopped at, if it did. */
export interface SignOutOutcome {
  count: number;
  error: AuthNError | null;
}

/** The most pages "sign out of all other sessions" reads: a guard against a cursor that never ends. */
const MAX_PAGES = 50;

/** Every session of the token's user, page after page. */
async function allSessions(client: AuthNClient, token: string): Promise<SessionInfo[]> {
  const sessions: SessionInfo[] = [];
  let last: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await client.session.list(token, { last });
    sessions.push(...answer.sessions);
    if (answer.last === undefined || answer.last === last) {
      break;
    }
    last = answer.last;
  }
  return sessions;
}

/**
 * Ends one session, or every one but this device's (read afresh from the server, so a session
 * that started after the list was shown ends too). A session already gone counts as ended: what
 * the user asked for holds. Stops at the first other failure; the count says how far it got.
 * Rejects only while nothing has ended (a refused token, which the caller's `withUserToken`
 * refreshes, or a first failure); past that, the outcome carries the error.
 */
export async function signOutSessions(
  client: AuthNClient,
  token: string,
  target: SignOutTarget,
  current: CurrentSessionIds,
): Promise<SignOutOutcome> {
  if (target.kind === 'others' && !current.refreshTokenId && !current.activeTokenId) {
    // Without this device's ids, "every other session" would end this one too.
    throw new AuthNError({ kind: 'invalid-response', httpStatus: undefined, issues: ['no token id names this device\'s session'] });
  }
  const ids =
    target.kind === 'session'
      ? [target.sessionId]
      : (await allSessions(client, token)).filter((session) => !isCurrentSession(session, current)).map((session) => session.id);
  let count = 0;
  for (const id of ids) {
    try {
      await client.session.invalidate(token, id);
    } catch (cause) {
      const error = asAuthNError(cause);
      if (!isSessionGone(error)) {
        if (count === 0) {
          // Nothing ended yet: let a refused token reach the caller, which may refresh and try again.
          throw error;
        }
        return { count, error };
      }
    }
    count += 1;
  }
  return { count, error: null };
}
