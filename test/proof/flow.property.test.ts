/**
 * Issue 6 item 3: fast-check drives the pure flow machine with random sequences of API answers
 * (fixtures, generated results, every kind of error) interleaved with user intents, and checks
 * after every event that the flow can never get stuck. The host is played as the React bridge
 * plays it: it makes each call the machine asks for, defers a submit the machine refuses during a
 * background call, and sends that submit when asked.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot } from 'xstate';
import { AuthNError, flowMachine, parseFlowResult, selectAction, selectFlowId, selectFlowView } from '../../src/core/index.js';
import { choiceDataSchemas } from '../../src/core/api/schemas.js';
import type {
  FlowChoiceName,
  FlowEvent,
  FlowInput,
  FlowResult,
  FlowSnapshot,
  FlowStepId,
  FlowView,
  KnownChoiceName,
} from '../../src/core/index.js';
import {
  ERROR_FIXTURE_NAMES,
  FLOW_FIXTURE_NAMES,
  FLOW_ID,
  OTHER_FLOW_ID,
  apiError,
  invalidResponseError,
  networkError,
  rawFlowResult,
  timeoutError,
} from '../fixtures/index.js';
import { describeEvent, EMAIL_IDENTIFIER } from '../fixtures/flow-events.js';
import { FLOW_STATE_NAMES, GRAPH_INPUTS } from '../core/flow/reachable-states.js';

const KNOWN_CHOICES = Object.keys(choiceDataSchemas) as KnownChoiceName[];
const KIT_SCREENS = ['loading', 'choice', 'complete', 'failed', 'unsupported', 'callback', 'callback-refused'] as const;
const KNOWN_STEPS: ReadonlySet<string> = new Set<FlowStepId>([...KNOWN_CHOICES, ...KIT_SCREENS]);
const KNOWN_STATES: ReadonlySet<string> = new Set(FLOW_STATE_NAMES);

/** Every well-formed choice entry the fixtures hold, by name: the parts generated results are made of. */
const RAW_CHOICES = new Map<string, Record<string, unknown>[]>();
for (const name of FLOW_FIXTURE_NAMES) {
  for (const entry of rawFlowResult(name)['flow_choices'] as Record<string, unknown>[]) {
    const key = String(entry['choice']);
    RAW_CHOICES.set(key, [...(RAW_CHOICES.get(key) ?? []), entry]);
  }
}
const CHOICES_WITH_DATA = [...RAW_CHOICES.keys()];

// ---------------------------------------------------------------------------------------------
// What may happen next

/** A `result` the server could send: a fixture, or a phase with choices drawn from the fixtures. */
type ResultSpec =
  | { kind: 'fixture'; name: (typeof FLOW_FIXTURE_NAMES)[number] }
  | { kind: 'generated'; phase: string; choices: { name: string; variant: number }[]; unknown: string[] };

type ErrorSpec =
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'invalid-response' }
  | { kind: 'api'; name: (typeof ERROR_FIXTURE_NAMES)[number] }
  | { kind: 'retry-after'; seconds: number };

type Step =
  /** The pending call succeeds. */
  | { kind: 'answer'; result: ResultSpec }
  /** The pending call fails. */
  | { kind: 'fail'; error: ErrorSpec }
  /** A late answer of a flow the user has left. */
  | { kind: 'stale'; result: ResultSpec }
  | { kind: 'staleFailure'; error: ErrorSpec }
  /** The step on screen submits (what `useAuthNFlow().submit` does: only when the machine can). */
  | { kind: 'submit' }
  | { kind: 'submitChoice'; choice: FlowChoiceName }
  | { kind: 'restart'; choice: FlowChoiceName; background: boolean }
  /** The passkey autofill prepared on the identifier step: a background restart. */
  | { kind: 'prepareAutofill' }
  | { kind: 'chooseMethod'; choice: string }
  | { kind: 'back' }
  | { kind: 'startOver' }
  | { kind: 'retry' }
  | { kind: 'finish' };

const phaseArb = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...(rawFlowPhases() as [string, ...string[]])) },
  { weight: 1, arbitrary: fc.constantFrom('phase_from_the_future', 'phase_completed') },
);

function rawFlowPhases(): string[] {
  return [...new Set(FLOW_FIXTURE_NAMES.map((name) => String(rawFlowResult(name)['flow_phase'])))];
}

const resultArb: fc.Arbitrary<ResultSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FLOW_FIXTURE_NAMES).map((name) => ({ kind: 'fixture' as const, name })) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('generated' as const),
      phase: phaseArb,
      choices: fc.uniqueArray(
        fc.record({ name: fc.constantFrom(...CHOICES_WITH_DATA), variant: fc.nat(5) }),
        { maxLength: 5, selector: (entry) => entry.name },
      ),
      unknown: fc.uniqueArray(fc.constantFrom('future_thing', 'webauthn_v3', 'x', 'pigeon_post'), { maxLength: 2 }),
    }),
  },
);

const errorArb: fc.Arbitrary<ErrorSpec> = fc.oneof(
  fc.constant({ kind: 'network' as const }),
  fc.constant({ kind: 'timeout' as const }),
  fc.constant({ kind: 'invalid-response' as const }),
  fc.constantFrom(...ERROR_FIXTURE_NAMES).map((name) => ({ kind: 'api' as const, name })),
  fc.integer({ min: 0, max: 3600 }).map((seconds) => ({ kind: 'retry-after' as const, seconds })),
);

const choiceArb: fc.Arbitrary<FlowChoiceName> = fc.constantFrom<FlowChoiceName>('', ...KNOWN_CHOICES);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: resultArb.map((result) => ({ kind: 'answer' as const, result })) },
  { weight: 4, arbitrary: errorArb.map((error) => ({ kind: 'fail' as const, error })) },
  { weight: 1, arbitrary: resultArb.map((result) => ({ kind: 'stale' as const, result })) },
  { weight: 1, arbitrary: errorArb.map((error) => ({ kind: 'staleFailure' as const, error })) },
  { weight: 5, arbitrary: fc.constant({ kind: 'submit' as const }) },
  { weight: 1, arbitrary: choiceArb.map((choice) => ({ kind: 'submitChoice' as const, choice })) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('restart' as const), choice: choiceArb, background: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'prepareAutofill' as const }) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(choiceArb, fc.constantFrom('future_thing', 'toString', '__proto__'))
      .map((choice) => ({ kind: 'chooseMethod' as const, choice })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'back' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'startOver' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'retry' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'finish' as const }) },
);

const inputArb = fc.constantFrom(...GRAPH_INPUTS);

// ---------------------------------------------------------------------------------------------
// Turning a step into machine events

const errors = new Map<string, AuthNError>();

/** Errors are made once per kind: building one captures a stack, the run's main cost otherwise. */
function errorOf(spec: ErrorSpec): AuthNError {
  const key = JSON.stringify(spec);
  let error = errors.get(key);
  if (error === undefined) {
    error = makeError(spec);
    errors.set(key, error);
  }
  return error;
}

function makeError(spec: ErrorSpec): AuthNError {
  switch (spec.kind) {
    case 'network':
      return networkError();
    case 'timeout':
      return timeoutError();
    case 'invalid-response':
      return invalidResponseError();
    case 'api':
      return apiError(spec.name);
    case 'retry-after':
      return new AuthNError({
        kind: 'api',
        status: 'TooManyRequests',
        httpStatus: 429,
        summary: 'Too many requests',
        requestId: 'prq_property',
        fieldErrors: [],
        retryAfterSeconds: spec.seconds,
        result: null,
      });
    default:
      return spec satisfies never;
  }
}

/**
 * The parsed result for `flowId`, or `null` when a generated one would not parse (the client
 * turns that into an `invalid-response` error, which the failure steps cover).
 */
const parsedResults = new Map<string, FlowResult | null>();

function resultOf(spec: ResultSpec, flowId: string): FlowResult | null {
  const key = `${flowId} ${JSON.stringify(spec)}`;
  if (!parsedResults.has(key)) {
    parsedResults.set(key, parseResult(spec, flowId));
  }
  return parsedResults.get(key) ?? null;
}

function parseResult(spec: ResultSpec, flowId: string): FlowResult | null {
  let raw: Record<string, unknown>;
  if (spec.kind === 'fixture') {
    raw = { ...rawFlowResult(spec.name), flow_id: flowId };
  } else {
    const entries = spec.choices.map(({ name, variant }) => {
      const options = RAW_CHOICES.get(name) ?? [];
      return structuredClone(options[variant % options.length]);
    });
    raw = {
      flow_id: flowId,
      flow_type: ['signin'],
      flow_phase: spec.phase,
      username_format: 'email',
      email: EMAIL_IDENTIFIER.value,
      flow_choices: [...entries, ...spec.unknown.map((choice) => ({ choice, data: { novel: true } }))],
    };
  }
  const parsed = parseFlowResult(raw);
  return parsed.ok ? parsed.value : null;
}

/** The flow a call is answered for: the current one (or a held answer's), or the first one for a start. */
function currentFlowId(snapshot: FlowSnapshot): string {
  return selectFlowId(snapshot) ?? snapshot.context.resume?.flowId ?? FLOW_ID;
}

/**
 * The call the host makes when the machine asks for one (start, complete, a callback's update, a
 * deferred submit), as its acknowledgement; `acknowledged` gets the id of each.
 */
function hostEvents(snapshot: FlowSnapshot, acknowledged: Set<number>): FlowEvent[] {
  const action = selectAction(snapshot);
  if (action === null) {
    return [];
  }
  acknowledged.add(action.id);
  switch (action.type) {
    case 'start':
      return [{ type: 'api.requested', operation: 'start', identifier: snapshot.context.identifier }];
    case 'complete':
      return [{ type: 'api.requested', operation: 'complete', flowId: action.flowId }];
    case 'update':
      return [{ type: 'api.requested', operation: 'update', flowId: action.flowId, choice: action.choice }];
    case 'submit':
      return [stepRequest(action.flowId, 'update', action.choice, false)];
    default:
      return action satisfies never;
  }
}

/** The events one step sends, given the snapshot it starts from (empty when it does nothing). */
function eventsOf(step: Step, snapshot: FlowSnapshot, view: FlowView): FlowEvent[] {
  const pending = snapshot.context.pending;
  const flowId = currentFlowId(snapshot);
  switch (step.kind) {
    case 'answer': {
      if (pending === null) {
        return [];
      }
      if (pending.operation === 'complete') {
        return [{ type: 'api.completed', flowId }];
      }
      const result = resultOf(step.result, flowId);
      return result === null
        ? [{ type: 'api.failed', operation: pending.operation, flowId, error: errorOf({ kind: 'invalid-response' }) }]
        : [{ type: 'api.responded', operation: pending.operation, result }];
    }
    case 'fail':
      return pending === null
        ? []
        : [
            {
              type: 'api.failed',
              operation: pending.operation,
              flowId: pending.operation === 'start' ? undefined : flowId,
              error: errorOf(step.error),
            },
          ];
    case 'stale': {
      const result = resultOf(step.result, OTHER_FLOW_ID);
      return result === null || snapshot.context.flow?.flowId === OTHER_FLOW_ID
        ? []
        : [{ type: 'api.responded', operation: 'update', result }];
    }
    case 'staleFailure':
      return snapshot.context.flow?.flowId === OTHER_FLOW_ID
        ? []
        : [{ type: 'api.failed', operation: 'update', flowId: OTHER_FLOW_ID, error: errorOf(step.error) }];
    case 'submit': {
      const choice = view.choice?.choice;
      return choice === undefined ? [] : requestIfAllowed(snapshot, 'update', choice);
    }
    case 'submitChoice':
      return requestIfAllowed(snapshot, 'update', step.choice);
    case 'restart':
      return requestIfAllowed(snapshot, 'restart', step.choice, step.background);
    case 'prepareAutofill':
      return requestIfAllowed(snapshot, 'restart', 'passkey', true);
    case 'chooseMethod':
      // During a background call the machine keeps the pick for when that call answers.
      return [{ type: 'user.chooseMethod', choice: step.choice as FlowChoiceName }];
    case 'back':
      return [{ type: 'user.back' }];
    case 'startOver':
      return [{ type: 'user.startOver' }];
    case 'retry':
      return [{ type: 'user.retry' }];
    case 'finish':
      return [{ type: 'user.finish' }];
    default:
      return step satisfies never;
  }
}

function stepRequest(flowId: string, operation: 'update' | 'restart', choice: FlowChoiceName, background: boolean): FlowEvent {
  return {
    type: 'api.requested',
    operation,
    flowId,
    choice,
    background,
    identifier: choice === 'set_email' ? EMAIL_IDENTIFIER : undefined,
  };
}

/**
 * A step's call, sent only when the machine would take it (as the React commands do). A submit it
 * refuses goes as `user.submit`, which the machine keeps during a background call.
 */
function requestIfAllowed(
  snapshot: FlowSnapshot,
  operation: 'update' | 'restart',
  choice: FlowChoiceName,
  background = false,
): FlowEvent[] {
  const flowId = snapshot.context.flow?.flowId;
  const deferral: FlowEvent = { type: 'user.submit', choice };
  if (flowId === undefined) {
    // The first screen, before the start answers: a submit waits for it, as the bridge defers it.
    return operation === 'update' && snapshot.can(deferral) ? [deferral] : [];
  }
  const event = stepRequest(flowId, operation, choice, background);
  if (snapshot.can(event)) {
    return [event];
  }
  return operation === 'update' && snapshot.can(deferral) ? [deferral] : [];
}

// ---------------------------------------------------------------------------------------------
// Invariants

const TAGS = ['busy', 'interactive', 'terminal'] as const;

/** The ways forward the view offers when nothing is in flight. */
function actionsOffered(snapshot: FlowSnapshot, view: FlowView): string[] {
  const offered: string[] = [];
  const flowId = snapshot.context.flow?.flowId;
  const choice = view.choice?.choice;
  if (flowId !== undefined && choice !== undefined) {
    if (snapshot.can({ type: 'api.requested', operation: 'update', flowId, choice })) {
      offered.push('submit');
    }
    if (snapshot.can({ type: 'api.requested', operation: 'restart', flowId, choice })) {
      offered.push('restart');
    }
  }
  if (view.methods.some((method) => snapshot.can({ type: 'user.chooseMethod', choice: method.choice }))) {
    offered.push('chooseMethod');
  }
  if (view.canGoBack) {
    offered.push('back');
  }
  if (view.canStartOver && snapshot.can({ type: 'user.startOver' })) {
    offered.push('startOver');
  }
  if (view.canRetry) {
    offered.push('retry');
  }
  return offered;
}

/** Whether the machine's pending call, answered now (success or failure), leaves the busy wait. */
function answersLeavePending(snapshot: FlowSnapshot): string | null {
  const pending = snapshot.context.pending;
  if (pending === null) {
    return null;
  }
  const flowId = currentFlowId(snapshot);
  const success: FlowEvent =
    pending.operation === 'complete'
      ? { type: 'api.completed', flowId }
      : { type: 'api.responded', operation: pending.operation, result: resultOf({ kind: 'fixture', name: 'signin-password' }, flowId) as FlowResult };
  const answers: FlowEvent[] = [
    success,
    { type: 'api.failed', operation: pending.operation, flowId: pending.operation === 'start' ? undefined : flowId, error: errorOf({ kind: 'network' }) },
    {
      type: 'api.failed',
      operation: pending.operation,
      flowId: pending.operation === 'start' ? undefined : flowId,
      error: errorOf({ kind: 'api', name: 'validation-password' }),
    },
  ];
  for (const answer of answers) {
    const next = getNextSnapshot(flowMachine, snapshot, answer);
    if (next.context.pending !== null && next.context.pending === pending) {
      return `${pending.operation} still pending after ${answer.type}`;
    }
  }
  return null;
}

/** The broken rules of what the host left to the machine: deferred intents, held answers, single calls. */
function brokenHostRules(
  snapshot: FlowSnapshot,
  view: FlowView,
  previous: FlowSnapshot,
  sent: FlowEvent | null,
  acknowledged: ReadonlySet<number>,
): string[] {
  const broken: string[] = [];
  const holding =
    snapshot.matches({ opening: 'waiting' }) || snapshot.matches({ restart: 'deferring' }) || snapshot.matches({ update: 'deferred' });
  if ((snapshot.context.deferred !== null) !== holding) {
    broken.push(`deferred ${JSON.stringify(snapshot.context.deferred)} in ${JSON.stringify(snapshot.value)}`);
  }
  if (snapshot.matches({ restart: 'deferring' }) && snapshot.context.pending?.background !== true) {
    broken.push('deferring without a background call');
  }
  // What the user did during the background call happens once it answers, where the step takes it:
  // where that answer still offers the submit's choice.
  const deferred = previous.context.deferred;
  const answered = sent?.type === 'api.responded' || sent?.type === 'api.failed';
  const waited = previous.matches({ restart: 'deferring' }) || previous.matches({ opening: 'waiting' });
  if (deferred?.intent === 'submit' && waited && answered && !snapshot.matches('restart') && !snapshot.matches('opening')) {
    const asked = selectAction(snapshot);
    const offered = snapshot.context.flow?.choices.some((entry) => entry.choice === deferred.choice) === true;
    if (offered && (snapshot.matches({ update: 'ready' }) || snapshot.matches('choice'))) {
      broken.push(`deferred submit ${deferred.choice} lost`);
    }
    if (snapshot.matches({ update: 'deferred' }) && (asked?.type !== 'submit' || asked.choice !== deferred.choice)) {
      broken.push(`deferred submit ${deferred.choice} not asked for`);
    }
  }
  // An answer that completes the flow (and its `flow/complete` call) renders nothing new.
  if (snapshot.matches('concluding') && !isDeepStrictEqual(view, selectFlowView(previous))) {
    broken.push('the screen changed while the flow concludes');
  }
  // A call just acknowledged is not taken twice: a second click, a second host.
  if (sent?.type === 'api.requested' && snapshot !== previous && snapshot.can(sent)) {
    broken.push(`a second ${sent.operation} would be taken`);
  }
  const action = selectAction(snapshot);
  if (action !== null && acknowledged.has(action.id)) {
    broken.push(`asks again for ${action.type} #${action.id}, already made`);
  }
  return broken;
}

/** Every broken invariant of one snapshot, as text (empty when all hold). */
function brokenInvariants(
  snapshot: FlowSnapshot,
  view: FlowView,
  previous: FlowSnapshot,
  sent: FlowEvent | null,
): string[] {
  const broken: string[] = [];
  if (!KNOWN_STATES.has(view.state)) {
    broken.push(`unknown state ${view.state}`);
  }
  if (!KNOWN_STEPS.has(view.step)) {
    broken.push(`unknown step ${view.step}`);
  }
  const tags = TAGS.filter((tag) => snapshot.hasTag(tag));
  if (tags.length !== 1) {
    broken.push(`tags ${tags.join(',') || 'none'}`);
  }
  // Busy means a call is in flight or the host is asked to make one: never waiting on nothing.
  if (view.busy && snapshot.context.pending === null && selectAction(snapshot) === null) {
    broken.push('busy with nothing pending or asked');
  }
  // Checked once per call, when it starts pending.
  if (snapshot.context.pending !== previous.context.pending) {
    const stuck = answersLeavePending(snapshot);
    if (stuck !== null) {
      broken.push(stuck);
    }
  }
  // The answer to the pending call was just sent: that call is no longer pending.
  if (
    sent !== null &&
    previous.context.pending !== null &&
    (sent.type === 'api.responded' || sent.type === 'api.failed' || sent.type === 'api.completed') &&
    currentFlowIdOf(sent) === currentFlowId(previous) &&
    snapshot.context.pending === previous.context.pending
  ) {
    broken.push(`still busy after the answer to ${previous.context.pending.operation}`);
  }
  const offered = view.busy ? [] : actionsOffered(snapshot, view);
  if (!view.busy && !snapshot.hasTag('terminal') && offered.length === 0) {
    broken.push(`dead end on ${view.step}`);
  }
  // The primary action of the screen is there: its step submits, the picker picks, failure retries or starts over.
  if (snapshot.matches({ update: 'ready' }) && view.choice !== null && !offered.includes('submit')) {
    broken.push(`step ${view.step} cannot submit`);
  }
  if (view.step === 'choice' && !view.busy && !offered.includes('chooseMethod')) {
    broken.push('method picker offers no method');
  }
  if (view.step === 'failed' && !view.canRetry && !view.canStartOver) {
    broken.push('failed without retry or start over');
  }
  if (view.state === 'complete') {
    const completedNow = sent?.type === 'api.completed' && sent.flowId === snapshot.context.flow?.flowId;
    const wasComplete = previous.value === 'complete';
    if (!completedNow && !wasComplete) {
      broken.push(`complete after ${sent?.type ?? 'nothing'}`);
    }
    if (snapshot.context.flow?.phase !== 'phase_completed') {
      broken.push('complete before phase_completed');
    }
  }
  return broken;
}

function currentFlowIdOf(event: FlowEvent): string | undefined {
  if (event.type === 'api.responded') {
    return event.result.flowId;
  }
  if (event.type === 'api.failed' || event.type === 'api.completed') {
    return event.flowId ?? FLOW_ID;
  }
  return undefined;
}

interface RunStats {
  runs: number;
  events: number;
  states: Set<string>;
  steps: Set<string>;
}

/** Replays `steps` from `input`; throws with the trace at the first broken invariant. */
function runSequence(input: FlowInput | undefined, steps: readonly Step[], stats: RunStats): void {
  const actor = createActor(flowMachine, { input });
  actor.start();
  const trace: { event: FlowEvent; value: FlowSnapshot['value']; step: FlowStepId }[] = [];
  try {
    let snapshot = actor.getSnapshot();
    let view = selectFlowView(snapshot);
    const initial = brokenInvariants(snapshot, view, snapshot, null);
    if (initial.length > 0) {
      throw new Error(`at start: ${initial.join('; ')}`);
    }
    // The host runs each call the machine asks for at once, as the React driver's effect does.
    const acknowledged = new Set<number>();
    const queue: FlowEvent[] = hostEvents(snapshot, acknowledged);
    for (const step of steps) {
      queue.push(...eventsOf(step, snapshot, view));
      for (let event = queue.shift(); event !== undefined; event = queue.shift()) {
        const previous = snapshot;
        actor.send(event);
        snapshot = actor.getSnapshot();
        view = selectFlowView(snapshot);
        stats.events += 1;
        stats.states.add(JSON.stringify(snapshot.value));
        stats.steps.add(view.step);
        trace.push({ event, value: snapshot.value, step: view.step });
        const broken = [
          ...brokenInvariants(snapshot, view, previous, event),
          ...brokenHostRules(snapshot, view, previous, event, acknowledged),
        ];
        if (broken.length > 0) {
          const lines = trace.map((entry) => `${describeEvent(entry.event)} → ${JSON.stringify(entry.value)} (${entry.step})`);
          throw new Error(`${broken.join('; ')}\n  ${lines.join('\n  ')}`);
        }
        queue.push(...hostEvents(snapshot, acknowledged));
      }
    }
  } finally {
    actor.stop();
  }
  stats.runs += 1;
}

// ---------------------------------------------------------------------------------------------

const NUM_RUNS = 3000;

describe('flow machine properties', () => {
  it('random answers and intents never leave it unknown, stuck busy or at a dead end', { timeout: 60_000 }, () => {
    const stats: RunStats = { runs: 0, events: 0, states: new Set(), steps: new Set() };
    fc.assert(
      fc.property(inputArb, fc.array(stepArb, { minLength: 1, maxLength: 40, size: 'max' }), (input, steps) => {
        runSequence(input, steps, stats);
      }),
      { numRuns: NUM_RUNS, seed: Number(process.env['PROOF_SEED'] ?? 0x5eed) },
    );
    console.info(
      `property: ${stats.runs} runs, ${stats.events} events, ${stats.states.size} states, ${stats.steps.size} steps seen`,
    );
    expect(stats.runs).toBeGreaterThanOrEqual(NUM_RUNS);
    // The runs reach far: every state but the transient router, and many steps.
    expect(stats.states.size).toBeGreaterThanOrEqual(FLOW_STATE_NAMES.length);
    expect(stats.steps.size).toBeGreaterThan(15);
    // Deferred submits and picks, and answers that complete the flow, are generated.
    expect([...stats.states]).toEqual(
      expect.arrayContaining([JSON.stringify({ restart: 'deferring' }), JSON.stringify({ update: 'deferred' }), JSON.stringify('concluding')]),
    );
  });
});
