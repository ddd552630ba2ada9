import type * as v from 'valibot';
import type {
  choiceDataSchemas,
  FieldErrorSchema,
  FlowCompleteResultSchema,
  JwksSchema,
  OAuthScope,
  PasswordPolicySchema,
  SessionInfoSchema,
  SessionListSchema,
  SessionTokensSchema,
  TokenCredsSchema,
  TokenInfoSchema,
} from './schemas.js';

/** Wire types of the AuthN flow API v2 (research/authn-flow-api.md). */

export type FlowType = 'signup' | 'signin' | 'one_time';

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
  'phase_one_time',
  'phase_completed',
] as const;

/** A phase the kit knows, or any other string a newer server may send. */
export type FlowPhase = (typeof FLOW_PHASES)[number] | (string & {});

export type KnownChoiceName = keyof typeof choiceDataSchemas;

/** Every value of `choice` in `flow/update`; `""` asks for the current state. */
export type FlowChoiceName = KnownChoiceName | '';

export type UsernameFormat = 'email' | 'string' | 'phone';

export type PasswordPolicy = v.InferOutput<typeof PasswordPolicySchema>;

export type ChoiceData<C extends KnownChoiceName> = v.InferOutput<(typeof choiceDataSchemas)[C]>;

/** One entry of `flow_choices`, discriminated by `choice`. */
export type FlowChoice = { [C in KnownChoiceName]: { choice: C; data: ChoiceData<C> } }[KnownChoiceName];

/**
 * A choice the kit does not render: one this version does not know (kept so an app's step can be
 * added for it), or one it knows whose data cannot be used (`unavailable`, e.g. a `social` choice
 * without its `redirect_uri`). Either way the phase's other choices and "Start over" stay.
 */
export type UnknownFlowChoice =
  | { choice: string; data: unknown; unavailable?: undefined; reason?: undefined }
  | {
      choice: KnownChoiceName;
      /** The data as the server sent it. */
      data: unknown;
      unavailable: true;
      /** What is missing, for logs: `"no usable redirect_uri"`. */
      reason: string;
    };

export type { OAuthScope };

export interface FlowResult {
  flowId: string;
  flowType: FlowType[];
  phase: FlowPhase;
  choices: FlowChoice[];
  unknownChoices: UnknownFlowChoice[];
  email?: string;
  username?: string;
  phone?: string;
  usernameFormat: UsernameFormat;
  disclaimer?: string;
}

export type FieldError = v.InferOutput<typeof FieldErrorSchema>;
export type TokenInfo = v.InferOutput<typeof TokenInfoSchema>;
export type TokenCreds = v.InferOutput<typeof TokenCredsSchema>;
export type FlowCompleteResult = v.InferOutput<typeof FlowCompleteResultSchema>;
/** The token pair of `client/userinfo` and `client/session/refresh` (and `flow/complete`). */
export type SessionTokens = v.InferOutput<typeof SessionTokensSchema>;
export type JsonWebKeySet = v.InferOutput<typeof JwksSchema>;
/** One session of `client/session/list`: its `id` is what `client/session/invalidate` takes. */
export type SessionInfo = v.InferOutput<typeof SessionInfoSchema>;
/** A page of `client/session/list`; `last`, when there, asks for the next page. */
export type SessionList = v.InferOutput<typeof SessionListSchema>;

/** The fields `client/session/list` orders by (OAS `authn-filter-tokens` `order_by`). */
export type SessionOrderField = 'id' | 'created_at' | 'type' | 'identity' | 'email' | 'expire' | 'active_token_id';

/**
 * `client/session/list`'s request besides the token (OAS `authn-filter-tokens`). `filter` is sent
 * as it is: its keys are the OAS's, e.g. `{ email: "…" }`, `{ created_at__gte: "…" }`,
 * `{ id__in: ["pmt_…"] }`, `{ profile_country__exists: true }`.
 */
export interface SessionListRequest {
  filter?: Readonly<Record<string, string | boolean | readonly string[]>>;
  /** The `last` of the previous page. */
  last?: string;
  order?: 'asc' | 'desc';
  orderBy?: SessionOrderField;
  /** The most sessions in the page (at least 1). */
  size?: number;
}

export interface FlowStartRequest {
  email?: string;
  username?: string;
  cbUri?: string;
  flowTypes?: ('signup' | 'signin')[];
  invitation?: string;
  /** The ticket an IdP-initiated SAML sign-in lands with (OAS flow/start `saml_idp_initiated_ticket`). */
  samlIdpInitiatedTicket?: string;
}

/** The request body shapes the kit sends with `flow/update`, per choice (§5 "update"). */
export interface FlowUpdateData {
  '': Record<string, never>;
  set_email: { email: string };
  set_username: { username: string };
  set_phone: { phone: string };
  password: { password: string; email?: string };
  set_password: { password: string };
  reset_password: { state: string; code: string } | Record<string, never>;
  verify_email: { state: string; code: string } | Record<string, never>;
  magiclink: { state: string; code: string };
  provisional_enrollment: { state: string; code: string };
  email_otp: { code: string };
  sms_otp: { code: string };
  totp: { code: string };
  social: { social_provider: string; uri: string };
  saml: { provider_id: string; provider_name: string; uri?: string; idp_flow_state?: string };
  passkey: { authentication: unknown } | { registration: unknown };
  captcha: { code: string };
  agreements: { agreed: string[] };
  profile: { profile: Record<string, string> };
  oauth_consent: { scope_selections: { scope: string; is_allowed: boolean }[] };
}

/** The request body shapes of `flow/restart`, per choice (§5 "restart"). */
export interface FlowRestartData {
  email_otp: { email?: string };
  sms_otp: { phone?: string };
  totp: Record<string, never>;
  passkey: Record<string, never>;
  verify_email: { email?: string };
  reset_password: { email?: string };
  magiclink: { email?: string };
  provisional_enrollment: { email?: string };
}

export type RestartChoiceName = keyof FlowRestartData;
