import { acceptProviderEmail } from './choices/provider-login.js';
import type { EngineContext } from './context.js';
import { fail, failValidation } from './failures.js';
import type { FlowView } from './flow-view.js';
import type { OfferOf } from './offers.js';
import type { FlowRecord } from './records.js';

/**
 * IdP-initiated SAML sign-in. The IdP posts its assertion to the service, which keeps it as a
 * one-time ticket (here minted by `POST /__emulator/saml/idp-initiated`) and sends the browser to
 * the login page with it. `flow/start {saml_idp_initiated_ticket}` then offers that provider's
 * `saml` choice with `idp_init_flow: true` and a `state`, and `flow/update saml {provider_id,
 * provider_name, idp_flow_state: state}` signs in (or up) the asserted user, as Pangea's views do.
 */

const START_SOURCE = '/saml_idp_initiated_ticket';
const UPDATE_SOURCE = '/data/idp_flow_state';

/**
 * The ticket a flow starts with, or a ValidationError at `/saml_idp_initiated_ticket`: unknown →
 * `DoesNotExist`, used or past its lifetime → `BadState`, its provider no longer on →
 * `ProviderDisabled`. The ticket is spent when a flow claims it, not when one starts with it, so
 * a reloaded login page can start again.
 */
export function openSamlIdpTicket(ctx: EngineContext, id: string): NonNullable<FlowRecord['samlIdp']> {
  const ticket = ctx.store.getTicket(id);
  if (!ticket || ticket.kind !== 'saml_idp') {
    return failValidation([{ code: 'DoesNotExist', source: START_SOURCE, detail: 'No such IdP-initiated SAML ticket' }]);
  }
  if (ticket.used) {
    failValidation([{ code: 'BadState', source: START_SOURCE, detail: 'The ticket has been used' }]);
  }
  if (ctx.now() >= ticket.expiresAt) {
    failValidation([{ code: 'BadState', source: START_SOURCE, detail: 'The ticket has expired' }]);
  }
  if (!ctx.config.samlProviders.some((provider) => provider.id === ticket.providerId)) {
    failValidation([{ code: 'ProviderDisabled', source: START_SOURCE, detail: `${ticket.providerId} is not enabled` }]);
  }
  return { ticket: id, providerId: ticket.providerId };
}

/**
 * `flow/update saml {…, idp_flow_state}`: the state must be the one the flow's IdP-initiated offer
 * showed. The ticket's user is then taken as a provider callback's would be. A ticket another flow
 * claimed meanwhile is `CodeAlreadyUsed`, one past its lifetime `MfaCodeExpired` (as provider codes).
 */
export function claimSamlIdpTicket(
  ctx: EngineContext,
  flow: FlowRecord,
  view: FlowView,
  offer: OfferOf<'saml'>,
  state: string,
): void {
  const key = `saml:${offer.provider.id}`;
  if (!offer.idpInitiated || state !== flow.providerStates[key]) {
    failValidation([
      {
        code: 'BadState',
        source: UPDATE_SOURCE,
        detail: offer.idpInitiated
          ? 'idp_flow_state is not the state of this flow'
          : 'This flow was not started with an IdP-initiated ticket of this provider',
      },
    ]);
  }
  const ticket = flow.samlIdp ? ctx.store.getTicket(flow.samlIdp.ticket) : undefined;
  if (ticket?.kind !== 'saml_idp' || ctx.now() >= ticket.expiresAt) {
    return fail({ status: 'MfaCodeExpired' });
  }
  if (ticket.used) {
    fail({ status: 'CodeAlreadyUsed' });
  }
  acceptProviderEmail(ctx, flow, view, { key, proof: 'saml' }, ticket.email, UPDATE_SOURCE);
  ctx.store.putTicket({ ...ticket, used: true });
}
