import { fieldOf, type AuthNError } from '../api/errors.js';
import type { FlowChoiceName } from '../api/wire.js';

/**
 * What went wrong, as the kit explains it: a stable code per case so every message comes
 * from the catalog and never from the server's English.
 */
export type FlowIssue =
  | { code: 'authentication-failed' }
  | { code: 'invalid-field'; rule: string }
  | { code: 'rate-limited'; retryAfterSeconds: number | undefined }
  | { code: 'out-of-step' }
  | { code: 'disabled-user' }
  | { code: 'travel-blocked' }
  | { code: 'unauthorized' }
  | { code: 'server'; status: string }
  | { code: 'network' }
  | { code: 'timeout' }
  | { code: 'invalid-response' }
  | { code: 'expired-flow' };

export type FlowIssueCode = FlowIssue['code'];

export interface FlowIssues {
  /** Issues tied to a field of the current step, by field name (`email`, `password`, …). */
  fieldErrors: Partial<Record<string, FlowIssue>>;
  /** An issue about the step as a whole. */
  formError: FlowIssue | null;
}

/** Which field a wrong-credential failure belongs to, by the choice that was submitted. */
const CREDENTIAL_FIELD: Partial<Record<FlowChoiceName, string>> = {
  password: 'password',
  set_password: 'password',
  email_otp: 'code',
  sms_otp: 'code',
  totp: 'code',
};

function issueOfStatus(status: string, error: AuthNError): FlowIssue {
  switch (status) {
    case 'AuthenticationFailure':
    case 'MfaCodeExpired':
      return { code: 'authentication-failed' };
    case 'TooManyRequests':
      return {
        code: 'rate-limited',
        retryAfterSeconds: error.detail.kind === 'api' ? error.detail.retryAfterSeconds : undefined,
      };
    case 'DisabledUser':
      return { code: 'disabled-user' };
    case 'TravelDistanceExceeded':
      return { code: 'travel-blocked' };
    case 'Unauthorized':
      return { code: 'unauthorized' };
    case 'FlowExpired':
    case 'ExpiredFlow':
    case 'NotFound':
      return { code: 'expired-flow' };
    default:
      return { code: 'server', status };
  }
}

/** Splits an error into field errors and a form error for the step that made the call. */
export function issuesOf(error: AuthNError | null, choice: FlowChoiceName | undefined): FlowIssues {
  const none: FlowIssues = { fieldErrors: {}, formError: null };
  if (error === null) {
    return none;
  }
  const detail = error.detail;
  switch (detail.kind) {
    case 'network':
      return { ...none, formError: { code: 'network' } };
    case 'timeout':
      return { ...none, formError: { code: 'timeout' } };
    case 'invalid-response':
      return { ...none, formError: { code: 'invalid-response' } };
    case 'api': {
      if (detail.status === 'ValidationError') {
        const fieldErrors: FlowIssues['fieldErrors'] = {};
        let formError: FlowIssue | null = null;
        for (const fieldError of detail.fieldErrors) {
          if (fieldError.source.startsWith('/data/')) {
            fieldErrors[fieldOf(fieldError)] ??= { code: 'invalid-field', rule: fieldError.code };
          } else {
            formError ??= fieldError.code === 'BadState' ? { code: 'out-of-step' } : { code: 'invalid-field', rule: fieldError.code };
          }
        }
        if (formError === null && Object.keys(fieldErrors).length === 0) {
          formError = { code: 'invalid-field', rule: 'unknown' };
        }
        return { fieldErrors, formError };
      }
      const issue = issueOfStatus(detail.status, error);
      const field = choice === undefined ? undefined : CREDENTIAL_FIELD[choice];
      if (issue.code === 'authentication-failed' && field !== undefined) {
        return { fieldErrors: { [field]: issue }, formError: null };
      }
      return { ...none, formError: issue };
    }
    default:
      return detail satisfies never;
  }
}
