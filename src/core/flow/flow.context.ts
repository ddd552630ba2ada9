/** How the flow machine's context starts, and what an answer changes in it (flow.machine.ts). */
import type { FlowStartRequest } from '../api/wire.js';
import { identifierAfter } from './flow.identifier.js';
import type { FlowConclusion, FlowContext, FlowDeferred, FlowEvent, FlowInput, FlowPending, FlowStateName } from './flow.types.js';

export type EventOf<T extends FlowEvent['type']> = Extract<FlowEvent, { type: T }>;

/** The start request without its one-time SAML ticket, spent by the start that answered. */
export function withoutSamlTicket({ samlIdpInitiatedTicket: _spent, ...start }: FlowStartRequest): FlowStartRequest {
  return start;
}

/** What an answer changes in the context: the flow, and the step it brings (or keeps) on screen. */
export function flowAfter(context: FlowContext, { result, operation }: EventOf<'api.responded'>): FlowConclusion['settled'] {
  // A state read (`recovering`) finds out what a call did: the step and its error stay.
  const read = context.resume?.choice === '';
  return {
    flow: result,
    pending: null,
    resume: null,
    error: read ? context.error : null,
    callbackError: read && context.callbackError,
    start: operation === 'start' ? withoutSamlTicket(context.start) : context.start,
    identifier: identifierAfter(result, context.identifier),
    // A restart (say "Forgot password?") brings its own step to the screen, unless the user
    // did not ask for it (a background call).
    // A start is a new flow: the step picked in an expired one routes afresh.
    selectedChoice:
      operation === 'restart' && context.pending?.background !== true
        ? (context.pending?.choice ?? null)
        : operation === 'start'
          ? null
          : context.selectedChoice,
  };
}

/**
 * The call a step takes to be in flight (`FlowView.pending`). A submit waiting for another call is,
 * to its step, its own. The first screen's `flow/start` is one the user did not ask for, from the
 * moment it is due.
 */
export function pendingShownOf(state: FlowStateName, pending: FlowPending | null, deferred: FlowDeferred | null): FlowPending | null {
  if (deferred?.intent === 'submit') {
    return { operation: 'update', choice: deferred.choice, background: false };
  }
  return state === 'opening' ? { operation: 'start', choice: undefined, background: true } : pending;
}

/** The flow the calls are for: the one an answer that completes it names, else the one on screen. */
export function flowIdOf(context: FlowContext): string | undefined {
  return context.concluding?.settled.flow.flowId ?? context.flow?.flowId;
}

export function initialContext(input: FlowInput | undefined): FlowContext {
  return {
    start: input?.start ?? {},
    flow: null,
    selectedChoice: null,
    pending: null,
    deferred: null,
    concluding: null,
    error: null,
    failedOperation: null,
    usernameFormat: input?.usernameFormat,
    identifier: undefined,
    actionSeq: 0,
    notice: null,
    resume: input?.resume ?? null,
    callbackRefused: input?.resume === undefined ? (input?.callbackRefused ?? null) : null,
    callbackError: false,
  };
}
