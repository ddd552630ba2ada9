import * as v from 'valibot';

/**
 * Run-time schemas for what the AuthN API sends (research/authn-flow-api.md §1, §4–§8).
 * Objects are loose: a newer server may add fields, and we keep them rather than fail.
 * Known choices are checked strictly enough to render them safely; unknown choices pass
 * through untouched so the kit can skip them (see parse-flow-result.ts).
 */

const optionalString = v.optional(v.string());
const optionalBoolean = v.optional(v.boolean());
const optionalNumber = v.optional(v.number());

export const FlowTypeSchema = v.picklist(['signup', 'signin', 'one_time']);

export const FieldErrorSchema = v.looseObject({
  code: v.string(),
  detail: v.string(),
  source: v.string(),
  path: optionalString,
});

/** Both naming schemes of the policy (§5 PasswordPolicy): `chars_min` and `password_chars_min`. */
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

const requiredFor = v.optional(v.array(v.string()));

const sentData = {
  sent: optionalBoolean,
  resend_time: optionalString,
  state: optionalString,
  need_email: optionalBoolean,
};

/** The `data` schema of every choice the kit knows, by choice name. */
export const choiceDataSchemas = {
  set_email: v.looseObject({ required_for: requiredFor }),
  set_username: v.looseObject({ required_for: requiredFor }),
  set_phone: v.looseObject({ required_for: requiredFor }),
  password: v.looseObject({
    enrollment: optionalBoolean,
    password_policy: v.optional(PasswordPolicySchema),
    need_email: optionalBoolean,
  }),
  set_password: v.looseObject({
    enrollment: optionalBoolean,
    password_policy: v.optional(PasswordPolicySchema),
  }),
  reset_password: v.looseObject(sentData),
  verify_email: v.looseObject(sentData),
  magiclink: v.looseObject(sentData),
  provisional_enrollment: v.looseObject(sentData),
  email_otp: v.looseObject({ ...sentData, enrollment: optionalBoolean }),
  sms_otp: v.looseObject({
    sent: optionalBoolean,
    enrollment: optionalBoolean,
    resend_time: optionalString,
    need_phone: optionalBoolean,
  }),
  totp: v.looseObject({
    enrollment: optionalBoolean,
    totp_secret: v.optional(v.looseObject({ qr_image: v.string(), secret: v.string() })),
  }),
  social: v.looseObject({
    enrollment: optionalBoolean,
    social_provider: v.string(),
    state: v.string(),
    redirect_uri: v.string(),
  }),
  saml: v.looseObject({
    enrollment: optionalBoolean,
    provider_id: v.string(),
    provider_name: v.string(),
    state: v.string(),
    redirect_uri: optionalString,
    idp_init_flow: optionalBoolean,
  }),
  passkey: v.looseObject({
    enrollment: optionalBoolean,
    started: optionalBoolean,
    discovery: optionalBoolean,
    local_only: optionalBoolean,
    authentication: v.optional(v.looseObject({ publicKey: v.looseObject({}) })),
    registration: v.optional(v.looseObject({ publicKey: v.looseObject({}) })),
  }),
  captcha: v.looseObject({ site_key: v.string() }),
  agreements: v.looseObject({
    agreements: v.record(
      v.string(),
      v.looseObject({
        type: v.string(),
        id: v.string(),
        name: v.string(),
        text: v.string(),
        active: optionalBoolean,
        created_at: optionalString,
        updated_at: optionalString,
        published_at: optionalString,
      }),
    ),
  }),
  profile: v.looseObject({
    fields: v.array(
      v.looseObject({
        id: v.string(),
        name: optionalString,
        label: optionalString,
        type: optionalString,
        required: optionalBoolean,
        show_on_signup: optionalBoolean,
        builtin: optionalBoolean,
        display_disabled: optionalBoolean,
      }),
    ),
  }),
  oauth_consent: v.looseObject({
    scopes: v.array(
      v.looseObject({ name: v.string(), display_name: optionalString, description: optionalString }),
    ),
  }),
} as const;

export const RawFlowChoiceSchema = v.looseObject({
  choice: v.string(),
  data: v.optional(v.unknown()),
});

export const RawFlowResultSchema = v.looseObject({
  flow_id: v.string(),
  flow_type: v.array(v.string()),
  flow_phase: v.string(),
  flow_choices: v.array(RawFlowChoiceSchema),
  email: optionalString,
  username: optionalString,
  phone: optionalString,
  username_format: optionalString,
  disclaimer: optionalString,
  remember_user: optionalString,
  conditional_mfa: v.optional(v.looseObject({ strict_mode: optionalBoolean, lifetime: optionalNumber })),
});

export const TokenInfoSchema = v.looseObject({
  id: v.string(),
  type: v.string(),
  life: v.number(),
  expire: v.string(),
  identity: v.string(),
  email: v.string(),
  profile: v.record(v.string(), v.string()),
  created_at: v.string(),
  enabled: optionalBoolean,
  scopes: v.optional(v.nullable(v.array(v.string()))),
});

export const TokenCredsSchema = v.looseObject({ ...TokenInfoSchema.entries, token: v.string() });

export const FlowCompleteResultSchema = v.looseObject({
  refresh_token: TokenCredsSchema,
  active_token: v.optional(TokenCredsSchema),
});

/** `client/userinfo` and `client/session/refresh`: a session's token pair (§2). */
export const SessionTokensSchema = v.looseObject({
  refresh_token: TokenCredsSchema,
  active_token: v.optional(TokenCredsSchema),
});

/** `client/jwks`: the project's public signing keys. Key fields vary by `kty`, so only these are checked. */
export const JwksSchema = v.looseObject({
  keys: v.array(
    v.looseObject({ kty: v.string(), kid: optionalString, alg: optionalString, use: optionalString }),
  ),
});

/** `client/session/logout`: an empty object; a missing or null result is tolerated too. */
export const EmptyResultSchema = v.nullish(v.looseObject({}));

export const EnvelopeSchema = v.looseObject({
  request_id: optionalString,
  request_time: optionalString,
  response_time: optionalString,
  status: v.string(),
  summary: v.optional(v.string(), ''),
  result: v.optional(v.unknown()),
});

export const ValidationErrorResultSchema = v.looseObject({
  errors: v.array(FieldErrorSchema),
});
