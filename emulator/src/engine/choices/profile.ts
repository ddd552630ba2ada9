import * as v from 'valibot';
import type { ProfileFieldConfig } from '../config/types.js';
import type { EngineContext } from '../context.js';
import type { FieldError } from '../field-errors.js';
import { failValidation } from '../failures.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import { EMAIL_PATTERN } from '../patterns.js';
import { signupProfileFields } from '../phases.js';
import { normalizePhone } from '../users.js';
import { objectSchema, parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import type { ChoiceCall } from './types.js';

const MAX_VALUE_LENGTH = 1024;
const BUILTIN_FIELDS = new Set(['first_name', 'last_name', 'phone', 'image_url']);

// All values are strings on the wire (spec §5): numbers as `toString`, booleans as "true"/"false".
const ProfileData = v.strictObject({ profile: objectSchema(v.record(v.string(), v.string())) });

/**
 * `profile {profile: {id: string}}` in `phase_profile`: the `showOnSignup` fields, each checked
 * for its type; unknown ids are `UnexpectedProperty`, missing required ones `FieldRequired`.
 */
export function updateProfile({ ctx, flow, data }: ChoiceCall): void {
  const { profile } = parseOrFail(ProfileData, data, '/data');
  const fields = signupProfileFields(ctx.config);
  const errors: FieldError[] = [];
  for (const id of Object.keys(profile)) {
    if (!fields.some((field) => field.id === id)) {
      errors.push({ code: 'UnexpectedProperty', source: `/data/profile/${id}`, detail: `${id} is not a profile field` });
    }
  }
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = Object.hasOwn(profile, field.id) ? profile[field.id]?.trim() : undefined;
    const error = checkValue(field, value);
    if (error) {
      errors.push(error);
    } else if (value !== undefined && value !== '') {
      values[field.id] = field.type === 'phone' ? (normalizePhone(value) ?? value) : value;
    }
  }
  if (errors.length > 0) {
    failValidation(errors);
  }
  const user = requireFlowUser(ctx, flow);
  saveFlowUser(ctx, flow, { ...user, profile: { ...user.profile, ...values } });
  flow.profileDone = true;
}

function checkValue(field: ProfileFieldConfig, value: string | undefined): FieldError | undefined {
  const source = `/data/profile/${field.id}`;
  if (value === undefined || value === '') {
    return field.required ? { code: 'FieldRequired', source, detail: `${field.label} is required` } : undefined;
  }
  if (value.length > MAX_VALUE_LENGTH) {
    return { code: 'AboveMaxLength', source, detail: `${field.label} is too long` };
  }
  switch (field.type) {
    case 'string':
      return undefined;
    case 'boolean':
      return value === 'true' || value === 'false'
        ? undefined
        : { code: 'InvalidBool', source, detail: `${field.label} must be "true" or "false"` };
    case 'integer':
      return /^-?\d{1,15}$/.test(value) ? undefined : { code: 'InvalidInteger', source, detail: `${field.label} must be a whole number` };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : { code: 'BadFormatDate', source, detail: `${field.label} must be a date (YYYY-MM-DD)` };
    case 'email':
      return EMAIL_PATTERN.test(value) ? undefined : { code: 'BadFormatEmail', source, detail: `${field.label} is not a valid email address` };
    case 'phone':
      return normalizePhone(value) === undefined
        ? { code: 'DoesNotMatchPattern', source, detail: `${field.label} is not a phone number (+ and country code)` }
        : undefined;
    default:
      return field.type satisfies never;
  }
}

export function renderProfile(ctx: EngineContext): WireChoice {
  return {
    choice: 'profile',
    data: {
      fields: signupProfileFields(ctx.config).map((field) => ({
        id: field.id,
        name: field.label,
        label: field.label,
        type: field.type,
        required: field.required,
        show_on_signup: field.showOnSignup,
        builtin: BUILTIN_FIELDS.has(field.id),
        display_disabled: false,
      })),
    },
  };
}
