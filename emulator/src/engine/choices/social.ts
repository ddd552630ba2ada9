import * as v from 'valibot';
import type { SocialProvider } from '../config/types.js';
import { SOCIAL_PROVIDERS } from '../config/types.js';
import type { EngineContext } from '../context.js';
import { failValidation } from '../failures.js';
import type { OfferOf } from '../offers.js';
import type { FlowRecord } from '../records.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import { acceptProviderCallback, providerPageUrl } from './provider-login.js';
import type { ChoiceCall } from './types.js';

const SocialData = v.strictObject({ social_provider: v.picklist(SOCIAL_PROVIDERS), uri: v.string() });

/** `flow/update social {social_provider, uri}` with the callback URL the provider page redirected to. */
export function updateSocial({ ctx, flow, view, data }: ChoiceCall): void {
  const input = parseOrFail(SocialData, data, '/data');
  if (!view.offers.some((offer) => offer.choice === 'social' && offer.provider === input.social_provider)) {
    failValidation([
      { code: 'ProviderDisabled', source: '/data/social_provider', detail: `${input.social_provider} is not enabled` },
    ]);
  }
  acceptProviderCallback(ctx, flow, view, socialProvider(input.social_provider), input.uri);
}

function socialProvider(provider: SocialProvider) {
  return { key: `social:${provider}`, proof: 'social', choice: 'social' } as const;
}

export function renderSocial(ctx: EngineContext, flow: FlowRecord, offer: OfferOf<'social'>): WireChoice {
  const state = flow.providerStates[`social:${offer.provider}`] ?? '';
  return {
    choice: 'social',
    data: {
      enrollment: offer.enrollment,
      social_provider: offer.provider,
      state,
      redirect_uri: providerPageUrl(ctx, flow, `social/${offer.provider}`, state),
    },
  };
}
