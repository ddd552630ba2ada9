import { assign, enqueueActions, setup } from 'xstate';
import type { AuthNError } from '../api/errors.js';
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
import { flowAfter, flowIdOf, initialContext, pendingShownOf, withoutSamlTicket, type EventOf } from './flow.context.js';
import { isUnrecognizedError } from './flow.issues.js';
import type { FlowContext, FlowEvent, FlowInput, FlowPending, FlowStateName, FlowTag } from './flow.types.js';

const pendingOf = ({ operation, choice, background }: EventOf<'api.requested'>): FlowPending => ({
  operation,
  choice,
  background: background === true,
});

const failedWith =
  (test: (error: AuthNError) => boolean) =>
  ({ event }: { event: FlowEvent }) =>
    event.type === 'api.failed' && test(event.error);

/**
 * What a state that holds the user's deferred intent does after its call's answer: replays it, in
 * the state the answer leads to. A transition action, not an exit one, so that `holdConclusion`
 * (before it) still sees the submit the screen shows; starting over drops it with the context.
 */
type Then = readonly 'replayDeferred'[];
const REPLAY: Then = ['replayDeferred'];

/** How a state takes an answer to its call (after a first guard that leaves others' answers alone). */
const answered = (shown: FlowStateName, then: Then = []) =>
  [
    // The answer completes the flow: the host calls `flow/complete` while its step stays on screen.
    { guard: 'completesFlow', target: '#authnFlow.concluding', actions: [{ type: 'holdConclusion', params: shown }, ...then] },
    { target: '#authnFlow.routing', actions: ['assignFlow', ...then] },
  ] as const;

const toExpired = { guard: 'isExpired', target: '#authnFlow.expired', actions: 'assignError' } as const;
const toFailed = { guard: 'isFatal', target: '#authnFlow.failed', actions: ['assignError', 'clearResume'] } as const;
const toRecovering = { guard: 'isUnrecognized', target: '#authnFlow.recovering', actions: 'assignRecovery' } as const;

/** A step's call failed (an update or a restart). */
const callFailed = (then: Then = []) =>
  [
    { guard: 'isOtherFlow' },
    { ...toExpired, actions: ['assignError', ...then] },
    { ...toFailed, actions: [...toFailed.actions, ...then] },
    { ...toRecovering, actions: ['assignRecovery', ...then] },
    // Routing again keeps the error and returns to the screen the call came from.
    { target: '#authnFlow.routing', actions: ['assignError', ...then] },
  ] as const;

/** `flow/complete` answered (in `concluding` or `completing`). */
const completeAnswers = {
  'api.completed': [{ guard: 'isOtherFlow' }, { target: '#authnFlow.complete', actions: 'clearPending' }],
  'api.failed': [
    { guard: 'isOtherFlow' },
    toExpired,
    toRecovering,
    { target: '#authnFlow.failed', actions: 'assignError' },
  ],
} as const;

/** The host acknowledges the calls a step makes (`FlowCommands.submit`, `restart`). */
const stepCalls = [
  { guard: { type: 'requested', params: 'update' }, target: '#authnFlow.update.submitting', actions: 'assignPending' },
  { guard: { type: 'requested', params: 'restart' }, target: '#authnFlow.restart', actions: 'assignPending' },
] as const;

const startCall = { guard: { type: 'requested', params: 'start' }, target: 'started', actions: 'assignPending' } as const;

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
    // The machine asks for the call and none is out: a second acknowledgement of it is refused.
    // (`params` is the operation; typed `unknown`, as `enqueueActions` infers guards' params so.)
    requested: ({ context, event }, operation) =>
      event.type === 'api.requested' && event.operation === operation && context.pending === null,
    isResumeRequest: ({ context, event }) =>
      event.type === 'api.requested' &&
      event.operation === 'update' &&
      event.flowId === context.resume?.flowId &&
      event.choice === context.resume?.choice &&
      context.pending === null,
    isDeferredSubmitRequest: ({ context, event }) =>
      event.type === 'api.requested' && event.operation === 'update' && event.choice === context.deferred?.choice,
    hasResume: ({ context }) => context.resume !== null,
    isCallbackRefused: ({ context }) => context.callbackRefused !== null,
    isStrayResume: ({ context, event }) =>
      event.type === 'api.responded'
        ? event.operation !== 'update' || event.result.flowId !== context.resume?.flowId
        : event.type !== 'api.failed' || event.operation !== 'update' || event.flowId !== context.resume?.flowId,
    // A fresh start whose first screen the kit can draw before the answer: not one that starts as an
    // invitee's sign-up or from an identity provider's sign-in, whose answers lead past that screen.
    opensWithForm: ({ context }) =>
      context.start.invitation === undefined && context.start.samlIdpInitiatedTicket === undefined,
    isIdentifierSubmit: ({ event }) =>
      event.type === 'user.submit' && (event.choice === 'set_email' || event.choice === 'set_username'),
    // A waiting submit is sent only for a choice the answer it waited for still offers.
    isOfferedSubmit: ({ context, event }) =>
      event.type === 'user.submit' && context.flow !== null && context.flow.choices.some((c) => c.choice === event.choice),
    isStrayStart: ({ context, event }) =>
      (event.type !== 'api.responded' && event.type !== 'api.failed') || event.operation !== 'start' || context.pending?.operation !== 'start',
    // An answer for another flow (one started over, or gone); a failure that names none is this flow's.
    isOtherFlow: ({ context, event }) => {
      const flowId = event.type === 'api.responded' ? event.result.flowId : 'flowId' in event ? event.flowId : undefined;
      return flowId !== undefined && flowId !== flowIdOf(context);
    },
    completesFlow: ({ event }) =>
      event.type === 'api.responded' && isCompletedResult(event.result) && !hasOptionalStep(event.result),
    // A call the user did not ask for: their submit or pick waits for it instead of being refused.
    isBackgroundCall: ({ context }) => context.pending?.background === true,
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
    isExpired: failedWith(isExpiredError),
    isFatal: failedWith(isFatalError),
    isTransient: failedWith(isTransientError),
    isUnrecognized: failedWith(isUnrecognizedError),
    isOutage: failedWith(isOutageError),
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
    assignOpeningPending: assign(({ event }) => ({ pending: { ...pendingOf(event as EventOf<'api.requested'>), background: true } })),
    /** A call that leaves the screen as it is, its error included: a state read, or the `flow/complete` of a held answer. */
    assignCallPending: assign(({ event }) => ({ pending: pendingOf(event as EventOf<'api.requested'>) })),
    clearPending: assign({ pending: null }),
    assignFlow: assign(({ context, event }) => flowAfter(context, event as EventOf<'api.responded'>)),
    /**
     * Holds an answer that completes the flow: the context stays as the screen shows it (the step,
     * its call) until `flow/complete` answers, so that screen renders nothing new meanwhile.
     */
    holdConclusion: assign(({ context, event }, shown: FlowStateName) => ({
      concluding: {
        settled: flowAfter(context, event as EventOf<'api.responded'>),
        shown: { state: shown, pending: pendingShownOf(shown, context.pending, context.deferred) },
      },
      pending: null,
    })),
    /** Leaving `concluding`: the held answer is taken, as the request of the call would have. */
    settleConclusion: assign(({ context }) => ({
      ...context.concluding?.settled,
      concluding: null,
      error: null,
      failedOperation: null,
      notice: null,
      callbackError: false,
    })),
    defer: assign(({ context, event }) => {
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
    replayDeferred: enqueueActions(({ context, enqueue }) => {
      const deferred = context.deferred;
      if (deferred !== null) {
        enqueue.assign({ deferred: null });
        const { intent, choice } = deferred;
        enqueue.raise(intent === 'submit' ? { type: 'user.submit', choice } : { type: 'user.chooseMethod', choice });
      }
    }),
    clearResume: assign({ resume: null }),
    /**
     * An answer the kit cannot explain (`isUnrecognizedError`), or the server's refusal of a
     * callback's update (a spent code, another account): whether the call took effect is unknown,
     * so a state read (`flow/update` with `""`) finds out. A callback's (no flow on screen yet)
     * keeps its refusal to show on the step the read finds.
     */
    assignRecovery: assign(({ context, event }) => {
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
        usernameFormat: context.usernameFormat,
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
        { guard: 'opensWithForm', target: 'opening' },
      ],
      on: { 'api.requested': startCall },
    },
    /**
     * The first screen while `flow/start` runs: the identifier form from what the kit knows
     * (`start`, `usernameFormat`), so it is there at first paint (and in server-rendered HTML). It
     * takes typing; a submit waits for the answer, and is sent if that answer offers its choice.
     */
    opening: {
      // Busy with a call the user did not ask for (`pending.background`), as `restart.running` can be.
      tags: 'busy',
      initial: 'ready',
      states: {
        ready: {
          on: { 'user.submit': { guard: 'isIdentifierSubmit', target: 'waiting', actions: 'defer' } },
        },
        /** The user's submit waits for the answer (`deferred`). */
        waiting: {
          on: { 'user.submit': { guard: 'isIdentifierSubmit', actions: 'defer' } },
        },
      },
      on: {
        'api.requested': { guard: { type: 'requested', params: 'start' }, actions: 'assignOpeningPending' },
        'api.responded': [{ guard: 'isStrayStart' }, ...answered('opening', REPLAY)],
        'api.failed': [{ guard: 'isStrayStart' }, { target: 'failed', actions: ['assignError', ...REPLAY] }],
      },
    },
    /** Back from a provider or an emailed link: the host sends the update that resumes the flow. */
    resuming: {
      tags: 'busy',
      entry: 'askHost',
      on: {
        'api.requested': { guard: 'isResumeRequest', actions: 'assignPending' },
        'api.responded': [{ guard: 'isStrayResume' }, ...answered('resuming')],
        'api.failed': [
          { guard: 'isStrayResume' },
          toExpired,
          toFailed,
          // Kept: "Try again" sends the same update, which the server has not seen.
          { guard: 'isTransient', target: 'failed', actions: 'assignError' },
          { target: 'recovering', actions: 'assignRecovery' },
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
        'api.requested': { guard: 'isResumeRequest', actions: 'assignCallPending' },
        'api.responded': [
          { guard: 'isStrayResume' },
          { guard: 'isDoneAfterFailedComplete', target: 'failed', actions: 'assignFlow' },
          ...answered('recovering'),
        ],
        'api.failed': [
          { guard: 'isStrayResume' },
          toExpired,
          toFailed,
          // The connection or the service failed, not the flow: "Try again" reads the flow again.
          // A callback's read (no flow yet) starts afresh, as the callback is spent.
          {
            guard: 'isOutage',
            target: 'failed',
            actions: ['assignError', assign(({ context }) => ({ resume: context.flow === null ? null : context.resume }))],
          },
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
        'api.responded': [{ guard: 'isStrayStart' }, ...answered('started')],
        'api.failed': [{ guard: 'isStrayStart' }, { target: 'failed', actions: 'assignError' }],
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
        'user.submit': { guard: 'isOfferedSubmit', target: 'update.deferred', actions: 'defer' },
        'api.requested': stepCalls,
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
            'user.submit': { guard: 'isOfferedSubmit', target: 'deferred', actions: 'defer' },
            'api.requested': stepCalls,
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
            'api.responded': [{ guard: 'isOtherFlow' }, ...answered('update')],
            'api.failed': callFailed(),
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
            'user.submit': { guard: 'isBackgroundCall', target: 'deferring', actions: 'defer' },
            'user.chooseMethod': { guard: 'isBackgroundCall', target: 'deferring', actions: 'defer' },
          },
        },
        /** A background call with the user's last submit or pick waiting for its answer (`deferred`). */
        deferring: {
          on: { 'user.submit': { actions: 'defer' }, 'user.chooseMethod': { actions: 'defer' } },
        },
      },
      on: {
        'api.responded': [{ guard: 'isOtherFlow' }, ...answered('restart', REPLAY)],
        'api.failed': callFailed(REPLAY),
      },
    },
    /**
     * An answer completed the flow: the host calls `flow/complete`, while the screen stays as that
     * answer found it (`concluding.shown`, see flow.selectors.ts) until the call answers.
     */
    concluding: {
      tags: 'busy',
      entry: 'askHost',
      exit: 'settleConclusion',
      on: {
        'api.requested': { guard: { type: 'requested', params: 'complete' }, actions: 'assignCallPending' },
        ...completeAnswers,
      },
    },
    /** Completing a flow without an answer to hold: "Ask again later", or "Try again" after a failed completion. */
    completing: {
      tags: 'busy',
      entry: 'askHost',
      on: {
        'api.requested': { guard: { type: 'requested', params: 'complete' }, actions: 'assignPending' },
        ...completeAnswers,
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
      on: { 'api.requested': startCall },
    },
  },
});

export type FlowMachine = typeof flowMachine;
