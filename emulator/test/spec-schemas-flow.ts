import * as v from 'valibot';
import { FORMATS, id, time, url } from './spec-schemas-formats.js';

/*
 * The spec's FlowResult, which `flow/start`, `update` and `restart` answer, with the data of each
 * choice, from the spec alone like the rest of spec-schemas.ts.
 */

/** §3 enums. */
export const FLOW_PHASES = [
  'phase_primary',
  'phase_captcha',
  'phase_profile',
  'phase_create_user',
  'phase_verify_email',
  'phase_set_password',
  'phase_secondary',
  'phase_agreements',
  'phase_oauth_consent',
  'phase_completed',
] as const;
const AUTH_TYPES = ['email_otp', 'magiclink', 'password', 'passkey', 'sms_otp', 'social', 'saml', 'totp'] as const;
const SOCIAL_PROVIDERS = ['google', 'github', 'facebook', 'microsoftonline', 'gitlab', 'linkedin'] as const;

/** §5: PasswordPolicy, in the newer names or the older `password_` ones. */
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const PasswordPolicySchema = v.union([
  v.looseObject({
    chars_min: count,
    chars_max: v.optional(count),
    lower_min: v.optional(count),
    upper_min: v.optional(count),
    punct_min: v.optional(count),
    number_min: v.optional(count),
  }),
  v.looseObject({
    password_chars_min: count,
    password_chars_max: v.optional(count),
    password_lower_min: count,
    password_upper_min: count,
    password_punct_min: count,
    password_number_min: v.optional(count),
  }),
]);

const sendFields = { sent: v.boolean(), resend_time: v.optional(time), state: id(FORMATS.callbackState) };
const AgreementInfoSchema = v.looseObject({
  type: v.picklist(['eula', 'privacy_policy']),
  id: id(FORMATS.agreement),
  created_at: time,
  updated_at: time,
  published_at: v.optional(time),
  name: v.string(),
  text: v.string(),
  active: v.boolean(),
});
const ProfileFieldSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.optional(v.string()),
  label: v.optional(v.string()),
  type: v.picklist(['boolean', 'date', 'phone', 'email', 'integer', 'string', '']),
  required: v.boolean(),
  show_on_signup: v.boolean(),
  builtin: v.optional(v.boolean()),
  display_disabled: v.optional(v.boolean()),
});
const webAuthnOptions = v.object({ publicKey: v.looseObject({ challenge: id(FORMATS.base64url) }) });

/** §5 "out" column: the data of each choice in `flow_choices`; loose, as the spec is tolerant there. */
const choice = <C extends string, E extends v.ObjectEntries>(name: C, entries: E) =>
  v.object({ choice: v.literal(name), data: v.looseObject(entries) });
const ChoiceSchema = v.variant('choice', [
  choice('set_email', { required_for: v.optional(v.array(v.picklist(AUTH_TYPES))) }),
  choice('set_username', { required_for: v.optional(v.array(v.picklist(AUTH_TYPES))) }),
  choice('set_phone', { required_for: v.optional(v.array(v.picklist(AUTH_TYPES))) }),
  choice('password', { enrollment: v.boolean(), password_policy: PasswordPolicySchema, need_email: v.optional(v.boolean()) }),
  choice('set_password', { enrollment: v.optional(v.boolean()), password_policy: PasswordPolicySchema }),
  choice('reset_password', sendFields),
  choice('verify_email', { ...sendFields, need_email: v.optional(v.boolean()) }),
  choice('magiclink', { ...sendFields, need_email: v.optional(v.boolean()) }),
  choice('provisional_enrollment', sendFields),
  choice('email_otp', { sent: v.boolean(), enrollment: v.boolean(), resend_time: v.optional(time), need_email: v.optional(v.boolean()) }),
  choice('sms_otp', { sent: v.boolean(), enrollment: v.boolean(), resend_time: v.optional(time), need_phone: v.optional(v.boolean()) }),
  choice('totp', {
    enrollment: v.boolean(),
    totp_secret: v.optional(
      v.object({ qr_image: v.pipe(v.string(), v.regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)), secret: id(/^[A-Z2-7]+=*$/) }),
    ),
  }),
  choice('social', { enrollment: v.boolean(), social_provider: v.picklist(SOCIAL_PROVIDERS), state: id(FORMATS.callbackState), redirect_uri: url }),
  choice('saml', {
    enrollment: v.boolean(),
    provider_id: id(FORMATS.samlProvider),
    provider_name: v.string(),
    state: id(FORMATS.callbackState),
    redirect_uri: v.optional(url),
    idp_init_flow: v.optional(v.boolean()),
  }),
  choice('passkey', {
    enrollment: v.boolean(),
    started: v.boolean(),
    discovery: v.optional(v.boolean()),
    local_only: v.optional(v.boolean()),
    authentication: v.optional(webAuthnOptions),
    registration: v.optional(webAuthnOptions),
  }),
  choice('captcha', { site_key: v.pipe(v.string(), v.minLength(1)) }),
  choice('agreements', { agreements: v.record(v.string(), AgreementInfoSchema) }),
  choice('profile', { fields: v.array(ProfileFieldSchema) }),
  choice('oauth_consent', {
    scopes: v.array(v.looseObject({ name: v.string(), display_name: v.optional(v.string()), description: v.string() })),
  }),
]);

/**
 * §4 FlowResult. The OAS says `additionalProperties: false`, but the service sends the newer
 * fields listed there (and the spec says to tolerate more): a loose object.
 */
export const FlowResultSchema = v.looseObject({
  flow_id: id(FORMATS.flow),
  flow_type: v.pipe(v.array(v.picklist(['signup', 'signin'])), v.minLength(1)),
  flow_phase: v.picklist(FLOW_PHASES),
  flow_choices: v.array(ChoiceSchema),
  email: v.optional(id(FORMATS.email)),
  disclaimer: v.optional(v.string()),
  username_format: v.optional(v.picklist(['email', 'string', 'phone'])),
  username: v.optional(id(FORMATS.username)),
  phone: v.optional(id(FORMATS.phone)),
  conditional_mfa: v.optional(v.object({ strict_mode: v.boolean(), lifetime: v.number() })),
  remember_user: v.optional(v.string()),
});
