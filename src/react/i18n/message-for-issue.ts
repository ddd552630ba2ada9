import type { FlowIssue, WordedPlatformStatus } from '../../core/index.js';
import { isMessageKey, type MessageKey, type MessageValues } from './messages.js';

/**
 * Platform statuses (spec §8) that say more than "try again". Any other status, known
 * (`InternalError`, `Failed`, `Accepted`) or not, gets `error.server`: never the server's `summary`.
 */
const SERVER_STATUS_KEYS: Record<WordedPlatformStatus, MessageKey> & Partial<Record<string, MessageKey>> = {
  ServiceNotAvailable: 'error.serviceUnavailable',
  ProviderError: 'error.providerError',
  // The project, its config or its credit: nothing the user can fix, so send them to support.
  NoCredit: 'error.notConfigured',
  ServiceNotEnabled: 'error.notConfigured',
  MissingConfigID: 'error.notConfigured',
  MissingConfigIDScope: 'error.notConfigured',
};

/** Validation rules (spec §8) worded like another rule, or like a status. */
const FIELD_RULE_KEYS: Partial<Record<string, MessageKey>> = {
  BelowMinItems: 'error.field.BelowMinLength',
  AboveMaxItems: 'error.field.AboveMaxLength',
  IsTooBig: 'error.field.NotWithinRange',
  IsTooSmall: 'error.field.NotWithinRange',
  NotMultipleOf: 'error.field.NotWithinRange',
  InvalidConst: 'error.field.NotEnumMember',
  MutuallyExclusive: 'error.field.MustProvideOne',
  ConfigProjectMismatch: 'error.notConfigured',
  ConfigServiceMismatch: 'error.notConfigured',
  ConfigNotExist: 'error.notConfigured',
};

/** A table entry, never an `Object.prototype` member: a status may be any string, `toString` too. */
function own<T>(table: Partial<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The rule's entry in the table above, else `error.field.<rule>` when the catalog words it, else its family's, else the generic one. */
function fieldRuleKey(rule: string): MessageKey {
  const key = own(FIELD_RULE_KEYS, rule) ?? `error.field.${rule.startsWith('BadFormat') && rule !== 'BadFormatEmail' ? 'BadFormat' : rule}`;
  return isMessageKey(key) ? key : 'error.field.invalid';
}

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
    case 'invalid-field':
      return { key: fieldRuleKey(issue.rule) };
    case 'rate-limited':
      return issue.retryAfterSeconds === undefined || issue.retryAfterSeconds <= 0
        ? { key: 'error.rateLimited.later' }
        : { key: 'error.rateLimited', values: { count: Math.ceil(issue.retryAfterSeconds) } };
    case 'out-of-step':
      return { key: 'error.outOfStep' };
    case 'disabled-user':
      return { key: 'error.disabledUser' };
    case 'travel-blocked':
      return { key: 'error.travelBlocked' };
    case 'unauthorized':
      return { key: 'error.unauthorized' };
    case 'server':
      return { key: own(SERVER_STATUS_KEYS, issue.status) ?? 'error.server' };
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

/** `messageForIssue` looked up with a `t` from `useMessages()` (any `Translate` fits). */
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
