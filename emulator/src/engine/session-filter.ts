import { failValidation } from './failures.js';
import type { FieldError } from './field-errors.js';

/**
 * `filter` of `client/session/list` (OAS `authn-filter-tokens`): each key a field and an operator,
 * every key must hold. Keys the OAS does not list are refused (`UnexpectedProperty`) rather than
 * ignored, so a misspelt filter does not list every session.
 */

/** What a listed session is filtered and ordered by. */
export interface SessionFacts {
  id: string;
  type: string;
  identity: string;
  email: string;
  username: string;
  enabled: boolean;
  created_at: string;
  expire: string;
  active_token_id: string;
  scopes: string[];
  profile: Record<string, string>;
}

/** OAS `order_by`. */
export const SESSION_ORDER_FIELDS = ['id', 'created_at', 'type', 'identity', 'email', 'expire', 'active_token_id'] as const;

export type SessionOrderField = (typeof SESSION_ORDER_FIELDS)[number];

export type SessionPredicate = (facts: SessionFacts) => boolean;

type TextField = 'active_token_id' | 'email' | 'username' | 'id' | 'identity' | 'type';
const TEXT_FIELDS: readonly string[] = ['active_token_id', 'email', 'username', 'id', 'identity', 'type'] satisfies TextField[];
const TIME_FIELDS: readonly string[] = ['created_at', 'expire'] satisfies ('created_at' | 'expire')[];
type Compare = (a: number, b: number) => boolean;
const TIME_OPERATORS: Readonly<Record<string, Compare>> = {
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
};

/** One predicate per key of `filter`, or a ValidationError naming every key that is wrong. */
export function sessionFilter(filter: Record<string, unknown>): SessionPredicate {
  const errors: FieldError[] = [];
  const predicates: SessionPredicate[] = [];
  for (const [key, value] of Object.entries(filter)) {
    const read = readKey(key, value, `/filter/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
    if (typeof read === 'function') {
      predicates.push(read);
    } else {
      errors.push(read);
    }
  }
  if (errors.length > 0) {
    failValidation(errors);
  }
  return (facts) => predicates.every((holds) => holds(facts));
}

function readKey(key: string, value: unknown, source: string): SessionPredicate | FieldError {
  const [field = '', operator = '', ...rest] = key.split('__');
  const wrong = (code: FieldError['code'], detail: string): FieldError => ({ code, source, detail: `${source.slice(1)} ${detail}` });
  const profile = /^profile_([A-Za-z]+)$/.exec(field)?.[1];
  if (rest.length > 0) {
    return wrong('UnexpectedProperty', 'is not a filter');
  }
  if (TEXT_FIELDS.includes(field)) {
    const of = (facts: SessionFacts) => facts[field as TextField];
    if (operator === '') {
      return typeof value === 'string' ? (facts) => of(facts) === value : wrong('InvalidString', 'must be a string');
    }
    const list = stringsOf(value);
    if (!list) {
      return wrong('InvalidArray', 'must be a list of strings');
    }
    if (operator === 'contains') {
      return (facts) => list.every((part) => of(facts).includes(part));
    }
    return operator === 'in' ? (facts) => list.includes(of(facts)) : wrong('UnexpectedProperty', 'is not a filter');
  }
  if (TIME_FIELDS.includes(field)) {
    const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(at)) {
      return wrong('BadFormatDateTime', 'must be a date-time');
    }
    const of = (facts: SessionFacts) => Date.parse(facts[field as 'created_at' | 'expire']);
    if (operator === '') {
      return (facts) => of(facts) === at;
    }
    const compare = Object.hasOwn(TIME_OPERATORS, operator) ? TIME_OPERATORS[operator] : undefined;
    return compare ? (facts) => compare(of(facts), at) : wrong('UnexpectedProperty', 'is not a filter');
  }
  if (field === 'enabled' && operator === '') {
    return typeof value === 'boolean' ? (facts) => facts.enabled === value : wrong('InvalidBool', 'must be a boolean');
  }
  if (field === 'scopes' && operator === '') {
    const list = stringsOf(value);
    return list ? (facts) => list.every((scope) => facts.scopes.includes(scope)) : wrong('InvalidArray', 'must be a list of strings');
  }
  if (profile !== undefined) {
    return readProfileKey(profile, operator, value, wrong);
  }
  return wrong('UnexpectedProperty', 'is not a filter');
}

function readProfileKey(
  name: string,
  operator: string,
  value: unknown,
  wrong: (code: FieldError['code'], detail: string) => FieldError,
): SessionPredicate | FieldError {
  const of = (facts: SessionFacts) => (Object.hasOwn(facts.profile, name) ? facts.profile[name] : undefined);
  switch (operator) {
    case '':
      return typeof value === 'string' ? (facts) => of(facts) === value : wrong('InvalidString', 'must be a string');
    case 'contains': {
      // The OAS: "contains one of these substrings", unlike the other fields' "each substring".
      const list = stringsOf(value);
      return list ? (facts) => list.some((part) => of(facts)?.includes(part) === true) : wrong('InvalidArray', 'must be a list of strings');
    }
    case 'exists':
      return typeof value === 'boolean' ? (facts) => (of(facts) !== undefined) === value : wrong('InvalidBool', 'must be a boolean');
    default:
      return wrong('UnexpectedProperty', 'is not a filter');
  }
}

function stringsOf(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}
