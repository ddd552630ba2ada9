import type { FlowIssue, WordedPlatformStatus } from '../../core/index.js';
import { isMessageKey, type MessageKey, type MessageValues } from './messages.js';
import { socialProviderName } from './provider-brands.js';

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

/** `code-expired` → `codeExpired`: how the catalog spells a code (an issue's, a status) in its keys. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

export function camelCase<S extends string>(code: S): CamelCase<S> {
  return code.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<S>;
}

/**
 * The catalog entry for an issue: `error.<code>` (`code-expired` → `error.codeExpired`), save for
 * the cases below. Never the server's `summary` or `detail`: those are English only and may change
 * under us. `field` lets a wrong credential name what was wrong ("password").
 */
export function messageForIssue(issue: FlowIssue, field?: string): IssueMessage {
  if (issue.code === 'invalid-field') {
    return { key: fieldRuleKey(issue.rule) };
  }
  // Every other code has a message of its own: a new code without one does not compile.
  const key: MessageKey = `error.${camelCase(issue.code)}`;
  switch (issue.code) {
    case 'authentication-failed':
      return { key: field === 'password' ? 'error.authenticationFailed.password' : key };
    case 'rate-limited':
      return issue.retryAfterSeconds === undefined || issue.retryAfterSeconds <= 0
        ? { key: 'error.rateLimited.later' }
        : { key, values: { count: Math.ceil(issue.retryAfterSeconds) } };
    case 'server':
      return { key: own(SERVER_STATUS_KEYS, issue.status) ?? key };
    case 'wrong-method':
      return { key, values: { provider: issue.displayName ?? issue.provider } };
    default:
      return { key };
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
  return issue.code === 'wrong-method' && issue.displayName === undefined
    ? t(key, { provider: socialProviderName(t, issue.provider) })
    : t(key, values);
}
