import * as v from 'valibot';
import {
  asString,
  field,
  isRecord,
  listOf,
  optionalBoolean,
  optionalField,
  optionalNumber,
  optionalString,
  optionalStrings,
  optionalTime,
  readWith,
  text,
} from './lenient.js';

/**
 * The `data` of each choice the kit knows, read field by field with defaults (research §5). These
 * schemas never fail on an object: whether the data read is enough to use the choice is decided in
 * parse-flow-result.ts, which sets an unusable choice aside instead of failing the answer.
 */

/** Both naming schemes of the policy (§5 PasswordPolicy); a `null` limit is absent (the default). */
export const PasswordPolicySchema = v.looseObject({
  chars_min: optionalNumber,
  chars_max: optionalNumber,
  lower_min: optionalNumber,
  upper_min: optionalNumber,
  punct_min: optionalNumber,
  number_min: optionalNumber,
  password_chars_min: optionalNumber,
  password_chars_max: optionalNumber,
  password_lower_min: optionalNumber,
  password_upper_min: optionalNumber,
  password_punct_min: optionalNumber,
  password_number_min: optionalNumber,
});

/** One OAuth scope as the consent step shows it. */
export interface OAuthScope {
  name: string;
  display_name?: string | undefined;
  description?: string | undefined;
}

/**
 * Scopes in every form the service may use: `authn-oauth-scope` objects, a space-separated scope
 * string (OAS `authn-oauth-scope`), a list of such strings, or one `authn-oauth-custom-scope`
 * object. A name given twice is shown once.
 */
function scopesOf(value: unknown): OAuthScope[] {
  const entries = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const scopes = entries.flatMap((entry: unknown): OAuthScope[] => {
    if (typeof entry === 'string') {
      return entry.split(/\s+/).flatMap((name) => (name ? [{ name }] : []));
    }
    const name = isRecord(entry) ? asString(entry['name']) : undefined;
    return isRecord(entry) && name
      ? [{ name, display_name: asString(entry['display_name']), description: asString(entry['description']) }]
      : [];
  });
  return scopes.filter((scope, index) => scopes.findIndex((other) => other.name === scope.name) === index);
}

const AgreementSchema = v.looseObject({
  type: text,
  id: text,
  name: text,
  text,
  active: optionalBoolean,
  created_at: optionalTime,
  updated_at: optionalTime,
  published_at: optionalTime,
});

type Agreement = v.InferOutput<typeof AgreementSchema>;

/** The agreements map (an array is read by id); an agreement without an id cannot be accepted. */
function agreementsOf(value: unknown): Record<string, Agreement> | undefined {
  const entries = Array.isArray(value) ? value.map((entry: unknown) => [undefined, entry] as const) : isRecord(value) ? Object.entries(value) : [];
  const agreements: Record<string, Agreement> = {};
  for (const [key, entry] of entries) {
    const agreement = readWith(AgreementSchema)(entry);
    if (agreement?.id) {
      agreements[key ?? agreement.id] = agreement;
    }
  }
  return agreements;
}

const ProfileFieldSchema = v.looseObject({
  id: optionalString,
  name: optionalString,
  label: optionalString,
  type: optionalString,
  required: optionalBoolean,
  show_on_signup: optionalBoolean,
  builtin: optionalBoolean,
  display_disabled: optionalBoolean,
});

type ProfileField = v.InferOutput<typeof ProfileFieldSchema> & { id: string };

/** A profile field keyed by its `id`, else its `name`; one with neither cannot be sent. */
function profileFieldOf(value: unknown): ProfileField | undefined {
  const profileField = readWith(ProfileFieldSchema)(value);
  const id = profileField?.id || profileField?.name;
  return profileField && id ? { ...profileField, id } : undefined;
}

/** WebAuthn options, kept only with a `publicKey` object: without one no ceremony can run. */
const ceremonyOptions = optionalField(readWith(v.looseObject({ publicKey: v.looseObject({}) })));

const PasskeyDataSchema = v.looseObject({
  enrollment: optionalBoolean,
  started: optionalBoolean,
  discovery: optionalBoolean,
  local_only: optionalBoolean,
  authentication: ceremonyOptions,
  registration: ceremonyOptions,
});

/** `ceremonyUnavailable`: the kit's mark on a started ceremony that came without its options. */
type PasskeyData = v.InferOutput<typeof PasskeyDataSchema> & { ceremonyUnavailable?: true };

const IdentifierDataSchema = v.looseObject({ required_for: optionalStrings });

const sentData = {
  sent: optionalBoolean,
  resend_time: optionalTime,
  state: optionalString,
  need_email: optionalBoolean,
};

/** The choices that send an email with a link (`state`) or a code. */
const SentDataSchema = v.looseObject(sentData);

/** The `data` schema of every choice the kit knows, by choice name. */
export const choiceDataSchemas = {
  set_email: IdentifierDataSchema,
  set_username: IdentifierDataSchema,
  set_phone: IdentifierDataSchema,
  password: v.looseObject({
    enrollment: optionalBoolean,
    password_policy: optionalField(readWith(PasswordPolicySchema)),
    need_email: optionalBoolean,
  }),
  set_password: v.looseObject({
    enrollment: optionalBoolean,
    password_policy: optionalField(readWith(PasswordPolicySchema)),
  }),
  reset_password: SentDataSchema,
  verify_email: SentDataSchema,
  magiclink: SentDataSchema,
  provisional_enrollment: SentDataSchema,
  email_otp: v.looseObject({ ...sentData, enrollment: optionalBoolean }),
  sms_otp: v.looseObject({
    sent: optionalBoolean,
    enrollment: optionalBoolean,
    resend_time: optionalTime,
    need_phone: optionalBoolean,
  }),
  totp: v.looseObject({
    enrollment: optionalBoolean,
    totp_secret: optionalField(readWith(v.looseObject({ qr_image: v.string(), secret: v.string() }))),
  }),
  social: v.looseObject({
    enrollment: optionalBoolean,
    social_provider: text,
    state: text,
    redirect_uri: text,
  }),
  saml: v.looseObject({
    enrollment: optionalBoolean,
    provider_id: text,
    provider_name: text,
    /** `""` when not sent: an IdP-initiated sign-in may come without one. */
    state: text,
    redirect_uri: optionalString,
    idp_init_flow: optionalBoolean,
  }),
  passkey: v.pipe(
    PasskeyDataSchema,
    v.transform((data): PasskeyData => {
      const options = data.enrollment === true ? data.registration : data.authentication;
      // Started, but without the options the browser needs: the step offers the other methods.
      return data.started === true && options === undefined ? { ...data, ceremonyUnavailable: true } : data;
    }),
  ),
  captcha: v.looseObject({ site_key: text }),
  agreements: v.looseObject({ agreements: field(agreementsOf, (): Record<string, Agreement> => ({})) }),
  profile: v.looseObject({ fields: field(listOf(profileFieldOf), (): ProfileField[] => []) }),
  oauth_consent: v.pipe(
    v.looseObject({}),
    // The OAS's choice variant points at a single `authn-oauth-custom-scope`: read it as one scope.
    v.transform((data) => ({ ...data, scopes: scopesOf(data['scopes'] ?? (asString(data['name']) ? data : undefined)) })),
  ),
} as const;
