import { and, assign, not, setup } from 'xstate';
import type { FlowStartRequest } from '../api/wire.js';
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
import { identifierAfter } from './flow.identifier.js';
import { isUnrecognizedError } from './flow.issues.js';
import type { FlowContext, FlowEvent, FlowInput, FlowTag } from './flow.types.js';

type EventOf<T extends FlowEvent['type']> = Extract<FlowEvent, { type: T }>;

/** The start request without its one-time SAML ticket, spent by the start that answered. */
function withoutSamlTicket({ samlIdpInitiatedTicket: _spent, ...start }: FlowStartRequest): FlowStartRequest {
  return start;
}

function initialContext(input: FlowInput | undefined): FlowContext {
  return {
    start: input?.start ?? {},
    flow: null,
    selectedChoice: null,
    pending: null,
    error: null,
    failedOperation: null,
    identifier: undefined,
    actionSeq: 0,
    notice: null,
    resume: input?.resume ?? null,
    callbackRefused: input?.resume === undefined ? (input?.callbackRefused ?? null) : null,
    callbackError: false,
  };
}

/**
 * The sign-up / sign-in flow as a pure machine: no network, no timers. The mutations report
 * `api.*` facts; states ask the host for `start` and `complete` through `actionSeq`
 * (see flow.selectors.ts `action`). Form values never enter the context.
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
        return event.result.flowId === context.flow?.flowId;
      }
      if (event.type === 'api.failed' || event.type === 'api.completed') {
        return event.flowId === undefined || event.flowId === context.flow?.flowId;
      }
      return false;
    },
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
        error: null,
        failedOperation: null,
        identifier: requested.identifier ?? context.identifier,
        notice: requested.operation === 'start' ? context.notice : null,
        callbackError: false,
      };
    }),
    /** The poll after a refused callback: the refusal stays, to be shown on the step it finds. */
    assignRecoveryPending: assign(({ event }) => {
      const requested = event as EventOf<'api.requested'>;
      return { pending: { operation: requested.operation, choice: requested.choice, background: false } };
    }),
    assignFlow: assign(({ context, event }) => {
      const { result, operation } = event as EventOf<'api.responded'>;
      return {
        flow: result,
        pending: null,
        error: null,
        callbackError: false,
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
    }),
    assignRecoveredFlow: assign(({ context, event }) => {
      const { result } = event as EventOf<'api.responded'>;
      return {
        flow: result,
        pending: null,
        resume: null,
        identifier: identifierAfter(result, context.identifier),
      };
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
        'api.requested': { guard: 'isResumeRequest', actions: 'assignPending' },
        'api.responded': { guard: 'isResumeAnswer', target: 'routing', actions: ['assignFlow', 'clearResume'] },
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
        'api.requested': { guard: 'isResumeRequest', actions: 'assignRecoveryPending' },
        'api.responded': [
          { guard: and(['isResumeAnswer', 'isDoneAfterFailedComplete']), target: 'failed', actions: 'assignRecoveredFlow' },
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
        'api.responded': { guard: 'isStartResponse', target: 'routing', actions: 'assignFlow' },
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
            'api.requested': [
              { guard: 'isUpdateRequest', target: 'submitting', actions: 'assignPending' },
              { guard: 'isRestartRequest', target: '#authnFlow.restart', actions: 'assignPending' },
            ],
          },
        },
        submitting: {
          tags: 'busy',
          on: {
            'api.responded': { guard: 'isCurrentFlow', target: '#authnFlow.routing', actions: 'assignFlow' },
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
    /** A `flow/restart` in flight: a resend, or a choice such as "Forgot password?". */
    restart: {
      tags: 'busy',
      on: {
        'api.responded': { guard: 'isCurrentFlow', target: 'routing', actions: 'assignFlow' },
        'api.failed': [
          { guard: not('isCurrentFlow') },
          { guard: 'isExpired', target: 'expired', actions: 'assignError' },
          { guard: 'isFatal', target: 'failed', actions: 'assignError' },
          { guard: 'isUnrecognized', target: 'recovering', actions: 'assignRecovery' },
          { target: 'routing', actions: 'assignError' },
        ],
      },
    },
    /** The flow reached `phase_completed`: the host calls `flow/complete`. */
    completing: {
      tags: 'busy',
      entry: 'askHost',
      on: {
        'api.requested': { guard: 'isCompleteRequest', actions: 'assignPending' },
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
