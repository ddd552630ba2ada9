import * as v from 'valibot';
import type { EngineContext } from '../context.js';
import { failValidation } from '../failures.js';
import type { OfferOf } from '../offers.js';
import type { FlowRecord } from '../records.js';
import { claimSamlIdpTicket } from '../saml-idp.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import { acceptProviderCallback, providerPageUrl } from './provider-login.js';
import type { ChoiceCall } from './types.js';

const SamlData = v.strictObject({
  provider_id: v.string(),
  provider_name: v.string(),
  uri: v.optional(v.string()),
  idp_flow_state: v.optional(v.string()),
});

/**
 * `flow/update saml {provider_id, provider_name, uri}` with the callback URL the fake IdP page
 * redirected to, or `{provider_id, provider_name, idp_flow_state}` for an IdP-initiated sign-in
 * (saml-idp.ts).
 */
export function updateSaml({ ctx, flow, view, data }: ChoiceCall): void {
  const input = parseOrFail(SamlData, data, '/data');
  const offer = view.offers.find(
    (candidate): candidate is OfferOf<'saml'> => candidate.choice === 'saml' && candidate.provider.id === input.provider_id,
  );
  if (!offer) {
    return failValidation([
      { code: 'ProviderDisabled', source: '/data/provider_id', detail: `${input.provider_id} is not enabled` },
    ]);
  }
  if (input.idp_flow_state !== undefined) {
    return claimSamlIdpTicket(ctx, flow, view, offer, input.idp_flow_state);
  }
  if (input.uri === undefined) {
    return failValidation([{ code: 'FieldRequired', source: '/data/uri', detail: 'data.uri is required' }]);
  }
  const key = `saml:${offer.provider.id}`;
  acceptProviderCallback(ctx, flow, view, { key, proof: 'saml', choice: 'saml' }, input.uri);
}

/** An IdP-initiated offer has nowhere to send the user: the IdP has already answered. */
export function renderSaml(ctx: EngineContext, flow: FlowRecord, offer: OfferOf<'saml'>): WireChoice {
  const state = flow.providerStates[`saml:${offer.provider.id}`] ?? '';
  if (offer.idpInitiated) {
    const { id: provider_id, name: provider_name } = offer.provider;
    return { choice: 'saml', data: { enrollment: offer.enrollment, provider_id, provider_name, state, idp_init_flow: true } };
  }
  return {
    choice: 'saml',
    data: {
      enrollment: offer.enrollment,
      provider_id: offer.provider.id,
      provider_name: offer.provider.name,
      state,
      redirect_uri: providerPageUrl(ctx, flow, `saml/${offer.provider.id}`, state),
    },
  };
}
