export {
  initialAccount,
  nextAccount,
  type AccountEvent,
  type AccountOperation,
  type AccountState,
  type PasswordChangeState,
  type PasswordField,
  type SignOutState,
  type SignOutTarget,
} from './account.machine.js';
export {
  isCurrentSession,
  isSessionGone,
  isTokenRefused,
  passwordChangeIssuesOf,
  type CurrentSessionIds,
} from './account.issues.js';
export { withUserToken, type UserTokenCall, type UserTokenSource } from './user-token.js';
export { signOutSessions, type SignOutOutcome } from './account.sign-out.js';
