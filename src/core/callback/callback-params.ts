/**
 * The query of a page the browser comes back to from a social or SAML provider, or from an
 * emailed link: `?state=pcb_…&code=poc_…` (research/authn-flow-api.md §3, §11).
 */

/** The patterns of spec §3: a callback `state` and its one-time `code`. */
const STATE_PATTERN = /^[a-zA-Z0-9_\-+/=.]{8,999}$/;
const CODE_PATTERN = /^[a-zA-Z0-9_-]{8,64}$/;

export interface CallbackParams {
  state: string;
  code: string;
  /** The whole URL, as `uri` for social and SAML updates. */
  href: string;
}

/** A page with no callback, a well-formed callback, or one the kit refuses to read. */
export type ParsedCallback = { kind: 'none' } | { kind: 'callback'; params: CallbackParams } | { kind: 'malformed' };

const CALLBACK_KEYS = ['state', 'code'] as const;

/** The URL `url` names, or `undefined` when it is not one. */
export function urlOf(url: string | URL): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Reads `state` and `code` from a URL. Either alone, or either out of pattern, is malformed. */
export function parseCallback(url: string | URL): ParsedCallback {
  const parsed = urlOf(url);
  if (parsed === undefined) {
    return { kind: 'none' };
  }
  const state = parsed.searchParams.get('state');
  const code = parsed.searchParams.get('code');
  if (state === null && code === null) {
    return { kind: 'none' };
  }
  if (state === null || code === null || !STATE_PATTERN.test(state) || !CODE_PATTERN.test(code)) {
    return { kind: 'malformed' };
  }
  return { kind: 'callback', params: { state, code, href: parsed.href } };
}

function stripParams(url: string | URL, keys: readonly string[]): string {
  const parsed = urlOf(url);
  if (parsed === undefined) {
    return String(url);
  }
  for (const key of keys) {
    parsed.searchParams.delete(key);
  }
  return parsed.href;
}

/** The URL without `state` and `code`, so a reload does not send a spent code again. */
export function stripCallbackParams(url: string | URL): string {
  return stripParams(url, CALLBACK_KEYS);
}

/**
 * Where an identity provider's own sign-in (IdP-initiated SAML) lands the user: the kit's page with
 * `?saml_idp_initiated_ticket=pxx_…`, the name `flow/start` gives the ticket (spec `flow/start`).
 */
export const SAML_TICKET_PARAM = 'saml_idp_initiated_ticket';

/** A one-time ticket (spec `authn-ticket-id`). */
const TICKET_PATTERN = /^p[a-z][a-z2]_[a-z2-7]{32}$/;

/** The IdP-initiated SAML ticket of a URL, or `undefined` when it has none of the ticket's shape. */
export function samlTicketOf(url: string | URL): string | undefined {
  const ticket = urlOf(url)?.searchParams.get(SAML_TICKET_PARAM) ?? null;
  return ticket !== null && TICKET_PATTERN.test(ticket) ? ticket : undefined;
}

/** The URL without its SAML ticket: the ticket is spent by the flow it starts. */
export function stripSamlTicket(url: string | URL): string {
  return stripParams(url, [SAML_TICKET_PARAM]);
}
