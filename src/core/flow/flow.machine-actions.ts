import { assign, enqueueActions } from 'xstate';
import { flowAfter, initialContext, pendingShownOf, withoutSamlTicket, type EventOf } from './flow.context.js';
import type { FlowContext, FlowEvent, FlowPending, FlowStateName } from './flow.types.js';

/** `assign` for the flow's context and events, outside `setup` (which would infer them). */
const flowAssign = assign<FlowContext, FlowEvent, undefined, FlowEvent, never>;

const pendingOf = ({ operation, choice, background }: EventOf<'api.requested'>): FlowPending => ({
  operation,
  choice,
  background: background === true,
});

/** The flow machine's actions by name (flow.machine.ts): every change of its context. */
export const machineActions = {
  askHost: flowAssign({ actionSeq: ({ context }) => context.actionSeq + 1 }),
  assignPending: flowAssign(({ context, event }) => {
    const requested = event as EventOf<'api.requested'>;
    return {
      pending: pendingOf(requested),
      deferred: null,
      error: null,
      failedOperation: null,
      identifier: requested.identifier ?? context.identifier,
      // Said until the user acts: a call they did not ask for (a background one) leaves it.
      notice: requested.operation === 'start' || requested.background === true ? context.notice : null,
      callbackError: false,
    };
  }),
  /** The first screen's `flow/start`: the user did not ask for it, so the form stays theirs. */
  assignOpeningPending: flowAssign(({ event }) => ({ pending: { ...pendingOf(event as EventOf<'api.requested'>), background: true } })),
  /** A call that leaves the screen as it is, its error included: a state read, or the `flow/complete` of a held answer. */
  assignCallPending: flowAssign(({ event }) => ({ pending: pendingOf(event as EventOf<'api.requested'>) })),
  clearPending: flowAssign({ pending: null }),
  assignFlow: flowAssign(({ context, event }) => flowAfter(context, event as EventOf<'api.responded'>)),
  /**
   * Holds an answer that completes the flow: the context stays as the screen shows it (the step,
   * its call) until `flow/complete` answers, so that screen renders nothing new meanwhile.
   */
  holdConclusion: assign<FlowContext, FlowEvent, FlowStateName, FlowEvent, never>(({ context, event }, shown: FlowStateName) => ({
    concluding: {
      settled: flowAfter(context, event as EventOf<'api.responded'>),
      shown: { state: shown, pending: pendingShownOf(shown, context.pending, context.deferred) },
    },
    pending: null,
  })),
  /** Leaving `concluding`: the held answer is taken, as the request of the call would have. */
  settleConclusion: flowAssign(({ context }) => ({
    ...context.concluding?.settled,
    concluding: null,
    error: null,
    failedOperation: null,
    notice: null,
    callbackError: false,
  })),
  defer: flowAssign(({ context, event }) => {
    const deferred = event as EventOf<'user.submit' | 'user.chooseMethod'>;
    return {
      deferred: { intent: deferred.type === 'user.submit' ? ('submit' as const) : ('chooseMethod' as const), choice: deferred.choice },
      // Kept as a call's would be: a failed start then starts again with it, and the form shows it.
      identifier: ('identifier' in deferred ? deferred.identifier : undefined) ?? context.identifier,
    };
  }),
  /**
   * The background call answered: what the user did meanwhile happens now, in the state that
   * answer led to (after `routing`), which may refuse it as it would have refused it then.
   */
  replayDeferred: enqueueActions<FlowContext, FlowEvent, undefined, FlowEvent, never, never, never, never, never>(({ context, enqueue }) => {
    const deferred = context.deferred;
    if (deferred !== null) {
      enqueue.assign({ deferred: null });
      const { intent, choice } = deferred;
      enqueue.raise(intent === 'submit' ? { type: 'user.submit', choice } : { type: 'user.chooseMethod', choice });
    }
  }),
  clearResume: flowAssign({ resume: null }),
  /**
   * An answer the kit cannot explain (`isUnrecognizedError`), or the server's refusal of a
   * callback's update (a spent code, another account): whether the call took effect is unknown,
   * so a state read (`flow/update` with `""`) finds out. A callback's (no flow on screen yet)
   * keeps its refusal to show on the step the read finds.
   */
  assignRecovery: flowAssign(({ context, event }) => {
    const failed = event as EventOf<'api.failed'>;
    const flowId = context.flow?.flowId ?? context.resume?.flowId ?? failed.flowId ?? '';
    return {
      error: failed.error,
      failedOperation: failed.operation,
      pending: null,
      callbackError: context.flow === null,
      resume: { flowId, choice: '' as const, data: {} },
    };
  }),
  assignError: flowAssign(({ event }) => {
    const failed = event as EventOf<'api.failed'>;
    return { error: failed.error, failedOperation: failed.operation, pending: null };
  }),
  assignSelectedChoice: flowAssign({
    selectedChoice: ({ event }) => (event as EventOf<'user.chooseMethod'>).choice,
  }),
  clearSelectedChoice: flowAssign({ selectedChoice: null, error: null }),
  // A method picked from another step (a passkey button beside the identifier): a new step, so
  // the last step's error stays behind.
  pickMethod: flowAssign({
    selectedChoice: ({ event }) => (event as EventOf<'user.chooseMethod'>).choice,
    error: null,
  }),
  // The gone flow stays (until the new one answers) so its step stays mounted with what the user
  // typed in it, password included: the fault matrix (test/proof) found it emptied.
  markRestarted: flowAssign(({ context }) => ({
    // A flow gone while coming back from a link or provider (none on screen yet) has no identifier to keep.
    notice: context.flow === null ? ('callback-expired' as const) : ('flow-restarted' as const),
    resume: null,
  })),
  resetFlow: flowAssign(({ context }) => ({
    // An invitation or a SAML ticket names the user too: starting over is for another identifier.
    ...initialContext({
      start: { ...withoutSamlTicket(context.start), email: undefined, username: undefined, invitation: undefined },
      usernameFormat: context.usernameFormat,
    }),
    actionSeq: context.actionSeq,
  })),
};
