import { fieldOf, type AuthNError } from '../api/errors.js';
import { issuesOf, type FlowIssues } from '../flow/flow.issues.js';
import type { PasswordField } from './account.machine.js';

/** Statuses that refuse the user's token itself: a refresh may mend it, and nothing else will. */
const TOKEN_REFUSED: ReadonlySet<string | undefined> = new Set(['InvalidToken', 'ExpiredToken']);

/** Whether the call was refused for the user's token (expired, revoked), not for what it asked. */
export function isTokenRefused(error: AuthNError): boolean {
  return TOKEN_REFUSED.has(error.status);
}

/** The request fields of `client/password/change`, as the form names them. */
const PASSWORD_FIELDS: Partial<Record<string, PasswordField>> = { old_password: 'oldPassword', new_password: 'newPassword' };

/**
 * A refused password change, sorted for the form: a wrong current password on its field (the
 * service answers `AuthenticationFailure`), a `ValidationError` on the field its `source` names
 * (the new password against the policy), anything else above the form.
 */
export function passwordChangeIssuesOf(error: AuthNError): FlowIssues {
  const { detail } = error;
  if (detail.kind === 'api' && detail.status === 'AuthenticationFailure') {
    return { fieldErrors: { oldPassword: { code: 'authentication-failed' } }, formError: null };
  }
  // An empty list is `issuesOf`'s to word, as any other status.
  if (detail.kind === 'api' && detail.status === 'ValidationError' && detail.fieldErrors.length > 0) {
    const issues: FlowIssues = { fieldErrors: {}, formError: null };
    for (const fieldError of detail.fieldErrors) {
      const name = fieldOf(fieldError);
      // Own keys only: a source like `/constructor` names no field of the form.
      const field = Object.hasOwn(PASSWORD_FIELDS, name) ? PASSWORD_FIELDS[name] : undefined;
      const issue = { code: 'invalid-field', rule: fieldError.code } as const;
      if (field === undefined) {
        issues.formError ??= issue;
      } else {
        issues.fieldErrors[field] ??= issue;
      }
    }
    return issues;
  }
  return issuesOf(error, undefined);
}

/** Whether a sign-out was refused because the session is gone already: what the user asked for holds. */
export function isSessionGone(error: AuthNError): boolean {
  const { detail } = error;
  return detail.kind === 'api' && detail.status === 'ValidationError' && detail.fieldErrors.some((fieldError) => fieldOf(fieldError) === 'session_id');
}

/** The ids that name the signed-in device's session: its tokens' (either may be what the list shows). */
export interface CurrentSessionIds {
  refreshTokenId?: string | undefined;
  activeTokenId?: string | undefined;
}

/**
 * Whether a listed session is this device's. The OAS does not say which id a session carries: the
 * emulator lists it by its refresh token's id, and every entry names its active token, so either
 * match counts.
 */
export function isCurrentSession(session: { id: string; active_token?: { id: string } | undefined }, ids: CurrentSessionIds): boolean {
  const { refreshTokenId, activeTokenId } = ids;
  return (
    (refreshTokenId !== undefined && refreshTokenId !== '' && session.id === refreshTokenId) ||
    (activeTokenId !== undefined && activeTokenId !== '' && session.active_token?.id === activeTokenId)
  );
}
