import { firstIssueOf, type FlowIssue, type FlowIssues } from '../flow/flow.issues.js';

/**
 * The account security panel as a pure machine: the password change and the signing out of
 * sessions, each a small state of its own. The list of sessions is data the host fetches and
 * caches; what the machine holds is what the user asked for and what became of it. No network,
 * no timers: the host makes the calls its states wait for and reports their answers.
 */

/** The fields of the password change an issue can point at. */
export type PasswordField = 'oldPassword' | 'newPassword';

/**
 * - `editing`: the form, with the issues of the last refused change (none at first).
 * - `saving`: `client/password/change` is in flight.
 * - `saved`: the change went through; the form is empty again.
 */
export type PasswordChangeState =
  | { status: 'editing'; fieldErrors: Partial<Record<PasswordField, FlowIssue>>; formError: FlowIssue | null }
  | { status: 'saving' }
  | { status: 'saved' };

/** One session (by the `id` of `client/session/list`), or every session but the current one. */
export type SignOutTarget = { kind: 'session'; sessionId: string } | { kind: 'others' };

/**
 * - `idle`: nothing asked.
 * - `confirming`: the user asked; nothing is sent until they confirm.
 * - `signing-out`: `client/session/invalidate` is in flight (once per session for `others`).
 * - `done`: `count` sessions were ended (0 when there was none to end).
 * - `failed`: the sign-out stopped at `issue`, after ending `count` sessions.
 */
export type SignOutState =
  | { status: 'idle' }
  | { status: 'confirming'; target: SignOutTarget }
  | { status: 'signing-out'; target: SignOutTarget }
  | { status: 'done'; target: SignOutTarget; count: number }
  | { status: 'failed'; target: SignOutTarget; count: number; issue: FlowIssue };

export interface AccountState {
  password: PasswordChangeState;
  signOut: SignOutState;
  /**
   * The user's token is no good and could not be refreshed: the session is over, and every
   * action waits for a new sign-in (`app.signedIn`, when the app holds a new token).
   */
  ended: boolean;
}

/** The calls the machine waits for. */
export type AccountOperation = 'change-password' | 'sign-out';

/**
 * Events the machine accepts: `user.*` are the user's intents, `api.*` the answers the host
 * reports (an `api.failed` names the call, and its issues are already sorted by field).
 */
export type AccountEvent =
  | { type: 'user.changePassword' }
  | { type: 'user.editPassword' }
  | { type: 'user.signOut'; target: SignOutTarget }
  | { type: 'user.confirm' }
  | { type: 'user.cancel' }
  | { type: 'user.dismiss' }
  | { type: 'api.passwordChanged' }
  | { type: 'api.signedOut'; count: number }
  | { type: 'api.failed'; operation: AccountOperation; issues: FlowIssues; count?: number }
  | { type: 'api.sessionEnded' }
  | { type: 'app.signedIn' };

const NO_ISSUES = { fieldErrors: {}, formError: null } as const;

export const initialAccount: AccountState = {
  password: { status: 'editing', ...NO_ISSUES },
  signOut: { status: 'idle' },
  ended: false,
};

function nextPassword(password: PasswordChangeState, event: AccountEvent): PasswordChangeState {
  switch (event.type) {
    case 'user.changePassword':
      return password.status === 'saving' ? password : { status: 'saving' };
    // Typing again after a result: the form is the form again; the last refusal's issues stay until the next try.
    case 'user.editPassword':
      return password.status === 'saved' ? { status: 'editing', ...NO_ISSUES } : password;
    case 'api.passwordChanged':
      return password.status === 'saving' ? { status: 'saved' } : password;
    case 'api.failed': {
      if (event.operation !== 'change-password' || password.status !== 'saving') {
        return password;
      }
      const { fieldErrors, formError } = event.issues;
      return {
        status: 'editing',
        fieldErrors: { oldPassword: fieldErrors['oldPassword'], newPassword: fieldErrors['newPassword'] },
        formError,
      };
    }
    default:
      return password;
  }
}

function sameTarget(a: SignOutTarget, b: SignOutTarget): boolean {
  return a.kind === 'others' ? b.kind === 'others' : b.kind === 'session' && a.sessionId === b.sessionId;
}

function nextSignOut(signOut: SignOutState, event: AccountEvent): SignOutState {
  const { status } = signOut;
  switch (event.type) {
    // A new request replaces a settled result; never one in flight. The same request again changes nothing.
    case 'user.signOut':
      return status === 'signing-out' || (status === 'confirming' && sameTarget(signOut.target, event.target))
        ? signOut
        : { status: 'confirming', target: event.target };
    case 'user.confirm':
      return status === 'confirming' ? { status: 'signing-out', target: signOut.target } : signOut;
    case 'user.cancel':
      return status === 'confirming' ? { status: 'idle' } : signOut;
    case 'user.dismiss':
      return status === 'done' || status === 'failed' ? { status: 'idle' } : signOut;
    case 'api.signedOut':
      return status === 'signing-out' ? { status: 'done', target: signOut.target, count: event.count } : signOut;
    case 'api.failed':
      return event.operation === 'sign-out' && status === 'signing-out'
        ? { status: 'failed', target: signOut.target, count: event.count ?? 0, issue: firstIssueOf(event.issues) }
        : signOut;
    default:
      return signOut;
  }
}

/** The next state; `state` itself when the event changes nothing. */
export function nextAccount(state: AccountState, event: AccountEvent): AccountState {
  if (state.ended) {
    return event.type === 'app.signedIn' ? initialAccount : state;
  }
  if (event.type === 'api.sessionEnded') {
    // Whatever was in flight stopped at the token: nothing of it happened.
    return { ...initialAccount, ended: true };
  }
  const password = nextPassword(state.password, event);
  const signOut = nextSignOut(state.signOut, event);
  return password === state.password && signOut === state.signOut ? state : { ...state, password, signOut };
}
