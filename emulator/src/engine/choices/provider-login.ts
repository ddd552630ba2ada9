import type { EngineContext } from '../context.js';
import { fail, failValidation } from '../failures.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import { passStep, type FlowView } from '../flow-view.js';
import type { FlowRecord } from '../records.js';
import { normalizeEmail } from '../users.js';
import { identify, signInAs } from './identify.js';

/**
 * The return from a fake provider page (`/__emulator/social/<provider>`, `/__emulator/saml/<id>`):
 * `uri` is the callback URL, carrying the flow's `state` for the provider and a one-time `code`
 * the page minted for an email, which acceptProviderEmail then takes.
 */
export function acceptProviderCallback(
  ctx: EngineContext,
  flow: FlowRecord,
  view: FlowView,
  provider: { key: string; proof: 'social' | 'saml'; choice: 'social' | 'saml' },
  uri: string,
): void {
  const source = '/data/uri';
  const url = URL.canParse(uri) ? new URL(uri) : undefined;
  const state = url?.searchParams.get('state');
  const code = url?.searchParams.get('code');
  if (!state || !code) {
    return failValidation([
      { code: 'BadFormatURI', source, detail: 'data.uri must be the callback URL, with state and code' },
    ]);
  }
  if (state !== flow.providerStates[provider.key]) {
    failValidation([{ code: 'BadState', source, detail: 'The state in data.uri does not belong to this flow' }]);
  }
  const ticket = ctx.store.getTicket(code);
  if (!ticket || ticket.kind !== 'provider_code' || ticket.provider !== provider.key || ticket.state !== state) {
    return fail({ status: 'AuthenticationFailure' });
  }
  if (ticket.used) {
    fail({ status: 'CodeAlreadyUsed' });
  }
  if (ctx.now() >= ticket.expiresAt) {
    fail({ status: 'MfaCodeExpired' });
  }
  acceptProviderEmail(ctx, flow, view, provider, ticket.email, source);
  ctx.store.putTicket({ ...ticket, used: true });
  flow.consumed = [...flow.consumed, { choice: provider.choice, code }].slice(-50);
}

/**
 * A provider vouched for `email` (a callback, or an IdP-initiated SAML ticket). Before
 * identification it names the user (sign-in if the email has an account, else sign-up); after,
 * the email must be the account's. It passes the phase and links the provider to the account.
 */
export function acceptProviderEmail(
  ctx: EngineContext,
  flow: FlowRecord,
  view: FlowView,
  provider: { key: string; proof: 'social' | 'saml' },
  vouched: string,
  source: string,
): void {
  const email = normalizeEmail(vouched);
  if (flow.kind === null) {
    const known = ctx.store.getUserByEmail(email);
    if (known) {
      signInAs(ctx, flow, known, source);
    } else {
      identify(ctx, flow, providerUsername(ctx, email, source), source, { email, emailVerified: true });
    }
  }
  const user = requireFlowUser(ctx, flow);
  if (user.email !== null && user.email !== email) {
    failValidation([{ code: 'BadState', source, detail: 'The provider account has another email than this account' }]);
  }
  const linked = user.linked.includes(provider.key) ? user.linked : [...user.linked, provider.key];
  saveFlowUser(ctx, flow, { ...user, email, emailVerified: true, linked });
  passStep(flow, view, provider.proof);
}

/** A provider only tells the email; a `phone` project cannot name a new user by it. */
function providerUsername(ctx: EngineContext, email: string, source: string): string {
  if (ctx.config.usernameFormat === 'phone') {
    return failValidation([
      { code: 'BadState', source, detail: 'This project names users by phone number: sign up with one first' },
    ]);
  }
  return email;
}

/** The provider page link of an offer: `<emulator>/__emulator/<kind>/<id>?redirect_uri=<cb_uri>&state=…`. */
export function providerPageUrl(ctx: EngineContext, flow: FlowRecord, path: string, state: string): string {
  const base = ctx.config.publicUrl?.replace(/\/+$/, '') ?? flow.apiBase;
  const url = new URL(`${base}/__emulator/${path}`);
  url.searchParams.set('redirect_uri', flow.cbUri ?? 'http://localhost');
  url.searchParams.set('state', state);
  return url.toString();
}
