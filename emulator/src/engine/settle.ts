import { newTotpEnrollment } from './choices/totp.js';
import type { EngineContext } from './context.js';
import { failValidation } from './failures.js';
import { saveFlowUser } from './flow-user.js';
import { viewFlow, type FlowView } from './flow-view.js';
import { newId } from './ids.js';
import { providerKey } from './offers.js';
import { isBeforeUserCreation } from './phases.js';
import type { FlowRecord, UserRecord } from './records.js';
import { newSendState } from './sends.js';

/**
 * Brings a changed flow to rest before it is saved and shown:
 * - `phase_create_user`: a sign-up past captcha and profile stores its user;
 * - an account that passed `phase_primary` is no longer provisional;
 * - per-stage state is dropped when the stage changed;
 * - whatever the offers show is made: callback states, TOTP secrets.
 * Rendering then only reads, so two renders of one saved flow are identical.
 */
export function settle(ctx: EngineContext, flow: FlowRecord): void {
  let view = viewFlow(ctx, flow);
  if (flow.draft && !isBeforeUserCreation(view.phase)) {
    createUser(ctx, flow, flow.draft);
    view = viewFlow(ctx, flow);
  }
  if (view.user?.provisional && flow.proof !== null) {
    saveFlowUser(ctx, flow, { ...view.user, provisional: false });
    view = viewFlow(ctx, flow);
  }
  const stage = `${view.phase}:${flow.kind ?? 'unnamed'}:${flow.provisionalVerified ? 'verified' : '-'}`;
  if (stage !== flow.stage) {
    flow.stage = stage;
    flow.sends = {};
    flow.passkey = null;
    flow.totpEnrollment = null;
  }
  prepareOffers(ctx, flow, view);
}

function prepareOffers(ctx: EngineContext, flow: FlowRecord, view: FlowView): void {
  for (const offer of view.offers) {
    switch (offer.choice) {
      case 'email_otp':
      case 'sms_otp':
      case 'verify_email':
      case 'magiclink':
      case 'reset_password':
      case 'provisional_enrollment':
        flow.sends[offer.choice] ??= newSendState(ctx);
        break;
      case 'totp':
        if (offer.enrollment && view.user) {
          flow.totpEnrollment ??= newTotpEnrollment(ctx, view.user);
        }
        break;
      case 'social':
      case 'saml':
        prepareProviderState(ctx, flow, providerKey(offer));
        break;
      case 'set_email':
      case 'set_username':
      case 'set_phone':
      case 'password':
      case 'set_password':
      case 'passkey':
      case 'captcha':
      case 'profile':
      case 'agreements':
      case 'oauth_consent':
        break;
      default:
        offer satisfies never;
    }
  }
}

/** The offer's callback `state`, indexed so that the provider page can find the flow's `cb_uri`. */
function prepareProviderState(ctx: EngineContext, flow: FlowRecord, provider: string): void {
  if (flow.providerStates[provider] !== undefined) {
    return;
  }
  const state = newId('pcb', ctx.random);
  flow.providerStates[provider] = state;
  ctx.store.putTicket({ kind: 'provider_state', id: state, provider, flowId: flow.id, createdAt: ctx.now(), expiresAt: flow.expiresAt });
}

/** `phase_create_user`: the draft becomes an account, unless another flow took its name meanwhile. */
function createUser(ctx: EngineContext, flow: FlowRecord, draft: UserRecord): void {
  const taken =
    ctx.store.getUserByUsername(draft.username) ?? (draft.email === null ? undefined : ctx.store.getUserByEmail(draft.email));
  if (taken) {
    failValidation([{ code: 'BadState', source: '/choice', detail: 'An account with this email already exists' }]);
  }
  ctx.store.putUser(draft);
  flow.draft = null;
  if (flow.invitation !== null) {
    const ticket = ctx.store.getTicket(flow.invitation);
    if (ticket?.kind === 'invitation') {
      ctx.store.putTicket({ ...ticket, used: true });
    }
  }
}
