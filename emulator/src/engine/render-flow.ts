import type { EngineContext } from './context.js';
import { contactEmail, contactPhone } from './flow-user.js';
import { viewFlow } from './flow-view.js';
import type { FlowRecord } from './records.js';
import { renderOffer } from './render-offer.js';
import type { WireFlowResult } from './wire-types.js';

/** The flow as the API shows it (spec §4): phase, type, the choices offered now, and who it is about. */
export function renderFlow(ctx: EngineContext, flow: FlowRecord): WireFlowResult {
  const { config } = ctx;
  const view = viewFlow(ctx, flow);
  const result: WireFlowResult = {
    flow_id: flow.id,
    flow_type: flow.kind === null ? [...flow.kinds] : [flow.kind],
    flow_phase: view.phase,
    flow_choices: view.offers.map((offer) => renderOffer(ctx, flow, view.user, offer)),
    username_format: config.usernameFormat,
  };
  if (view.user) {
    const email = contactEmail(flow, view.user);
    const phone = contactPhone(flow, view.user);
    // Only an email project's results carry `email`: the spec does not promise it elsewhere, so a
    // username or phone project (named by `username`) proves the kit does not depend on it.
    if (config.usernameFormat === 'email' && email !== null) {
      result.email = email;
    }
    if (config.usernameFormat !== 'email') {
      result.username = view.user.username;
    }
    if (phone !== null) {
      result.phone = phone;
    }
  }
  if (config.disclaimer !== null) {
    result.disclaimer = config.disclaimer;
  }
  return result;
}
