import type { ChoiceData } from '../../../core/index.js';
import type { PhoneNumberStatus } from '../../primitives/phone-number.js';
import { isEmail } from '../shared/is-email.js';

export type ProfileFieldDefinition = ChoiceData<'profile'>['fields'][number];

/** The widgets of spec §3 "Profile field type"; `""`, absent and unknown types are plain text. */
const KINDS = ['string', 'email', 'phone', 'date', 'integer', 'boolean'] as const;

export type ProfileFieldKind = (typeof KINDS)[number];

export type ProfileError =
  | 'profile.error.required'
  | 'profile.error.email'
  | 'profile.error.integer'
  | 'profile.error.date'
  | 'profile.error.html'
  | 'phone.error.invalid';

/** What the user entered in one field: text as typed; a phone as E.164 with its validity. */
export interface ProfileValue {
  text: string;
  /** Phones only: whether the number typed is a number. */
  phoneStatus?: PhoneNumberStatus;
}

export function kindOf(field: ProfileFieldDefinition): ProfileFieldKind {
  return KINDS.find((kind) => kind === field.type) ?? 'string';
}

/**
 * The fields asked at sign-up (spec §9.3: only `show_on_signup`). A required field whose flag is
 * missing is asked too: the server would refuse the step without it.
 */
export function signupFieldsOf(fields: readonly ProfileFieldDefinition[]): ProfileFieldDefinition[] {
  return fields.filter(
    (field) => field.show_on_signup === true || (field.show_on_signup === undefined && field.required === true),
  );
}

/** `label` (vanilla-js, stories) or `name` (OAS); the id only when the server sent neither. */
export function labelOf(field: ProfileFieldDefinition): string {
  return field.label?.trim() || field.name?.trim() || field.id;
}

/** A checkbox always has an answer ("false" when unticked), so booleans are never marked required. */
export function isRequired(field: ProfileFieldDefinition): boolean {
  return field.required === true && kindOf(field) !== 'boolean';
}

const AUTOCOMPLETE_BY_ID: Readonly<Record<string, string>> = {
  first_name: 'given-name',
  firstname: 'given-name',
  given_name: 'given-name',
  middle_name: 'additional-name',
  last_name: 'family-name',
  lastname: 'family-name',
  family_name: 'family-name',
  surname: 'family-name',
  name: 'name',
  full_name: 'name',
  display_name: 'name',
  nickname: 'nickname',
  email: 'email',
  phone: 'tel',
  phone_number: 'tel',
  mobile: 'tel',
  birthday: 'bday',
  birthdate: 'bday',
  birth_date: 'bday',
  date_of_birth: 'bday',
  dob: 'bday',
  company: 'organization',
  organization: 'organization',
  organisation: 'organization',
  job_title: 'organization-title',
  country: 'country-name',
  postal_code: 'postal-code',
  zip: 'postal-code',
  zip_code: 'postal-code',
  address: 'street-address',
  city: 'address-level2',
  website: 'url',
  language: 'language',
};

/**
 * The `autocomplete` token for a field, by its id, else by its type: an `email` or `phone` field
 * is named in the table too. `undefined` leaves the browser's default.
 */
export function autocompleteOf(field: ProfileFieldDefinition): string | undefined {
  const id = field.id.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_');
  // The id is the service's text: `constructor` must not find Object.prototype's.
  return Object.hasOwn(AUTOCOMPLETE_BY_ID, id) ? AUTOCOMPLETE_BY_ID[id] : AUTOCOMPLETE_BY_ID[kindOf(field)];
}

/** An HTML tag or comment; a lone `<` or `>` ("a < b") is fine. Spec §9.3 rejects tags in text. */
const HTML_TAG = /<\/?[a-z!][^>]*>/i;
const INTEGER = /^[+-]?\d{1,15}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks one field on the client; the server checks again. */
export function validateField(field: ProfileFieldDefinition, value: ProfileValue | undefined): ProfileError | null {
  const kind = kindOf(field);
  const text = (value?.text ?? '').trim();
  if (kind === 'boolean') {
    return null;
  }
  if (kind === 'phone' && value?.phoneStatus === 'invalid') {
    return 'phone.error.invalid';
  }
  if (text === '') {
    return isRequired(field) ? 'profile.error.required' : null;
  }
  switch (kind) {
    case 'string':
      return HTML_TAG.test(text) ? 'profile.error.html' : null;
    case 'email':
      return isEmail(text) ? null : 'profile.error.email';
    case 'integer':
      return INTEGER.test(text) ? null : 'profile.error.integer';
    case 'date':
      return DATE.test(text) && !Number.isNaN(Date.parse(text)) ? null : 'profile.error.date';
    case 'phone':
      return null;
    default:
      return kind satisfies never;
  }
}

/**
 * The `profile` sent to the server: every value a string (spec §5), booleans "true"/"false",
 * integers without a `+` or leading zeros, phones in E.164; empty optional fields are left out.
 */
export function profileOf(
  fields: readonly ProfileFieldDefinition[],
  values: Readonly<Record<string, ProfileValue>>,
): Record<string, string> {
  const profile: Record<string, string> = {};
  for (const field of fields) {
    const kind = kindOf(field);
    const text = (values[field.id]?.text ?? '').trim();
    if (kind === 'boolean') {
      profile[field.id] = text === 'true' ? 'true' : 'false';
    } else if (text !== '') {
      profile[field.id] = kind === 'integer' ? BigInt(text).toString() : text;
    }
  }
  return profile;
}

/**
 * The `name` a field's input gets: the server's id behind the kit's prefix, never the id itself. A
 * form's named controls become properties of the form, so a field called `submit`, `elements` or
 * `querySelector` would shadow the form's own and break it.
 */
export function inputNameOf(field: ProfileFieldDefinition): string {
  return `authn-profile-${field.id}`;
}
