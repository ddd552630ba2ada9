import type { PrimaryMethod, SamlProviderConfig, SocialProvider } from './config/types.js';
import type { EngineContext } from './context.js';
import { contactEmail, contactPhone } from './flow-user.js';
import { secondaryMethods } from './phases.js';
import type { AuthType, FlowRecord, SendChoice, UserRecord } from './records.js';
import type { WirePhase } from './wire-types.js';

/**
 * A choice the flow offers now, before it is rendered to its wire data (render-offer.ts). Settling
 * a flow prepares what the offers need (states, codes, TOTP secrets); rendering only reads.
 */
export type Offer =
  | { choice: 'set_email'; requiredFor: AuthType[] }
  | { choice: 'set_username'; requiredFor: AuthType[] }
  | { choice: 'set_phone' }
  | { choice: 'password'; enrollment: boolean }
  | { choice: 'set_password' }
  | { [C in SendChoice]: { choice: C; enrollment: boolean } }[SendChoice]
  | { choice: 'totp'; enrollment: boolean }
  | { choice: 'passkey'; enrollment: boolean; discovery: boolean }
  | { choice: 'social'; provider: SocialProvider; enrollment: boolean }
  | { choice: 'saml'; provider: SamlProviderConfig; enrollment: boolean; idpInitiated: boolean }
  | { choice: 'captcha' }
  | { choice: 'profile' }
  | { choice: 'agreements' }
  | { choice: 'oauth_consent' };

export type OfferOf<C extends Offer['choice']> = Extract<Offer, { choice: C }>;

/** The offers of `phase`, in the order they are listed in `flow_choices`. */
export function offersFor(ctx: EngineContext, flow: FlowRecord, user: UserRecord | undefined, phase: WirePhase): Offer[] {
  switch (phase) {
    case 'phase_primary':
      return primaryOffers(ctx, flow, user);
    case 'phase_captcha':
      return [{ choice: 'captcha' }];
    case 'phase_profile':
      return [{ choice: 'profile' }];
    case 'phase_verify_email':
      return [{ choice: 'verify_email', enrollment: false }];
    case 'phase_set_password':
      return [{ choice: 'set_password' }];
    case 'phase_secondary':
      return user ? secondaryOffers(ctx, flow, user) : [];
    case 'phase_agreements':
      return [{ choice: 'agreements' }];
    case 'phase_oauth_consent':
      return [{ choice: 'oauth_consent' }];
    case 'phase_completed':
      return [];
    default:
      return phase satisfies never;
  }
}

function primaryOffers(ctx: EngineContext, flow: FlowRecord, user: UserRecord | undefined): Offer[] {
  const { config } = ctx;
  if (flow.kind === null || !user) {
    return identifyOffers(ctx, flow);
  }
  if (user.provisional && !flow.provisionalVerified) {
    return [{ choice: 'provisional_enrollment', enrollment: false }];
  }
  if (flow.kind === 'signup' || user.provisional) {
    const offers: Offer[] = config.primaries.map((method) => ({ choice: method, enrollment: true }));
    if (config.primaries.includes('sms_otp') && contactPhone(flow, user) === null) {
      offers.push({ choice: 'set_phone' });
    }
    if (config.passkey.enabled) {
      offers.push({ choice: 'passkey', enrollment: true, discovery: false });
    }
    return [...offers, ...providerOffers(ctx, flow, true)];
  }
  return [...signInOffers(ctx, user), ...providerOffers(ctx, flow, false)];
}

/** Before the user is known: the identifier field, plus the ways that identify on their own. */
function identifyOffers(ctx: EngineContext, flow: FlowRecord): Offer[] {
  const { config } = ctx;
  const requiredFor: AuthType[] = [...config.primaries];
  const offers: Offer[] = [
    { choice: config.usernameFormat === 'email' ? 'set_email' : 'set_username', requiredFor },
  ];
  if (config.passkey.enabled && flow.kinds.includes('signin')) {
    offers.push({ choice: 'passkey', enrollment: false, discovery: true });
  }
  return [...offers, ...providerOffers(ctx, flow, flow.kinds.includes('signup'))];
}

/** A known user: the enabled methods the account can use; `reset_password` goes with `password`. */
function signInOffers(ctx: EngineContext, user: UserRecord): Offer[] {
  const { config } = ctx;
  const usable: Record<PrimaryMethod, boolean> = {
    password: user.passwordHash !== null,
    email_otp: user.email !== null,
    sms_otp: user.phone !== null,
    magiclink: user.email !== null,
    totp: user.totp !== null,
  };
  const offers: Offer[] = [];
  for (const method of config.primaries) {
    if (!usable[method]) {
      continue;
    }
    offers.push({ choice: method, enrollment: false });
    if (method === 'password' && user.email !== null) {
      offers.push({ choice: 'reset_password', enrollment: false });
    }
  }
  if (config.passkey.enabled && user.passkeys.length > 0) {
    offers.push({ choice: 'passkey', enrollment: false, discovery: false });
  }
  return offers;
}

/** A flow started with an IdP-initiated ticket shows its provider's `saml` offer as such (saml-idp.ts). */
function providerOffers(ctx: EngineContext, flow: FlowRecord, enrollment: boolean): Offer[] {
  const idpProvider = flow.samlIdp?.providerId;
  return [
    ...ctx.config.socialProviders.map((provider): Offer => ({ choice: 'social', provider, enrollment })),
    ...ctx.config.samlProviders.map(
      (provider): Offer => ({ choice: 'saml', provider, enrollment, idpInitiated: provider.id === idpProvider }),
    ),
  ];
}

function secondaryOffers(ctx: EngineContext, flow: FlowRecord, user: UserRecord): Offer[] {
  const offers: Offer[] = secondaryMethods(ctx, flow, user).map(({ method, enrollment }) => ({
    choice: method,
    enrollment,
  }));
  if (offers.some((offer) => offer.choice === 'sms_otp') && contactPhone(flow, user) === null) {
    offers.push({ choice: 'set_phone' });
  }
  return offers;
}

/** Whether an email-needing offer still lacks the email (`need_email: true`). */
export function needsEmail(flow: FlowRecord, user: UserRecord | undefined): boolean {
  return contactEmail(flow, user) === null;
}

export function needsPhone(flow: FlowRecord, user: UserRecord | undefined): boolean {
  return contactPhone(flow, user) === null;
}

/** The key of a social or SAML offer in `flow.providerStates`. */
export function providerKey(offer: OfferOf<'social'> | OfferOf<'saml'>): string {
  return offer.choice === 'social' ? `social:${offer.provider}` : `saml:${offer.provider.id}`;
}
