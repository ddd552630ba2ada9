import { ZERO_TIME } from './clock.js';
import type { WireChoice, WireFlowCompleteResult, WireFlowResult, WireSessionList, WireTokenInfo } from './wire-types.js';

/**
 * Loose-wire mode (`looseWire: true`, `--loose-wire`): each result in the loosest form the
 * service may legally send, as Go's encoding/json writes structs without `omitempty`: `null` for
 * every empty list or map and for every optional field the answer leaves out (the OAS's optional
 * fields too, where the emulator never fills them), scopes as the OAS's space-separated scope
 * strings. Booleans, numbers and present values stay as they are, and so does WebAuthn's own
 * JSON inside passkey options (the browser reads it, not the kit). The HTTP layer applies these
 * to every `/v2` success (routes.ts) and drops the envelope's `summary`, which the OAS does not
 * require either.
 */

/** A nil slice: `null` when empty. */
function list<T>(items: readonly T[] | undefined): T[] | null {
  return items === undefined || items.length === 0 ? null : [...items];
}

/** A nil map: `null` when empty. */
function map<T extends object>(value: T): T | null {
  return Object.keys(value).length === 0 ? null : value;
}

function optional<T>(value: T | undefined): T | null {
  return value ?? null;
}

/** The zero time the emulator shows for "not sent yet" is an unset time. */
function time(value: string | undefined): string | null {
  return value === undefined || value === ZERO_TIME ? null : value;
}

export function looseFlowResult(result: WireFlowResult): Record<string, unknown> {
  return {
    flow_id: result.flow_id,
    flow_type: list(result.flow_type),
    flow_phase: result.flow_phase,
    flow_choices: list(result.flow_choices.map((entry) => ({ choice: entry.choice, data: looseChoiceData(entry) }))),
    username_format: result.username_format,
    email: optional(result.email),
    username: optional(result.username),
    phone: optional(result.phone),
    disclaimer: optional(result.disclaimer),
  };
}

export function looseChoiceData(entry: WireChoice): Record<string, unknown> {
  switch (entry.choice) {
    case 'set_email':
    case 'set_username':
    case 'set_phone':
      return { required_for: list(entry.data.required_for) };
    case 'password':
      return { ...entry.data, need_email: optional(entry.data.need_email) };
    case 'set_password':
    case 'captcha':
    case 'social':
      return { ...entry.data };
    case 'reset_password':
    case 'provisional_enrollment':
      return { ...entry.data, resend_time: time(entry.data.resend_time) };
    case 'verify_email':
    case 'magiclink':
    case 'email_otp':
      return { ...entry.data, resend_time: time(entry.data.resend_time), need_email: optional(entry.data.need_email) };
    case 'sms_otp':
      return { ...entry.data, resend_time: time(entry.data.resend_time), need_phone: optional(entry.data.need_phone) };
    case 'totp':
      return { ...entry.data, totp_secret: optional(entry.data.totp_secret) };
    case 'passkey':
      return {
        ...entry.data,
        discovery: optional(entry.data.discovery),
        local_only: null,
        registration: optional(entry.data.registration),
        authentication: optional(entry.data.authentication),
      };
    case 'saml':
      return {
        ...entry.data,
        redirect_uri: optional(entry.data.redirect_uri),
        idp_init_flow: optional(entry.data.idp_init_flow),
      };
    case 'agreements':
      return { agreements: map(entry.data.agreements) };
    case 'profile':
      return { fields: list(entry.data.fields) };
    case 'oauth_consent':
      return { scopes: scopeStrings(entry.data.scopes.map((scope) => scope.name)) };
    default:
      return entry satisfies never;
  }
}

/** OAS `authn-oauth-scope`: one string of space-separated scopes, in a list. */
function scopeStrings(names: string[]): string[] | null {
  return names.length === 0 ? null : [names.join(' ')];
}

export function looseTokenInfo(info: WireTokenInfo): Record<string, unknown> {
  return {
    ...info,
    profile: map(info.profile),
    scopes: list(info.scopes),
    client_id: optional(info.client_id),
    audience: null,
    intelligence: null,
    claims: null,
  };
}

/** `client/userinfo` and `client/session/refresh` (OAS `authn-session-info-creds`). */
export function looseSessionResult(result: WireFlowCompleteResult): Record<string, unknown> {
  return { active_token: looseTokenInfo(result.active_token), refresh_token: looseTokenInfo(result.refresh_token) };
}

/** `flow/complete` (OAS `authn-flow-complete-info`): the session plus the OAuth server fields. */
export function looseCompleteResult(result: WireFlowCompleteResult): Record<string, unknown> {
  return {
    ...looseSessionResult(result),
    client_id: optional(result.client_id),
    scope: result.scope === undefined || result.scope === '' ? null : result.scope,
    oauth2_code_challenge: null,
    oauth2_code_challenge_method: null,
    oauth2_nonce: null,
    oauth_response_types: null,
    oauth2_redirect_uri: null,
    oauth2_state: null,
  };
}

/** `client/session/list` (OAS `authn-session-info-nocreds`, whose entries take no `audience` and the like). */
export function looseSessionList(result: WireSessionList): Record<string, unknown> {
  return {
    sessions: list(
      result.sessions.map((session) => ({
        ...session,
        profile: map(session.profile),
        scopes: list(session.scopes),
        active_token: session.active_token === undefined ? null : looseTokenInfo(session.active_token),
      })),
    ),
    last: optional(result.last),
  };
}

/** `client/session/logout`, `invalidate` and `password/change`: an empty result is no result. */
export function looseEmptyResult(): null {
  return null;
}
