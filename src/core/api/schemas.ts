import * as v from 'valibot';
import {
  asNumber,
  asString,
  field,
  isRecord,
  listOf,
  optionalBoolean,
  optionalField,
  optionalString,
  optionalStrings,
  readWith,
  requiredString,
  strings,
  text,
} from './lenient.js';

/**
 * Run-time schemas for what the AuthN API sends (research/authn-flow-api.md §1, §4–§8). They read
 * what they can and keep the rest (a newer server may add fields): `null` is absent, a value of the
 * wrong type reads as absent or as its default. Only what the kit cannot act without fails an
 * answer: a flow's `flow_id` and `flow_phase`, a session's `refresh_token.token`.
 * The choices' own data: choice-schemas.ts.
 */

export { choiceDataSchemas, PasswordPolicySchema, type OAuthScope } from './choice-schemas.js';

export const FieldErrorSchema = v.looseObject({
  code: text,
  detail: text,
  source: text,
  path: optionalString,
});

export const RawFlowChoiceSchema = v.looseObject({
  choice: v.string(),
  data: v.optional(v.unknown()),
});

/** What `parseFlowResult` reads of a flow answer; fields it does not read (`remember_user`, …) pass as they come. */
export const RawFlowResultSchema = v.looseObject({
  flow_id: requiredString,
  flow_phase: requiredString,
  /** Absent or `null`: none (the result is still usable, and lists no flow types). */
  flow_type: strings,
  /** An entry without a `choice` name is dropped. */
  flow_choices: field(listOf(readWith(RawFlowChoiceSchema)), () => []),
  email: optionalString,
  username: optionalString,
  phone: optionalString,
  username_format: optionalString,
  disclaimer: optionalString,
});

/**
 * A user profile: a map of strings (OAS `authn-user-profile`). Numbers and booleans are written
 * as strings, as the service stores them (research §5 "profile"); other values are dropped.
 */
function profileOf(value: unknown): Record<string, string> {
  const profile: Record<string, string> = {};
  for (const [key, entry] of Object.entries(isRecord(value) ? value : {})) {
    if (typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean') {
      profile[key] = String(entry);
    }
  }
  return profile;
}

/**
 * A token's information. Every field has a value: `""` (or `0`, `{}`) when not sent, e.g. `email`
 * on a project whose users sign in with a username. A successful token check is usable as it is.
 */
const tokenInfoEntries = {
  id: text,
  type: text,
  /** Seconds left when the server answered; `0` when not sent (then `expire` is what counts). */
  life: field(asNumber, () => 0),
  expire: text,
  identity: text,
  email: text,
  profile: field(profileOf, () => ({})),
  created_at: text,
  enabled: optionalBoolean,
  /** Absent or `null`: no scopes were sent. */
  scopes: optionalStrings,
};

export const TokenInfoSchema = v.looseObject(tokenInfoEntries);

/** A token with its credentials: only the `token` itself is needed to use it. */
export const TokenCredsSchema = v.looseObject({ ...tokenInfoEntries, token: requiredString });

const sessionEntries = {
  refresh_token: TokenCredsSchema,
  /** Absent, `null` or without a usable `token`: none (the session refreshes to get one). */
  active_token: optionalField(readWith(TokenCredsSchema)),
};

/** `client/userinfo` and `client/session/refresh`: a session's token pair (§2). */
export const SessionTokensSchema = v.looseObject(sessionEntries);

/** `flow/complete` (OAS `authn-flow-complete-info`): the pair, and the OAuth fields of an OAuth client's flow. */
export const FlowCompleteResultSchema = v.looseObject({
  ...sessionEntries,
  client_id: optionalString,
  /** Space-separated scopes (OAS `authn-oauth-scope`). */
  scope: optionalString,
  oauth2_code_challenge: optionalString,
  oauth2_code_challenge_method: optionalString,
  oauth2_nonce: optionalString,
  /** `code`, `token`, `id_token`; a `null` entry is dropped. */
  oauth_response_types: optionalStrings,
  oauth2_redirect_uri: optionalString,
  oauth2_state: optionalString,
});

/** `client/jwks`: the project's public signing keys. Key fields vary by `kty`; a key without one is dropped. */
export const JwksSchema = v.looseObject({
  keys: field(
    listOf(readWith(v.looseObject({ kty: v.string(), kid: optionalString, alg: optionalString, use: optionalString }))),
    () => [],
  ),
});

/**
 * `client/session/list`: one session (OAS `authn-session-info-nocreds`), read as a token's info.
 * An entry without an `id` is dropped: it could not be invalidated.
 */
export const SessionInfoSchema = v.looseObject({
  ...tokenInfoEntries,
  id: requiredString,
  /** Absent, `null` or unreadable: none (the session has no live active token). */
  active_token: optionalField(readWith(TokenInfoSchema)),
});

/** `client/session/list`. `last` is absent on the last page; Go's unset `""` reads as absent too. */
export const SessionListSchema = v.looseObject({
  sessions: field(listOf(readWith(SessionInfoSchema)), () => []),
  last: optionalField((value) => asString(value) || undefined),
});

/** `client/session/logout`, `invalidate` and `password/change`: an empty object; a missing or null result is tolerated too. */
export const EmptyResultSchema = v.nullish(v.looseObject({}));

export const EnvelopeSchema = v.looseObject({
  request_id: optionalString,
  request_time: optionalString,
  response_time: optionalString,
  status: v.string(),
  summary: text,
  result: v.optional(v.unknown()),
});

export const ValidationErrorResultSchema = v.looseObject({
  errors: field(listOf(readWith(FieldErrorSchema)), () => []),
});
