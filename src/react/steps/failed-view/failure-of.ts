import { isPlatformStatus, type FlowIssue } from '../../../core/index.js';
import type { MessageKey } from '../../i18n/messages.js';

/** The failures the view tells apart, as its `data-state`. */
export type FailureKind =
  | 'disabled-user'
  | 'travel-blocked'
  | 'unauthorized'
  | 'unknown-status'
  | 'offline'
  | 'rate-limited'
  | 'other';

export interface Failure {
  kind: FailureKind;
  heading: MessageKey;
  /** The explanation: a key of its own, or `null` to say the issue's catalog message. */
  body: MessageKey | null;
  /** Whether trying the same call again can help; when not, only "Start over" is offered. */
  retryable: boolean;
}

/**
 * How the failed screen explains an issue. A disabled account, a blocked location and an app that
 * is not allowed to sign users in cannot be fixed by trying again, so they offer "Start over" only.
 */
export function failureOf(issue: FlowIssue | null): Failure {
  // Most issues: the generic heading over the issue's own message, and "Try again".
  const other: Failure = { kind: 'other', heading: 'failed.heading', body: null, retryable: true };
  switch (issue?.code) {
    case 'disabled-user':
      return { kind: issue.code, heading: 'failed.disabledUser.heading', body: 'failed.disabledUser.body', retryable: false };
    case 'travel-blocked':
      return { kind: issue.code, heading: 'failed.travelBlocked.heading', body: 'failed.travelBlocked.body', retryable: false };
    case 'unauthorized':
      return { kind: issue.code, heading: 'failed.unauthorized.heading', body: null, retryable: false };
    case 'server':
      // The service speaking of itself (spec §8) has the catalog's words for it, or "on our side"; a
      // status this kit does not know gets its own words, never the server's English.
      return isPlatformStatus(issue.status)
        ? other
        : { kind: 'unknown-status', heading: 'failed.unknown.heading', body: 'failed.unknown.body', retryable: true };
    case 'network':
    case 'timeout':
      return { ...other, kind: 'offline' };
    case 'rate-limited':
      return { ...other, kind: issue.code };
    // No issue at all: the view says "on our side" itself.
    case undefined:
    case 'invalid-response':
    case 'authentication-failed':
    case 'code-expired':
    case 'code-used':
    case 'invalid-field':
    case 'out-of-step':
    case 'expired-flow':
    case 'wrong-method':
    case 'email-mismatch':
    case 'callback-failed':
      return other;
    default:
      return issue satisfies never;
  }
}
