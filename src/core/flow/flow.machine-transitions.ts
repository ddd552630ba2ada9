import type { FlowStateName } from './flow.types.js';

/*
 * The transitions several states share, so each state lists only what sets it apart. They are
 * plain `as const` config: `setup()` in flow.machine.ts checks their guard and action names.
 */

/**
 * What a state that holds the user's deferred intent does after its call's answer: replays it, in
 * the state the answer leads to. A transition action, not an exit one, so that `holdConclusion`
 * (before it) still sees the submit the screen shows; starting over drops it with the context.
 */
type Then = readonly 'replayDeferred'[];
export const REPLAY: Then = ['replayDeferred'];

/** How a state takes an answer to its call (after a first guard that leaves others' answers alone). */
export const answered = (shown: FlowStateName, then: Then = []) =>
  [
    // The answer completes the flow: the host calls `flow/complete` while its step stays on screen.
    { guard: 'completesFlow', target: '#authnFlow.concluding', actions: [{ type: 'holdConclusion', params: shown }, ...then] },
    { target: '#authnFlow.routing', actions: ['assignFlow', ...then] },
  ] as const;

export const toExpired = { guard: 'isExpired', target: '#authnFlow.expired', actions: 'assignError' } as const;
export const toFailed = { guard: 'isFatal', target: '#authnFlow.failed', actions: ['assignError', 'clearResume'] } as const;
const toRecovering = { guard: 'isUnrecognized', target: '#authnFlow.recovering', actions: 'assignRecovery' } as const;

/** A step's call failed (an update or a restart). */
export const callFailed = (then: Then = []) =>
  [
    { guard: 'isOtherFlow' },
    { ...toExpired, actions: ['assignError', ...then] },
    { ...toFailed, actions: [...toFailed.actions, ...then] },
    { ...toRecovering, actions: ['assignRecovery', ...then] },
    // Routing again keeps the error and returns to the screen the call came from.
    { target: '#authnFlow.routing', actions: ['assignError', ...then] },
  ] as const;

/** `flow/complete` answered (in `concluding` or `completing`). */
export const completeAnswers = {
  'api.completed': [{ guard: 'isOtherFlow' }, { target: '#authnFlow.complete', actions: 'clearPending' }],
  'api.failed': [
    { guard: 'isOtherFlow' },
    toExpired,
    toRecovering,
    { target: '#authnFlow.failed', actions: 'assignError' },
  ],
} as const;

/** The host acknowledges the calls a step makes (`FlowCommands.submit`, `restart`). */
export const stepCalls = [
  { guard: { type: 'requested', params: 'update' }, target: '#authnFlow.update.submitting', actions: 'assignPending' },
  { guard: { type: 'requested', params: 'restart' }, target: '#authnFlow.restart', actions: 'assignPending' },
] as const;

export const startCall = { guard: { type: 'requested', params: 'start' }, target: 'started', actions: 'assignPending' } as const;
