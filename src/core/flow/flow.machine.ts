import { and, assign, enqueueActions, not, setup } from 'xstate';
import {
  isExpiredError,
  isFatalError,
  isCompletedResult,
  needsMethodChoice,
  activeChoiceOf,
  hasOptionalStep,
  isOfferedMethod,
  isOutageError,
  isTransientError,
} from './flow.guards.js';
import { flowAfter, flowIdOf, initialContext, recoveredFlowAfter, SETTLES, withoutSamlTicket, type EventOf } from './flow.context.js';
import { isUnrecognizedError } from './flow.issues.js';
import type { FlowContext, FlowEvent, FlowInput, FlowStateName, FlowTag } from './flow.types.js';

/**
 * The sign-up / sign-in flow as a pure machine: no network, no timers. The mutations report
 * `api.*` facts; states ask the host for calls through `actionSeq` (flow.selectors.ts
 * `selectAction`), and the host's `api.requested` acknowledges each, so it is made once. Form
 * values never enter the context: a submit that waits for a background call is kept by the host.
 */
export const flowMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as FlowInput | undefined,
    tags: {} as FlowTag,
  },
  guards: {
    isStartRequest: ({ event }) => event.type === 'api.requested' && event.operation === 'start',
    isUpdateRequest: ({ event }) => event.type === 'api.requested' && event.operation === 'update',
    isRestartRequest: ({ event }) => event.type === 'api.requested' && event.operation === 'restart',
    isCompleteRequest: ({ event }) => event.type === 'api.requested' && event.operation === 'complete',
    // The machine is asking for a call and none is out: a second acknowledgement of it is refused.
    isAsking: ({ context }) => context.pending === null,
    hasResume: ({ context }) => context.resume !== null,
    isCallbackRefused: ({ context }) => context.callbackRefused !== null,
    isResumeRequest: ({ context, event }) =>
      event.type === 'api.requested' &&
      event.operation === 'update' &&
      event.flowId === context.resume?.flowId &&
      event.choice === context.resume?.choice,
    isResumeAnswer: ({ context, event }) => {
      if (event.type === 'api.responded') {
        return event.operation === 'update' && event.result.flowId === context.resume?.flowId;
      }
      return event.type === 'api.failed' && event.operation === 'update' && event.flowId === context.resume?.flowId;
    },
    isStartResponse: ({ event }) => event.type === 'api.responded' && event.operation === 'start',
    isStartFailure: ({ event }) => event.type === 'api.failed' && event.operation === 'start',
    isCurrentFlow: ({ context, event }) => {
      if (event.type === 'api.responded') {
        return event.result.flowId === flowIdOf(context);
      }
      if (event.type === 'api.failed' || event.type === 'api.completed') {
        return event.flowId === undefined || event.flowId === flowIdOf(context);
      }
      return false;
    },
    // The answer completes the flow: the host calls `flow/complete` while its step stays on screen.
    completesFlow: ({ event }) =>
      event.type === 'api.responded' && isCompletedResult(event.result) && !hasOptionalStep(event.result),
    // A call the user did not ask for: their submit or pick waits for it instead of being refused.
    isBackgroundCall: ({ context }) => context.pending?.background === true,
    isDeferredSubmitRequest: ({ context, event }) =>
      event.type === 'api.requested' && event.operation === 'update' && event.choice === context.deferred?.choice,
    isCompleted: ({ context }) =>
      context.flow !== null && isCompletedResult(context.flow) && !hasOptionalStep(context.flow),
    // Done but for an optional step: the user may skip it and complete the flow.
    canFinish: ({ context }) => context.flow !== null && isCompletedResult(context.flow),
    needsMethodChoice: ({ context }) => context.flow !== null && needsMethodChoice(context.flow, context.selectedChoice),
    isOfferedChoice: ({ context, event }) =>
      event.type === 'user.chooseMethod' && context.flow !== null && context.flow.choices.some((c) => c.choice === event.choice),
    isOfferedMethod: ({ context, event }) =>
      event.type === 'user.chooseMethod' && context.flow !== null && isOfferedMethod(context.flow, event.choice),
    canGoBack: ({ context }) =>
      context.flow !== null &&
      context.selectedChoice !== null &&
      activeChoiceOf(context.flow, null)?.choice !== context.selectedChoice,
    isExpired: ({ event }) => event.type === 'api.failed' && isExpiredError(event.error),
    isFatal: ({ event }) => event.type === 'api.failed' && isFatalError(event.error),
    isTransient: ({ event }) => event.type === 'api.failed' && isTransientError(event.error),
    isUnrecognized: ({ event }) => event.type === 'api.failed' && isUnrecognizedError(event.error),
    isOutage: ({ event }) => event.type === 'api.failed' && isOutageError(event.error),
    failedWhileCompleting: ({ context }) => context.failedOperation === 'complete',
    // A state read for the flow on screen (not for a callback's, which has no flow yet).
    isReadForStep: ({ context }) => context.flow !== null && context.resume?.choice === '',
    // `flow/complete` failed, yet the flow reads as done: completing again at once could loop.
    isDoneAfterFailedComplete: ({ context, event }) =>
      event.type === 'api.responded' && context.failedOperation === 'complete' && isCompletedResult(event.result),
  },
  actions: {
    askHost: assign({ actionSeq: ({ context }) => context.actionSeq + 1 }),
    assignPending: assign(({ context, event }) => {
      const requested = event as EventOf<'api.requested'>;
      return {
        pending: { operation: requested.operation, choice: requested.choice, background: requested.background === true },
        deferred: null,
        error: null,
        failedOperation: null,
        identifier: requested.identifier ?? context.identifier,
        // Said until the user acts: a call they did not ask for (a background one) leaves it.
        notice: requested.operation === 'start' || requested.background === true ? context.notice : null,
        callbackError: false,
      };
    }),
    /** The poll after a refused callback: the refusal stays, to be shown on the step it finds. */
    assignRecoveryPending: assign(({ event }) => {
      const requested = event as EventOf<'api.requested'>;
      return { pending: { operation: requested.operation, choice: requested.choice, background: false } };
    }),
    assignFlow: assign(({ context, event }) => flowAfter(context, event as EventOf<'api.responded'>)),
    assignRecoveredFlow: assign(({ context, event }) => recoveredFlowAfter(context, event as EventOf<'api.responded'>)),
    /**
     * Holds an answer that completes the flow: the context stays as the screen shows it (the step,
     * its call) until `flow/complete` answers, so that screen renders nothing new meanwhile.
     */
    holdConclusion: assign(
      ({ context, event }, params: { shown: FlowStateName; settle: keyof typeof SETTLES }) => ({
        concluding: {
          settled: SETTLES[params.settle](context, event as EventOf<'api.responded'>),
          shown: { state: params.shown, pending: context.pending },
        },
        pending: null,
      }),
    ),
    /** The `flow/complete` call of a held answer: only the call changes, not what is on screen. */
    assignCompletePending: assign({ pending: { operation: 'complete' as const, choice: undefined, background: false } }),
    /** `flow/complete` answered: the held answer is taken, as the request of the call would have. */
    settleConclusion: assign(({ context }) => ({
      ...context.concluding?.settled,
      concluding: null,
      error: null,
      failedOperation: null,
      notice: null,
      callbackError: false,
    })),
    deferSubmit: assign({
      deferred: ({ event }) => ({ intent: 'submit' as const, choice: (event as EventOf<'user.submit'>).choice }),
    }),
    deferPick: assign({
      deferred: ({ event }) => ({ intent: 'chooseMethod' as const, choice: (event as EventOf<'user.chooseMethod'>).choice }),
    }),
    /**
     * The background call answered: what the user did meanwhile happens now, in the state that
     * answer led to (after `routing`), which may refuse it as it would have refused it then.
     */
    replayDeferred: enqueueActions(({ context, enqueue }) => {
      const deferred = context.deferred;
      if (deferred === null) {
        return;
      }
      enqueue.assign({ deferred: null });
      enqueue.raise(
        deferred.intent === 'submit'
          ? { type: 'user.submit', choice: deferred.choice }
          : { type: 'user.chooseMethod', choice: deferred.choice },
      );
    }),
    clearResume: assign({ resume: null }),
    /** The server refused the callback's update (a spent code, another account): poll instead. */
    assignCallbackRefusal: assign(({ context, event }) => {
      const failed = event as EventOf<'api.failed'>;
      const flowId = context.resume?.flowId ?? failed.flowId ?? '';
      return {
        error: failed.error,
        failedOperation: failed.operation,
        pending: null,
        callbackError: true,
        resume: { flowId, choice: '' as const, data: {} },
      };
    }),
    /**
     * An answer the kit cannot explain (`isUnrecognizedError`): whether the call took effect is
     * unknown, so a state read (`flow/update` with `""`) of the flow on screen finds out.
     */
    assignRecovery: assign(({ context, event }) => {
      const failed = event as EventOf<'api.failed'>;
      const flowId = context.flow?.flowId ?? failed.flowId ?? '';
      return {
        error: failed.error,
        failedOperation: failed.operation,
        pending: null,
        resume: { flowId, choice: '' as const, data: {} },
      };
    }),
    /** A callback's read that failed: "Try again" starts afresh, as the callback is spent. */
    clearCallbackResume: assign(({ context }) => ({ resume: context.flow === null ? null : context.resume })),
    assignError: assign(({ event }) => {
      const failed = event as EventOf<'api.failed'>;
      return { error: failed.error, failedOperation: failed.operation, pending: null };
    }),
    assignSelectedChoice: assign({
      selectedChoice: ({ event }) => (event as EventOf<'user.chooseMethod'>).choice,
    }),
    clearSelectedChoice: assign({ selectedChoice: null, error: null }),
    // A method picked from another step (a passkey button beside the identifier): a new step, so
    // the last step's error stays behind.
    pickMethod: assign({
      selectedChoice: ({ event }) => (event as EventOf<'user.chooseMethod'>).choice,
      error: null,
    }),
    // The gone flow stays (until the new one answers) so its step stays mounted with what the user
    // typed in it, password included: the fault matrix (test/proof) found it emptied.
    markRestarted: assign(({ context }) => ({
      // A flow gone while coming back from a link or provider (none on screen yet) has no identifier to keep.
      notice: context.flow === null ? ('callback-expired' as const) : ('flow-restarted' as const),
      resume: null,
    })),
    resetFlow: assign(({ context }) => ({
      // An invitation or a SAML ticket names the user too: starting over is for another identifier.
      ...initialContext({
        start: { ...withoutSamlTicket(context.start), email: undefined, username: undefined, invitation: undefined },
      }),
      actionSeq: context.actionSeq,
    })),
  },
}).createMachine({
  id: 'authnFlow',
  context: ({ input }) => initialContext(input),
  initial: 'idle',
  on: {
    'user.startOver': { target: '.idle', actions: 'resetFlow' },
  },
  states: {
    /** No flow yet: the host calls `flow/start`. */
    idle: {
      tags: 'busy',
      entry: 'askHost',
      always: [
        { guard: 'isCallbackRefused', target: 'refused' },
        { guard: 'hasResume', target: 'resuming' },
      ],
      on: { 'api.requested': { guard: 'isStartRequest', target: 'started', actions: 'assignPending' } },
    },
    /** Back from a provider or an emailed link: the host sends the update that resumes the flow. */
    resuming: {
      tags: 'busy',
      entry: 'askHost',
      on: {
        'api.requested': { guard: and(['isResumeRequest', 'isAsking']), actions: 'assignPending' },
        'api.responded': [
          {
            guard: and(['isResumeAnswer', 'completesFlow']),
            target: 'concluding',
            actions: { type: 'holdConclusion', params: { shown: 'resuming', settle: 'resumed' } },
          },
          { guard: 'isResumeAnswer', target: 'routing', actions: ['assignFlow', 'clearResume'] },
        ],
        'api.failed': [
          { guard: not('isResumeAnswer') },
          { guard: 'isExpired', target: 'expired', actions: 'assignError' },
          { guard: 'isFatal', target: 'failed', actions: ['assignError', 'clearResume'] },
          // Kept: "Try again" sends the same update, which the server has not seen.
          { guard: 'isTransient', target: 'failed', actions: 'assignError' },
          { target: 'recovering', actions: 'assignCallbackRefusal' },
        ],
      },
    },
    /**
     * A state read (`flow/update` with `""`) after an answer that left the flow's state unknown: a
     * refused callback, or a status the kit does not know. The flow's step shows the error; a flow
     * the read cannot find is gone, whatever status says so, and starts again.
     */
    recovering: {
      tags: 'busy',
      entry: 'askHost',
      on: {
        'api.requested': { guard: and(['isResumeRequest', 'isAsking']), actions: 'assignRecoveryPending' },
        'api.responded': [
          { guard: and(['isResumeAnswer', 'isDoneAfterFailedComplete']), target: 'failed', actions: 'assignRecoveredFlow' },
          {
            guard: and(['isResumeAnswer', 'completesFlow']),
            target: 'concluding',
            actions: { type: 'holdConclusion', params: { shown: 'recovering', settle: 'recovered' } },
          },
          { guard: 'isResumeAnswer', target: 'routing', actions: 'assignRecoveredFlow' },
        ],
        'api.failed': [
          { guard: not('isResumeAnswer') },
          { guard: 'isExpired', target: 'expired', actions: 'assignError' },
          { guard: 'isFatal', target: 'failed', actions: ['assignError', 'clearResume'] },
          // The connection or the service failed, not the flow: "Try again" reads the flow again.
          { guard: 'isOutage', target: 'failed', actions: ['assignError', 'clearCallbackResume'] },
          { target: 'expired', actions: 'assignError' },
        ],
      },
    },
    /** A callback this tab cannot match: say so, send nothing, offer to start over. */
    refused: {
      tags: 'interactive',
    },
    started: {
      tags: 'busy',
      on: {
        'api.responded': [
          {
            guard: and(['isStartResponse', 'completesFlow']),
            target: 'concluding',
            actions: { type: 'holdConclusion', params: { shown: 'started', settle: 'flow' } },
          },
          { guard: 'isStartResponse', target: 'routing', actions: 'assignFlow' },
        ],
        'api.failed': { guard: 'isStartFailure', target: 'failed', actions: 'assignError' },
      },
    },
    routing: {
      always: [
        { guard: 'isCompleted', target: 'completing' },
        { guard: 'needsMethodChoice', target: 'choice' },
        { target: 'update' },
      ],
    },
    choice: {
      tags: 'interactive',
      on: {
        'user.chooseMethod': { guard: 'isOfferedChoice', target: 'update', actions: 'assignSelectedChoice' },
        'user.submit': { target: 'update.deferred', actions: 'deferSubmit' },
        'api.requested': [
          { guard: 'isUpdateRequest', target: 'update.submitting', actions: 'assignPending' },
          { guard: 'isRestartRequest', target: 'restart', actions: 'assignPending' },
        ],
      },
    },
    update: {
      initial: 'ready',
      states: {
        ready: {
          tags: 'interactive',
          on: {
            // Only when idle: going back mid-call would drop the call's answer.
            'user.back': { guard: 'canGoBack', target: '#authnFlow.routing', actions: 'clearSelectedChoice' },
            'user.chooseMethod': { guard: 'isOfferedMethod', actions: 'pickMethod' },
            'user.finish': { guard: 'canFinish', target: '#authnFlow.completing' },
            // A submit that waited for a background call (`restart.deferring`).
            'user.submit': { target: 'deferred', actions: 'deferSubmit' },
            'api.requested': [
              { guard: 'isUpdateRequest', target: 'submitting', actions: 'assignPending' },
              { guard: 'isRestartRequest', target: '#authnFlow.restart', actions: 'assignPending' },
            ],
          },
        },
        /** A submit that waited for a background call, now due: the host sends it with the data it kept. */
        deferred: {
          tags: 'busy',
          entry: 'askHost',
          on: {
            'api.requested': { guard: 'isDeferredSubmitRequest', target: 'submitting', actions: 'assignPending' },
          },
        },
        submitting: {
          tags: 'busy',
          on: {
            'api.responded': [
              {
                guard: and(['isCurrentFlow', 'completesFlow']),
                target: '#authnFlow.concluding',
                actions: { type: 'holdConclusion', params: { shown: 'update', settle: 'flow' } },
              },
              { guard: 'isCurrentFlow', target: '#authnFlow.routing', actions: 'assignFlow' },
            ],
            'api.failed': [
              { guard: not('isCurrentFlow') },
              { guard: 'isExpired', target: '#authnFlow.expired', actions: 'assignError' },
              { guard: 'isFatal', target: '#authnFlow.failed', actions: 'assignError' },
              { guard: 'isUnrecognized', target: '#authnFlow.recovering', actions: 'assignRecovery' },
              // Routing again keeps the error and returns to the screen the call came from.
              { target: '#authnFlow.routing', actions: 'assignError' },
            ],
          },
        },
      },
    },
    /**
     * A `flow/restart` in flight: a resend, a choice such as "Forgot password?", or a call the user
     * did not ask for (`background`: the passkey autofill prepared on the identifier step).
     */
    restart: {
      tags: 'busy',
      initial: 'running',
      states: {
        running: {
          on: {
            'user.submit': { guard: 'isBackgroundCall', target: 'deferring', actions: 'deferSubmit' },
            'user.chooseMethod': { guard: 'isBackgroundCall', target: 'deferring', actions: 'deferPick' },
          },
        },
        /** A background call with the user's last submit or pick waiting for its answer (`deferred`). */
        deferring: {
          on: {
            'user.submit': { actions: 'deferSubmit' },
            'user.chooseMethod': { actions: 'deferPick' },
          },
        },
      },
      on: {
        'api.responded': [
          {
            guard: and(['isCurrentFlow', 'completesFlow']),
            target: 'concluding',
            actions: [{ type: 'holdConclusion', params: { shown: 'restart', settle: 'flow' } }, 'replayDeferred'],
          },
          { guard: 'isCurrentFlow', target: 'routing', actions: ['assignFlow', 'replayDeferred'] },
        ],
        'api.failed': [
          { guard: not('isCurrentFlow') },
          { guard: 'isExpired', target: 'expired', actions: ['assignError', 'replayDeferred'] },
          { guard: 'isFatal', target: 'failed', actions: ['assignError', 'replayDeferred'] },
          { guard: 'isUnrecognized', target: 'recovering', actions: ['assignRecovery', 'replayDeferred'] },
          { target: 'routing', actions: ['assignError', 'replayDeferred'] },
        ],
      },
    },
    /**
     * An answer completed the flow: the host calls `flow/complete`, while the screen stays as that
     * answer found it (`concluding.shown`, see flow.selectors.ts) until the call answers.
     */
    concluding: {
      tags: 'busy',
      entry: 'askHost',
      on: {
        'api.requested': { guard: and(['isCompleteRequest', 'isAsking']), actions: 'assignCompletePending' },
        'api.completed': { guard: 'isCurrentFlow', target: 'complete', actions: ['settleConclusion', assign({ pending: null })] },
        'api.failed': [
          { guard: not('isCurrentFlow') },
          { guard: 'isExpired', target: 'expired', actions: ['settleConclusion', 'assignError'] },
          { guard: 'isUnrecognized', target: 'recovering', actions: ['settleConclusion', 'assignRecovery'] },
          { target: 'failed', actions: ['settleConclusion', 'assignError'] },
        ],
      },
    },
    /** Completing a flow without an answer to hold: "Ask again later", or "Try again" after a failed completion. */
    completing: {
      tags: 'busy',
      entry: 'askHost',
      on: {
        'api.requested': { guard: and(['isCompleteRequest', 'isAsking']), actions: 'assignPending' },
        'api.completed': { guard: 'isCurrentFlow', target: 'complete', actions: assign({ pending: null }) },
        'api.failed': [
          { guard: not('isCurrentFlow') },
          { guard: 'isExpired', target: 'expired', actions: 'assignError' },
          { guard: 'isUnrecognized', target: 'recovering', actions: 'assignRecovery' },
          { target: 'failed', actions: 'assignError' },
        ],
      },
    },
    complete: {
      tags: 'terminal',
    },
    /** Nothing more can happen without the user: retry, or start over. */
    failed: {
      tags: 'interactive',
      on: {
        'user.retry': [
          { guard: 'isReadForStep', target: 'recovering' },
          { guard: 'failedWhileCompleting', target: 'completing' },
          { target: 'idle', actions: assign({ flow: null, error: null, failedOperation: null }) },
        ],
      },
    },
    /** The server forgot the flow: the host starts a new one with the same identifier. */
    expired: {
      tags: 'busy',
      entry: ['markRestarted', 'askHost'],
      on: { 'api.requested': { guard: 'isStartRequest', target: 'started', actions: 'assignPending' } },
    },
  },
});

export type FlowMachine = typeof flowMachine;
