import * as v from 'valibot';

/**
 * The response schemas of research/authn-flow-api.md, written from the spec alone (not from the
 * kit's or the emulator's own types), so that the spec test checks the emulator against the
 * document. Section numbers refer to that file.
 */

/** §3 ID formats. `[a-z2-7]{32}` is lowercase base32. */
export const FORMATS = {
  flow: /^pfl_[a-z2-7]{32}$/,
  request: /^prq_[a-z2-7]{32}$/,
  callbackState: /^[a-zA-Z0-9_\-+/=.]{8,999}$/,
  /** The emulator's callback states are `pcb_…` ids, which the generic pattern above also admits. */
  pcb: /^pcb_[a-z2-7]{32}$/,
  ticket: /^p[a-z][a-z2]_[a-z2-7]{32}$/,
  token: /^p(ti|tr|ts|tu|cl)_[a-z2-7]{32}$/,
  refreshToken: /^ptr_[a-z2-7]{32}$/,
  userToken: /^ptu_[a-z2-7]{32}$/,
  tokenId: /^pmt_[a-z2-7]{32}$/,
  identity: /^pui_[a-z2-7]{32}$/,
  agreement: /^peu_[a-z2-7]{32}$/,
  /** The spec gives only the prefix; the client sends it and the service echoes it. */
  clientId: /^psa_[a-z2-7]+$/,
  samlProvider: /^pss_[a-z2-7]{32}$/,
  email: /^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$/,
  username: /^[0-9a-zA-Z+._+@-]{2,320}$/,
  /** E.164: the spec names the format (`phone-E164-format`); its example adds dashes the emulator drops. */
  phone: /^\+[1-9]\d{6,14}$/,
  isoTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  base64url: /^[A-Za-z0-9_-]+$/,
} as const;

const id = (pattern: RegExp) => v.pipe(v.string(), v.regex(pattern));
const time = id(FORMATS.isoTime);
const url = v.pipe(v.string(), v.url());

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
const TOKEN_TYPES = ['client', 'service', 'service_account', 'service_account_client', 'service_account_pangea', 'session', 'user'] as const;

/** §8, the validation `code` enum. */
export const VALIDATION_CODES = [
  'FieldRequired', 'InvalidString', 'InvalidNumber', 'InvalidInteger', 'InvalidObject', 'InvalidArray', 'InvalidNull', 'InvalidBool',
  'BadFormat', 'BadFormatPangeaDuration', 'BadFormatDateTime', 'BadFormatTime', 'BadFormatDate', 'BadFormatEmail',
  'BadFormatHostname', 'BadFormatIPv4', 'BadFormatIPv6', 'BadFormatIPAddress', 'BadFormatUUID', 'BadFormatURI',
  'BadFormatURIReference', 'BadFormatIRI', 'BadFormatIRIReference', 'BadFormatJSONPointer', 'BadFormatRelativeJSONPointer',
  'BadFormatRegex', 'BadFormatJSONPath', 'BadFormatBase64',
  'DoesNotMatchPattern', 'DoesNotMatchPatternProperties', 'NotEnumMember', 'AboveMaxLength', 'BelowMinLength', 'AboveMaxItems',
  'BelowMinItems', 'NotMultipleOf', 'NotWithinRange', 'UnexpectedProperty', 'InvalidPropertyName', 'AboveMaxProperties',
  'BelowMinProperties', 'NotContains', 'ContainsTooMany', 'ContainsTooFew', 'ItemNotUnique', 'UnexpectedAdditionalItem',
  'InvalidConst', 'IsDependentOn', 'IsTooBig', 'IsTooSmall', 'ShouldNotBeValid', 'NoUnevaluatedItems', 'NoUnevaluatedProperties',
  'DoesNotExist', 'IsReadOnly', 'CannotAddToDefault', 'MustProvideOne', 'MutuallyExclusive', 'BadState', 'InaccessibleURI',
  'ProviderDisabled', 'ConfigProjectMismatch', 'ConfigServiceMismatch', 'ConfigNotExist',
] as const;

/** §1: the envelope around every answer. */
export const EnvelopeSchema = v.strictObject({
  request_id: id(FORMATS.request),
  request_time: time,
  response_time: time,
  status: v.pipe(v.string(), v.minLength(1)),
  summary: v.string(),
  result: v.unknown(),
});

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

/** §6 TokenInfoCreds, and §7's token check result, which is the same without `token`. */
const tokenInfoEntries = {
  id: id(FORMATS.tokenId),
  type: v.picklist(TOKEN_TYPES),
  life: v.pipe(v.number(), v.gtValue(0)),
  expire: time,
  identity: id(FORMATS.identity),
  email: id(FORMATS.email),
  profile: v.record(v.string(), v.string()),
  created_at: time,
  enabled: v.optional(v.boolean()),
  scopes: v.optional(v.array(v.string())),
  audience: v.optional(v.nullable(v.array(v.string()))),
  client_id: v.optional(id(FORMATS.clientId)),
  claims: v.optional(v.record(v.string(), v.unknown())),
  intelligence: v.optional(v.record(v.string(), v.unknown())),
};
const tokenCreds = (type: 'user' | 'session', pattern: RegExp) =>
  v.strictObject({ ...tokenInfoEntries, token: id(pattern), type: v.literal(type) });
export const ActiveTokenSchema = tokenCreds('user', FORMATS.userToken);
export const RefreshTokenSchema = tokenCreds('session', FORMATS.refreshToken);
export const TokenCheckResultSchema = v.strictObject({ ...tokenInfoEntries, token: v.optional(id(FORMATS.token)) });

/** §6 FlowCompleteResult. */
export const CompleteResultSchema = v.strictObject({
  refresh_token: RefreshTokenSchema,
  active_token: v.optional(ActiveTokenSchema),
  client_id: v.optional(id(FORMATS.clientId)),
  scope: v.optional(v.string()),
  oauth2_code_challenge: v.optional(v.string()),
  oauth2_code_challenge_method: v.optional(v.string()),
  oauth2_nonce: v.optional(v.string()),
  oauth_response_types: v.optional(v.nullable(v.array(v.picklist(['code', 'token', 'id_token'])))),
  oauth2_redirect_uri: v.optional(v.string()),
  oauth2_state: v.optional(v.string()),
});

/** §2: `client/userinfo` and `client/session/refresh`. */
export const SessionPairSchema = v.strictObject({ refresh_token: RefreshTokenSchema, active_token: v.optional(ActiveTokenSchema) });

/** §2: `client/session/logout`, `invalidate` and `password/change` (OAS `authn-empty`). */
export const EmptyResultSchema = v.strictObject({});

/** §2: `client/session/list`, OAS `authn-session-info-nocreds` entries (its `requred` typo read as meant). */
const { enabled: _enabled, audience: _audience, client_id: _clientId, claims: _claims, intelligence: _intelligence, ...sessionEntries } = tokenInfoEntries;
export const SessionListResultSchema = v.strictObject({
  sessions: v.array(v.strictObject({ ...sessionEntries, active_token: v.optional(v.strictObject(tokenInfoEntries)) })),
  last: v.optional(v.pipe(v.string(), v.minLength(1))),
});

/** §2: `client/jwks`, e.g. EC P-256 ES256 with `kid "pvi_…|1"`. */
export const JwksResultSchema = v.strictObject({
  keys: v.pipe(
    v.array(
      v.strictObject({
        kty: v.literal('EC'),
        crv: v.literal('P-256'),
        x: id(FORMATS.base64url),
        y: id(FORMATS.base64url),
        kid: id(/^pvi_[a-z2-7]{32}\|\d+$/),
        alg: v.literal('ES256'),
        use: v.literal('sig'),
      }),
    ),
    v.minLength(1),
  ),
});

/** §8: the `result` of a ValidationError; `source` is a JSON pointer. */
export const ValidationErrorResultSchema = v.strictObject({
  errors: v.pipe(
    v.array(
      v.strictObject({
        code: v.picklist(VALIDATION_CODES),
        detail: v.pipe(v.string(), v.minLength(1)),
        source: id(/^(\/([^~/]|~[01])*)*$/),
        path: v.optional(v.string()),
      }),
    ),
    v.minLength(1),
  ),
});

/** The result schema a successful answer of each endpoint must match (§2). */
export const SUCCESS_RESULTS: Readonly<Record<string, v.GenericSchema>> = {
  '/v2/flow/start': FlowResultSchema,
  '/v2/flow/update': FlowResultSchema,
  '/v2/flow/restart': FlowResultSchema,
  '/v2/flow/complete': CompleteResultSchema,
  '/v2/client/token/check': TokenCheckResultSchema,
  '/v2/client/userinfo': SessionPairSchema,
  '/v2/client/session/refresh': SessionPairSchema,
  '/v2/client/session/logout': EmptyResultSchema,
  '/v2/client/session/list': SessionListResultSchema,
  '/v2/client/session/invalidate': EmptyResultSchema,
  '/v2/client/password/change': EmptyResultSchema,
  '/v2/client/jwks': JwksResultSchema,
};

/**
 * What is wrong with one answer of a `/v2` endpoint by the spec (empty if nothing): the envelope,
 * then the result the endpoint and status call for. The test helpers run it on every answer of
 * the suite; spec-responses.test.ts runs it on the recorded journeys.
 */
export function specIssues(path: string, httpStatus: number, body: unknown): string[] {
  const issues = (schema: v.GenericSchema, value: unknown, where: string) =>
    v.safeParse(schema, value).issues?.map((issue) => `${where}${v.getDotPath(issue) ?? ''}: ${issue.message}`) ?? [];
  const envelope = v.safeParse(EnvelopeSchema, body);
  if (!envelope.success) {
    return issues(EnvelopeSchema, body, 'envelope.');
  }
  const { status, result } = envelope.output;
  if (status === 'Success') {
    const schema = SUCCESS_RESULTS[path];
    if (!schema) {
      return [`${path} is not an endpoint of the spec, yet it succeeded`];
    }
    return [...issues(schema, result, 'result.'), ...(httpStatus === 200 ? [] : [`HTTP ${httpStatus} for a success`])];
  }
  if (status === 'ValidationError') {
    return [...issues(ValidationErrorResultSchema, result, 'result.'), ...(httpStatus === 400 ? [] : [`HTTP ${httpStatus} for a ValidationError`])];
  }
  return [...(result === null ? [] : ['result: not null for a failure']), ...(httpStatus >= 400 ? [] : [`HTTP ${httpStatus} for ${status}`])];
}
