import { fieldOf, type AuthNError, type AuthNErrorDetail } from '../api/errors.js';
import { isRecord } from '../api/lenient.js';
import type { FlowChoiceName } from '../api/wire.js';

/**
 * What went wrong, as the kit explains it: a stable code per case so every message comes
 * from the catalog and never from the server's English.
 */
export type FlowIssue =
  | { code: 'authentication-failed' }
  /** `MfaCodeExpired`: the code or link is past its lifetime, replaced by a resend, or burned. */
  | { code: 'code-expired' }
  /** `CodeAlreadyUsed`: the code, link or TOTP step worked once already. */
  | { code: 'code-used' }
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
  | { code: 'expired-flow' }
  // Social, SAML and emailed-link returns (identifier step, callbacks).
  /** `result.correct_provider`: this account signs in another way, e.g. with GitHub. */
  | { code: 'wrong-method'; provider: string; displayName: string | undefined }
  /** `result.incorrect_email`: the provider's account has another email than this one. */
  | { code: 'email-mismatch' }
  /** The server refused a link or provider return: spent, expired, or not this flow's. */
  | { code: 'callback-failed' };

export type FlowIssueCode = FlowIssue['code'];

export interface FlowIssues {
  /** Issues tied to a field of the current step, by field name (`email`, `password`, …). */
  fieldErrors: Partial<Record<string, FlowIssue>>;
  /** An issue about the step as a whole. */
  formError: FlowIssue | null;
}

/** Which field a rejected credential belongs to, by the choice that was submitted. */
const CREDENTIAL_FIELD: Partial<Record<FlowChoiceName, string>> = {
  password: 'password',
  set_password: 'password',
  email_otp: 'code',
  sms_otp: 'code',
  totp: 'code',
};

/** Issues about the credential just typed: shown on its field, not above the form. */
const CREDENTIAL_ISSUES: ReadonlySet<FlowIssue['code']> = new Set(['authentication-failed', 'code-expired', 'code-used']);

/** The issue an answer's status names, whatever step it answers. */
export function issueOfStatus(detail: Extract<AuthNErrorDetail, { kind: 'api' }>): FlowIssue {
  const status = detail.status;
  switch (status) {
    case 'AuthenticationFailure':
      return { code: 'authentication-failed' };
    // Distinct from a wrong code: typing it again cannot work, a new code (or the next TOTP step) can.
    case 'MfaCodeExpired':
      return { code: 'code-expired' };
    case 'CodeAlreadyUsed':
      return { code: 'code-used' };
    case 'TooManyRequests':
      return { code: 'rate-limited', retryAfterSeconds: detail.retryAfterSeconds };
    case 'DisabledUser':
      return { code: 'disabled-user' };
    case 'TravelDistanceExceeded':
      return { code: 'travel-blocked' };
    case 'Unauthorized':
      return { code: 'unauthorized' };
    case 'FlowExpired':
    case 'ExpiredFlow':
    case 'InvalidFlow':
    case 'NotFound':
      return { code: 'expired-flow' };
    default:
      return { code: 'server', status };
  }
}

/**
 * Platform statuses (spec §8) the catalog words on their own: about the service, the project or a
 * provider, never about what the user typed (react/i18n/message-for-issue.ts).
 */
export const WORDED_PLATFORM_STATUSES = [
  'ServiceNotAvailable',
  'ProviderError',
  'NoCredit',
  'ServiceNotEnabled',
  'MissingConfigID',
  'MissingConfigIDScope',
] as const;
export type WordedPlatformStatus = (typeof WORDED_PLATFORM_STATUSES)[number];

/**
 * The platform-wide statuses (spec §8, the SDKs' list) that speak of the service or the project,
 * never of one flow. (`NotFound` is read as a gone flow, `ValidationError` field by field.)
 */
const PLATFORM_STATUSES: readonly string[] = [
  'InternalError',
  'Failed',
  'Accepted',
  'TooManyRequests',
  'Unauthorized',
  ...WORDED_PLATFORM_STATUSES,
];

/** Whether `status` is one of the platform-wide statuses about the service, not about a flow. */
export function isPlatformStatus(status: string): boolean {
  return PLATFORM_STATUSES.includes(status);
}

function stringField(result: unknown, key: string): string | undefined {
  const value = isRecord(result) ? result[key] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The two provider errors of spec §8, read from the error's `result` whatever its status (the
 * spec does not know the status): InvalidAuth (`correct_provider`, or `provider` in Pangea's
 * stories) and MismatchEmail (`incorrect_email`).
 */
function providerIssueOf(result: unknown): FlowIssue | undefined {
  const displayName = stringField(result, 'display_name');
  // `provider` alone is too common a key to mean this; with `display_name` it is the story's shape.
  const provider = stringField(result, 'correct_provider') ?? (displayName === undefined ? undefined : stringField(result, 'provider'));
  if (provider !== undefined) {
    return { code: 'wrong-method', provider, displayName };
  }
  if (isRecord(result) && 'incorrect_email' in result) {
    return { code: 'email-mismatch' };
  }
  return undefined;
}

/**
 * An answer this kit cannot explain: one `issuesOf` can only call a `server` issue, of a status
 * outside the spec's platform-wide list. What it means for the flow (gone? moved on? untouched?)
 * nobody can tell: the flow's state must be read.
 */
export function isUnrecognizedError(error: AuthNError): boolean {
  const issue = issuesOf(error, undefined).formError;
  return issue?.code === 'server' && !isPlatformStatus(issue.status);
}

export interface IssuesOfOptions {
  /** The error answers a callback (a provider or link return), not a field of the step on screen. @default false */
  fromCallback?: boolean;
}

/**
 * The one issue to show where there is no form to place field errors on (a list, a sign-out): the
 * form error, else the first field's. `status` names a failure that carried no issue at all.
 */
export function firstIssueOf({ formError, fieldErrors }: FlowIssues, status = 'unknown'): FlowIssue {
  return formError ?? Object.values(fieldErrors).find((issue) => issue !== undefined) ?? { code: 'server', status };
}

/** Splits an error into field errors and a form error for the step that made the call. */
export function issuesOf(
  error: AuthNError | null,
  choice: FlowChoiceName | undefined,
  { fromCallback = false }: IssuesOfOptions = {},
): FlowIssues {
  const none: FlowIssues = { fieldErrors: {}, formError: null };
  if (error === null) {
    return none;
  }
  const detail = error.detail;
  // No answer to read: the failure is its own issue.
  if (detail.kind !== 'api') {
    return { ...none, formError: { code: detail.kind } };
  }
  const providerIssue = providerIssueOf(detail.result);
  if (providerIssue !== undefined) {
    return { ...none, formError: providerIssue };
  }
  const issue = issueOfStatus(detail);
  const validation = detail.status === 'ValidationError';
  // The step on screen has no field for the callback's `state`, `code` or `uri`, and a refused
  // credential there is the link's or the provider's: that sign-in must be done again.
  if (fromCallback && (validation || CREDENTIAL_ISSUES.has(issue.code))) {
    return { ...none, formError: { code: 'callback-failed' } };
  }
  if (validation) {
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
  const field = choice === undefined ? undefined : CREDENTIAL_FIELD[choice];
  if (CREDENTIAL_ISSUES.has(issue.code) && field !== undefined) {
    return { fieldErrors: { [field]: issue }, formError: null };
  }
  return { ...none, formError: issue };
}
