import { assign, not, setup } from 'xstate';
import { isExpiredError, isFatalError, isCompletedResult, needsMethodChoice, activeChoiceOf } from './flow.guards.js';
import type { FlowContext, FlowEvent, FlowInput, FlowTag } from './flow.types.js';

type EventOf<T extends FlowEvent['type']> = Extract<FlowEvent, { type: T }>;

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
    isCompleted: ({ context }) => context.flow !== null && isCompletedResult(context.flow),
    needsMethodChoice: ({ context }) => context.flow !== null && needsMethodChoice(context.flow, context.selectedChoice),
    isOfferedChoice: ({ context, event }) =>
      event.type === 'user.chooseMethod' && context.flow !== null && context.flow.choices.some((c) => c.choice === event.choice),
    canGoBack: ({ context }) =>
      context.flow !== null &&
      context.selectedChoice !== null &&
      activeChoiceOf(context.flow, null)?.choice !== context.selectedChoice,
    isExpired: ({ event }) => event.type === 'api.failed' && isExpiredError(event.error),
    isFatal: ({ event }) => event.type === 'api.failed' && isFatalError(event.error),
    failedWhileCompleting: ({ context }) => context.failedOperation === 'complete',
  },
  actions: {
    askHost: assign({ actionSeq: ({ context }) => context.actionSeq + 1 }),
    assignPending: assign(({ context, event }) => {
      const requested = event as EventOf<'api.requested'>;
      return {
        pending: { operation: requested.operation, choice: requested.choice },
        error: null,
        failedOperation: null,
        identifier: requested.identifier ?? context.identifier,
        notice: requested.operation === 'start' ? context.notice : null,
      };
    }),
    assignFlow: assign(({ context, event }) => {
      const { result, operation } = event as EventOf<'api.responded'>;
      const confirmed = result.email
        ? { kind: 'email' as const, value: result.email }
        : result.username
          ? { kind: 'username' as const, value: result.username }
          : context.identifier;
      return {
        flow: result,
        pending: null,
        error: null,
        identifier: confirmed,
        // A restart (say "Forgot password?") brings its own step to the screen.
        selectedChoice: operation === 'restart' ? (context.pending?.choice ?? null) : context.selectedChoice,
      };
    }),
    assignError: assign(({ event }) => {
      const failed = event as EventOf<'api.failed'>;
      return { error: failed.error, failedOperation: failed.operation, pending: null };
    }),
    assignSelectedChoice: assign({
      selectedChoice: ({ event }) => (event as EventOf<'user.chooseMethod'>).choice,
    }),
    clearSelectedChoice: assign({ selectedChoice: null, error: null }),
    markRestarted: assign({ notice: 'flow-restarted' as const, flow: null, selectedChoice: null }),
    resetFlow: assign(({ context }) => ({
      ...initialContext({ start: { ...context.start, email: undefined, username: undefined } }),
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
      on: { 'api.requested': { guard: 'isStartRequest', target: 'started', actions: 'assignPending' } },
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
