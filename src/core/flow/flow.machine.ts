import { assign, setup } from 'xstate';
import { initialContext } from './flow.context.js';
import { machineActions } from './flow.machine-actions.js';
import { machineGuards } from './flow.machine-guards.js';
import { answered, callFailed, completeAnswers, REPLAY, startCall, stepCalls, toExpired, toFailed } from './flow.machine-transitions.js';
import type { FlowContext, FlowEvent, FlowInput, FlowTag } from './flow.types.js';

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
  guards: machineGuards,
  actions: machineActions,
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
