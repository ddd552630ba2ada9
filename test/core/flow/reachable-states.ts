/**
 * The flow machine walked as a graph (`xstate/graph`) with a fixed set of fixture-backed events.
 * flow.paths.test.ts checks invariants on every state found; a story-coverage test can reuse
 * `reachableStateNames()` / `reachableStateValues()` to demand a story per state.
 */
import { getShortestPaths, type StatePath } from 'xstate/graph';
import { flowMachine, selectFlowId } from '../../../src/core/index.js';
import type { FlowEvent, FlowInput, FlowOperation, FlowResult, FlowSnapshot, FlowStateName } from '../../../src/core/index.js';
import {
  FLOW_ID,
  OTHER_FLOW_ID,
  apiError,
  invalidResponseError,
  networkError,
  timeoutError,
  type ErrorFixtureName,
} from '../../fixtures/index.js';
import { EMAIL_IDENTIFIER, completed, failed, requested, responded, user } from '../../fixtures/flow-events.js';

/** Every top-level state the machine declares, as `FlowStateName` lists them. */
export const FLOW_STATE_NAMES = [
  'idle',
  'opening',
  'started',
  'routing',
  'choice',
  'update',
  'restart',
  'completing',
  'complete',
  'failed',
  'expired',
  'resuming',
  'recovering',
  'refused',
] as const satisfies readonly FlowStateName[];

/**
 * Every top-level state of the machine: those a screen shows, and `concluding`, which shows the
 * state its answer came to while `flow/complete` runs.
 */
export const MACHINE_STATE_NAMES = [...FLOW_STATE_NAMES, 'concluding'] as const;

/**
 * The inputs the walk starts from: a page without a callback (its first screen drawn before the
 * start answers), an invitation (which waits for it), a return matched to its flow, and a return
 * the kit refuses. Callback states are reachable only from the last two.
 */
export const GRAPH_INPUTS: readonly (FlowInput | undefined)[] = [
  undefined,
  { start: { invitation: 'pmi_7u4nijrrv64mdojqf3iukjgqqrh5cnzd' } },
  {
    resume: {
      flowId: FLOW_ID,
      choice: 'social',
      data: { social_provider: 'google', uri: 'http://localhost:3000/?state=pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks&code=poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk' },
    },
  },
  { callbackRefused: 'unknown-state' },
];

const OPERATIONS = ['start', 'update', 'restart', 'complete'] as const;
const ERRORS: ErrorFixtureName[] = [
  'authentication-failure',
  'validation-password',
  'validation-bad-state',
  'too-many-requests',
  'flow-expired',
  'disabled-user',
  // A status the kit has never heard of: the flow's state is read (`recovering`).
  'unknown-status',
];

/** The events the walk may send: what the mutations can report and what the user can do. */
export const GRAPH_EVENTS: readonly FlowEvent[] = [
  requested.start(),
  requested.start(EMAIL_IDENTIFIER),
  requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
  requested.update('password'),
  requested.update('email_otp'),
  requested.update(''),
  requested.update('social'),
  requested.restart('reset_password'),
  requested.restart('email_otp'),
  // A call the user did not ask for (the passkey autofill prepared on the identifier step).
  { type: 'api.requested', operation: 'restart', flowId: FLOW_ID, choice: 'passkey', background: true },
  requested.complete(),
  responded('start', 'start-email'),
  responded('start', 'signin-password'),
  responded('start', 'signin-password', { flow_id: OTHER_FLOW_ID }),
  responded('update', 'signup-password'),
  responded('update', 'signin-password'),
  responded('update', 'signin-methods'),
  responded('update', 'unknown-choice'),
  responded('update', 'completed'),
  responded('update', 'completed', { flow_id: OTHER_FLOW_ID }),
  responded('restart', 'reset-sent'),
  responded('restart', 'signin-methods'),
  responded('restart', 'completed'),
  completed(),
  completed(OTHER_FLOW_ID),
  ...OPERATIONS.flatMap((operation) => [
    ...ERRORS.map((name) => failed(operation, apiError(name))),
    failed(operation, networkError()),
    failed(operation, timeoutError()),
    failed(operation, invalidResponseError()),
  ]),
  // Late answers of a flow the user has left (start over, expired).
  failed('update', apiError('authentication-failure'), OTHER_FLOW_ID),
  failed('complete', networkError(), OTHER_FLOW_ID),
  user.chooseMethod('password'),
  user.chooseMethod('email_otp'),
  user.chooseMethod('totp'),
  // A submit the machine refused at once (see `isPlausibleEvent`).
  { type: 'user.submit', choice: 'set_email' },
  user.back(),
  user.retry(),
  user.startOver(),
];

/**
 * What tells two snapshots apart for the walk. `actionSeq` is left out: it only counts, and
 * keeping it would make every loop through `idle` a new state.
 */
export function serializeFlowSnapshot(snapshot: FlowSnapshot): string {
  const { actionSeq: _counter, error, flow, concluding, ...rest } = snapshot.context;
  const flowKey = (result: FlowResult | null) =>
    result === null ? null : [result.flowId, result.phase, result.choices, result.unknownChoices.map((c) => c.choice)];
  return JSON.stringify({
    value: snapshot.value,
    ...rest,
    error: error === null ? null : [error.kind, error.status],
    flow: flowKey(flow),
    concluding: concluding === null ? null : { ...concluding.settled, flow: flowKey(concluding.settled.flow), shown: concluding.shown },
  });
}

/**
 * Whether the host could send `event` now. It answers only the call it made (a `restart`
 * response never answers an `update`), but a late answer of another flow can come at any time.
 */
export function isPlausibleEvent(snapshot: FlowSnapshot, event: FlowEvent): boolean {
  let answered: FlowOperation;
  let flowId: string | undefined;
  switch (event.type) {
    case 'user.submit': {
      // The host defers a submit only when the machine refuses to send it now, or no flow is there yet.
      const flow = snapshot.context.flow;
      return flow === null || !snapshot.can({ type: 'api.requested', operation: 'update', flowId: flow.flowId, choice: event.choice });
    }
    case 'api.responded':
      answered = event.operation;
      flowId = event.result.flowId;
      break;
    case 'api.failed':
      answered = event.operation;
      flowId = event.flowId;
      break;
    case 'api.completed':
      answered = 'complete';
      flowId = event.flowId;
      break;
    default:
      return true;
  }
  const stale = flowId === OTHER_FLOW_ID && selectFlowId(snapshot) !== OTHER_FLOW_ID;
  return stale || snapshot.context.pending?.operation === answered;
}

/** A path of the walk, with the input its machine started from. */
export type InputStatePath = StatePath<FlowSnapshot, FlowEvent> & { input: FlowInput | undefined };

let paths: InputStatePath[] | undefined;

/** One shortest path to every distinct reachable snapshot, from each of `GRAPH_INPUTS` (computed once). */
export function reachablePaths(): InputStatePath[] {
  paths ??= GRAPH_INPUTS.flatMap((input) =>
    getShortestPaths(flowMachine, {
      input,
      events: GRAPH_EVENTS,
      filterEvents: (snapshot, event) => isPlausibleEvent(snapshot, event) && snapshot.can(event),
      serializeState: (snapshot) => serializeFlowSnapshot(snapshot),
    }).map((path) => ({ ...path, input })),
  );
  return paths;
}

/** The top-level name of a snapshot's state: `{ update: 'ready' }` → `update`. */
export function stateNameOf(snapshot: FlowSnapshot): string {
  const value = snapshot.value;
  return typeof value === 'string' ? value : (Object.keys(value)[0] ?? '');
}

/** The full state of a snapshot as a dotted path: `{ update: 'ready' }` → `update.ready`. */
export function stateValueOf(snapshot: FlowSnapshot): string {
  const value: unknown = snapshot.value;
  const parts: string[] = [];
  let node: unknown = value;
  while (typeof node === 'object' && node !== null) {
    const [key, child] = Object.entries(node)[0] ?? [];
    if (key === undefined) {
      break;
    }
    parts.push(key);
    node = child;
  }
  if (typeof node === 'string') {
    parts.push(node);
  }
  return parts.join('.');
}

/** The top-level states the walk reaches, sorted. */
export function reachableStateNames(): string[] {
  return [...new Set(reachablePaths().map((path) => stateNameOf(path.state)))].sort();
}

/** The leaf states the walk reaches (`update.ready`, `update.submitting`, …), sorted. */
export function reachableStateValues(): string[] {
  return [...new Set(reachablePaths().map((path) => stateValueOf(path.state)))].sort();
}
