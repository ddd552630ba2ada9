import type { FlowIssue } from '../../core/flow/flow.issues.js';
import { isMessageKey, type MessageKey, type MessageValues } from './messages.js';

export interface IssueMessage {
  key: MessageKey;
  values?: MessageValues;
}

/**
 * The catalog entry for an issue. Never the server's `summary` or `detail`: those are English only
 * and may change under us. `field` lets a wrong credential name what was wrong ("password").
 */
export function messageForIssue(issue: FlowIssue, field?: string): IssueMessage {
  switch (issue.code) {
    case 'authentication-failed':
      return { key: field === 'password' ? 'error.authenticationFailed.password' : 'error.authenticationFailed' };
    case 'code-expired':
      return { key: 'error.codeExpired' };
    case 'code-used':
      return { key: 'error.codeUsed' };
    case 'invalid-field': {
      // Server validation rules (`BelowMinLength`, …) get their own wording when the catalog has it.
      const key = `error.field.${issue.rule}`;
      return { key: isMessageKey(key) ? key : 'error.field.invalid' };
    }
    case 'rate-limited':
      return issue.retryAfterSeconds === undefined || issue.retryAfterSeconds <= 0
        ? { key: 'error.rateLimited.later' }
        : { key: 'error.rateLimited', values: { seconds: Math.ceil(issue.retryAfterSeconds) } };
    case 'out-of-step':
      return { key: 'error.outOfStep' };
    case 'disabled-user':
      return { key: 'error.disabledUser' };
    case 'travel-blocked':
      return { key: 'error.travelBlocked' };
    case 'unauthorized':
      return { key: 'error.unauthorized' };
    case 'server':
      return { key: 'error.server' };
    case 'network':
      return { key: 'error.network' };
    case 'timeout':
      return { key: 'error.timeout' };
    case 'invalid-response':
      return { key: 'error.invalidResponse' };
    case 'expired-flow':
      return { key: 'error.expiredFlow' };
    case 'wrong-method':
      return { key: 'error.wrongMethod', values: { provider: issue.displayName ?? issue.provider } };
    case 'email-mismatch':
      return { key: 'error.emailMismatch' };
    case 'callback-failed':
      return { key: 'error.callbackFailed' };
    default:
      return issue satisfies never;
  }
}

/** `messageForIssue` looked up with a `t` from `useMessages()`. */
export function translateIssue(
  t: (key: MessageKey, values?: MessageValues) => string,
  issue: FlowIssue,
  field?: string,
): string {
  const { key, values } = messageForIssue(issue, field);
  // A known social provider is named by the catalog ("GitHub"), not by its id.
  const providerKey = issue.code === 'wrong-method' && issue.displayName === undefined ? `provider.${issue.provider}` : '';
  if (isMessageKey(providerKey)) {
    return t(key, { provider: t(providerKey) });
  }
  return t(key, values);
}
