import type { FlowChoiceName } from './choice-names.js';
import type { EngineContext } from './context.js';
import { failValidation } from './failures.js';
import { flowUser } from './flow-user.js';
import { offersFor, type Offer, type OfferOf } from './offers.js';
import { phaseOf } from './phases.js';
import type { FlowRecord, UserRecord } from './records.js';
import type { WirePhase } from './wire-types.js';

/** A flow as the client sees it now: its user, its phase and what it offers. */
export interface FlowView {
  user: UserRecord | undefined;
  phase: WirePhase;
  offers: Offer[];
}

export function viewFlow(ctx: EngineContext, flow: FlowRecord): FlowView {
  const user = flowUser(ctx, flow);
  const phase = phaseOf(ctx, flow, user);
  return { user, phase, offers: offersFor(ctx, flow, user, phase) };
}

/** The first offer of `choice`: the choice was checked as offered before its handler runs. */
export function offerOf<C extends Offer['choice']>(view: FlowView, choice: C): OfferOf<C> {
  const offer = view.offers.find((candidate): candidate is OfferOf<C> => candidate.choice === choice);
  if (!offer) {
    return notOffered(choice);
  }
  return offer;
}

export function isOffered(view: FlowView, choice: FlowChoiceName): boolean {
  return view.offers.some((offer) => offer.choice === choice);
}

export function notOffered(choice: FlowChoiceName, verb = 'updated'): never {
  return failValidation([
    {
      code: 'BadState',
      source: '/choice',
      detail: `The choice "${choice}" cannot be ${verb} in the current phase of this flow`,
    },
  ]);
}

/** Marks the phase the choice belongs to as passed. */
export function passStep(flow: FlowRecord, view: FlowView, proof: NonNullable<FlowRecord['proof']>): void {
  if (view.phase === 'phase_primary') {
    flow.proof = proof;
  } else if (view.phase === 'phase_secondary') {
    flow.secondaryDone = true;
  }
}
