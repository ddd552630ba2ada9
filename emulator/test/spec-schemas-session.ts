import * as v from 'valibot';
import { FORMATS, id, time } from './spec-schemas-formats.js';

/*
 * The spec's results made of tokens (`flow/complete`, the token check, the session endpoints) and
 * JWKS, from the spec alone like the rest of spec-schemas.ts.
 */

/** §3 enums. */
const TOKEN_TYPES = ['client', 'service', 'service_account', 'service_account_client', 'service_account_pangea', 'session', 'user'] as const;

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
