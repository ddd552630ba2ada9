import * as v from 'valibot';
import { failValidation } from './failures.js';
import type { FieldError, FieldErrorCode } from './field-errors.js';
import { EMAIL_PATTERN } from './patterns.js';

/** A JSON object that is not an array or null; valibot's object schemas would accept arrays. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Use instead of `v.looseObject({})` where any JSON object is fine but an array is not. */
export const plainObjectSchema = v.custom<Record<string, unknown>>(isPlainObject);

/**
 * `schema` (an object or record schema) refusing arrays with `InvalidObject`: valibot's object
 * schemas take an array as an object with no keys, which would report missing fields instead.
 */
export function objectSchema<TSchema extends v.GenericSchema>(
  schema: TSchema,
): v.GenericSchema<v.InferInput<TSchema>, v.InferOutput<TSchema>> {
  return v.pipe(v.custom<v.InferInput<TSchema>>(isPlainObject), schema);
}

/** Regexes whose failure has a dedicated format code rather than the generic DoesNotMatchPattern. */
const FORMAT_CODES = new Map<RegExp, FieldErrorCode>([[EMAIL_PATTERN, 'BadFormatEmail']]);

type Issue = v.BaseIssue<unknown>;

/**
 * Parses `input` with `schema`, or throws a ValidationError listing every problem with the spec's
 * codes. `pointer` is where `input` sits in the request body ("" for the body, "/data" for data).
 */
export function parseOrFail<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  pointer = '',
): v.InferOutput<TSchema> {
  const parsed = v.safeParse(schema, input, { abortEarly: false });
  if (parsed.success) {
    return parsed.output;
  }
  failValidation(parsed.issues.map((issue) => toFieldError(issue, pointer)));
}

export function toFieldError(issue: Issue, pointer: string): FieldError {
  const source = pointer + pointerOf(issue);
  const code = codeOf(issue);
  return { code, source, detail: detailOf(code, source, issue) };
}

function pointerOf(issue: Issue): string {
  return (issue.path ?? []).map((item) => `/${escapePointer(String(item.key))}`).join('');
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function codeOf(issue: Issue): FieldErrorCode {
  switch (issue.type) {
    case 'object':
    case 'strict_object':
    case 'loose_object':
      if (issue.expected === 'never') {
        return 'UnexpectedProperty';
      }
      return issue.received === 'undefined' && issue.path ? 'FieldRequired' : 'InvalidObject';
    case 'custom':
      // The only custom schema is plainObjectSchema.
      return 'InvalidObject';
    case 'string':
      return 'InvalidString';
    case 'number':
    case 'finite':
      return 'InvalidNumber';
    case 'integer':
      return 'InvalidInteger';
    case 'min_value':
    case 'max_value':
    case 'gt_value':
    case 'lt_value':
      return 'NotWithinRange';
    case 'iso_timestamp':
      return 'BadFormatDateTime';
    case 'iso_date':
      return 'BadFormatDate';
    case 'boolean':
      return 'InvalidBool';
    case 'array':
      return 'InvalidArray';
    case 'literal':
      return 'InvalidConst';
    case 'picklist':
      return typeof issue.input === 'string' ? 'NotEnumMember' : 'InvalidString';
    case 'regex':
      return (issue.requirement instanceof RegExp && FORMAT_CODES.get(issue.requirement)) || 'DoesNotMatchPattern';
    case 'url':
      return 'BadFormatURI';
    case 'min_length':
      return Array.isArray(issue.input) ? 'BelowMinItems' : 'BelowMinLength';
    case 'max_length':
      return Array.isArray(issue.input) ? 'AboveMaxItems' : 'AboveMaxLength';
    default:
      return 'BadFormat';
  }
}

const DETAILS: Record<FieldErrorCode, (field: string) => string> = {
  FieldRequired: (field) => `${field} is required`,
  InvalidString: (field) => `${field} must be a string`,
  InvalidNumber: (field) => `${field} must be a number`,
  InvalidInteger: (field) => `${field} must be an integer`,
  InvalidBool: (field) => `${field} must be a boolean`,
  InvalidObject: (field) => `${field} must be an object`,
  InvalidArray: (field) => `${field} must be an array`,
  BadFormat: (field) => `${field} has an invalid format`,
  BadFormatEmail: (field) => `${field} is not a valid email address`,
  BadFormatURI: (field) => `${field} is not a valid URI`,
  BadFormatDate: (field) => `${field} is not a valid date (YYYY-MM-DD)`,
  BadFormatDateTime: (field) => `${field} is not a valid ISO 8601 timestamp`,
  DoesNotMatchPattern: (field) => `${field} does not match the required pattern`,
  NotEnumMember: (field) => `${field} is not one of the allowed values`,
  InvalidConst: (field) => `${field} has the wrong value`,
  AboveMaxLength: (field) => `${field} is too long`,
  BelowMinLength: (field) => `${field} is too short`,
  AboveMaxItems: (field) => `${field} has too many items`,
  BelowMinItems: (field) => `${field} has too few items`,
  NotWithinRange: (field) => `${field} is out of range`,
  ItemNotUnique: (field) => `${field} repeats an earlier item`,
  MustProvideOne: (field) => `${field} needs one of its alternatives`,
  MutuallyExclusive: (field) => `${field} allows only one of its alternatives`,
  UnexpectedProperty: (field) => `${field} is not an allowed property`,
  DoesNotExist: (field) => `${field} does not exist`,
  ProviderDisabled: (field) => `${field} is disabled`,
  BadState: (field) => `${field} is not allowed now`,
  InaccessibleURI: (field) => `${field} is not a URI the project accepts`,
};

function detailOf(code: FieldErrorCode, source: string, issue: Issue): string {
  const field = source === '' ? 'The request body' : source.slice(1).replaceAll('/', '.');
  const base = DETAILS[code](field);
  // `received` is already quoted by valibot, e.g. "set_mail".
  if (code === 'NotEnumMember') {
    return `${base} (got ${issue.received})`;
  }
  return base;
}

/** `v.strictObject` that refuses arrays (see objectSchema). */
export function strictObjectOf<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return objectSchema(v.strictObject(entries));
}

/** `v.looseObject` that refuses arrays (see objectSchema). */
export function looseObjectOf<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return objectSchema(v.looseObject(entries));
}
