import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { createActor, getNextSnapshot } from 'xstate';
import { flowMachine, selectAction, selectFlowId, selectFlowView } from '../../../src/core/index.js';
import type { FlowEvent, FlowSnapshot, FlowTag } from '../../../src/core/index.js';
import { describeEvent, user } from '../../fixtures/flow-events.js';
import { networkError } from '../../fixtures/index.js';
import {
  FLOW_STATE_NAMES,
  MACHINE_STATE_NAMES,
  reachablePaths,
  reachableStateNames,
  reachableStateValues,
  stateNameOf,
  stateValueOf,
} from './reachable-states.js';

const TAGS: FlowTag[] = ['busy', 'interactive', 'terminal'];

/** Each reachable snapshot with the events that reach it, labelled for failure messages. */
const reachable = reachablePaths().map((path) => {
  // The first step of every path is the machine's own init event.
  const events = path.steps.map((step) => step.event).filter((event) => !event.type.startsWith('xstate.'));
  return {
    snapshot: path.state,
    /** The snapshot before the last event. */
    previous: path.steps.at(-2)?.state,
    input: path.input,
    events,
    label: `${stateValueOf(path.state)} ← ${events.map(describeEvent).join(' → ') || '(start)'}`,
  };
});

/** The top-level state a snapshot's screen shows: its own, or for `concluding`, the one its answer came to. */
function shownStateOf(snapshot: FlowSnapshot): string {
  return snapshot.context.concluding?.shown.state ?? stateNameOf(snapshot);
}

/** The states (labels, shortest first) for which `check` returns false. */
function violations(check: (snapshot: FlowSnapshot) => boolean): string[] {
  const failing = reachable.filter(({ snapshot }) => !check(snapshot));
  return [...new Set(failing.map(({ label }) => label))].sort((a, b) => a.length - b.length);
}

describe('flowMachine as a graph', () => {
  it('reaches a non-trivial number of states', () => {
    expect(reachable.length).toBeGreaterThan(20);
  });

  it('reaches every state but the transient router, and no other', () => {
    const expected = MACHINE_STATE_NAMES.filter((name) => name !== 'routing');
    expect(reachableStateNames()).toEqual([...expected].sort());
    expect(reachableStateValues()).toEqual(
      expect.arrayContaining(['update.ready', 'update.submitting', 'update.deferred', 'restart.running', 'restart.deferring']),
    );
  });

  it('only ever rests in a state the view knows', () => {
    const known: readonly string[] = FLOW_STATE_NAMES;
    expect(violations((snapshot) => known.includes(selectFlowView(snapshot).state))).toEqual([]);
    expect(violations((snapshot) => selectFlowView(snapshot).state === shownStateOf(snapshot))).toEqual([]);
    expect(violations((snapshot) => (snapshot.context.concluding !== null) === snapshot.matches('concluding'))).toEqual([]);
  });

  it('tags every state busy, interactive or terminal, exactly one of them', () => {
    expect(violations((snapshot) => TAGS.filter((tag) => snapshot.hasTag(tag)).length === 1)).toEqual([]);
  });

  it('keeps no busy state waiting on nothing', () => {
    // Busy means a call is in flight or the host is asked to make one.
    expect(
      violations((snapshot) => {
        return !snapshot.hasTag('busy') || snapshot.context.pending !== null || selectAction(snapshot) !== null;
      }),
    ).toEqual([]);
  });

  it('lets every busy state move on', () => {
    // The host can make the call it is asked for, and every call in flight can at least fail.
    expect(
      violations((snapshot) => {
        if (!snapshot.hasTag('busy')) {
          return true;
        }
        const action = selectAction(snapshot);
        const pending = snapshot.context.pending;
        const flowId = selectFlowId(snapshot) ?? snapshot.context.resume?.flowId;
        const moves: FlowEvent[] = [];
        if (action !== null) {
          // The host sends what it is asked: a callback's update and a deferred submit name their choice.
          const choice = action.type === 'update' || action.type === 'submit' ? action.choice : undefined;
          const operation = action.type === 'submit' ? 'update' : action.type;
          moves.push({ type: 'api.requested', operation, flowId, choice });
        }
        if (pending !== null) {
          moves.push({ type: 'api.failed', operation: pending.operation, flowId, error: networkError() });
        }
        return moves.length > 0 && moves.every((event) => snapshot.can(event));
      }),
    ).toEqual([]);
  });

  it('keeps no call pending in an interactive or terminal state', () => {
    expect(violations((snapshot) => snapshot.hasTag('busy') || snapshot.context.pending === null)).toEqual([]);
  });

  it('asks the host for a call only in a busy state', () => {
    expect(violations((snapshot) => snapshot.hasTag('busy') || selectAction(snapshot) === null)).toEqual([]);
  });

  it('shows a step for every state the fixtures lead to', () => {
    // Every fixture offers a known choice, so the kit never has to fall back to "unsupported".
    expect(violations((snapshot) => selectFlowView(snapshot).step !== 'unsupported')).toEqual([]);
  });

  it('shows only choices the server offered', () => {
    expect(
      violations((snapshot) => {
        const view = selectFlowView(snapshot);
        return view.choice === null || view.choices.includes(view.choice);
      }),
    ).toEqual([]);
  });

  it('shows the complete step in the terminal state, and nothing else there', () => {
    expect(violations((snapshot) => !snapshot.hasTag('terminal') || selectFlowView(snapshot).step === 'complete')).toEqual([]);
    expect(violations((snapshot) => snapshot.hasTag('terminal') || selectFlowView(snapshot).step !== 'complete')).toEqual([]);
  });

  it('can always start over, once started', () => {
    expect(
      violations((snapshot) => {
        const view = selectFlowView(snapshot);
        return view.state === 'idle' || view.state === 'opening' || view.state === 'started' || view.canStartOver;
      }),
    ).toEqual([]);
  });

  it('renders nothing new while an answer that completes the flow waits for flow/complete', () => {
    // The view of `concluding` is that of the snapshot before it: the step, its call, no action.
    const failing = reachable
      .filter(({ snapshot, previous }) => snapshot.matches('concluding') && previous !== undefined)
      .filter(({ snapshot, previous }) => !isDeepStrictEqual(selectFlowView(snapshot), selectFlowView(previous as FlowSnapshot)))
      .map(({ label }) => label);
    expect(failing).toEqual([]);
    expect(reachable.some(({ snapshot }) => snapshot.matches('concluding'))).toBe(true);
  });

  it('holds what the user did during a background call only while that call or its submit is due', () => {
    const holding = (snapshot: FlowSnapshot) =>
      snapshot.matches({ opening: 'waiting' }) || snapshot.matches({ restart: 'deferring' }) || snapshot.matches({ update: 'deferred' });
    expect(violations((snapshot) => (snapshot.context.deferred !== null) === holding(snapshot))).toEqual([]);
    expect(violations((snapshot) => !snapshot.matches({ restart: 'deferring' }) || snapshot.context.pending?.background === true)).toEqual(
      [],
    );
  });

  it('leaves nothing the user did behind when they start over', () => {
    const holding = reachable.filter(({ snapshot }) => snapshot.context.deferred !== null);
    const failing = holding.filter(({ snapshot }) => getNextSnapshot(flowMachine, snapshot, user.startOver()).context.deferred !== null);
    expect(failing.map(({ label }) => label)).toEqual([]);
    expect(holding.length).toBeGreaterThan(0);
  });

  it('asks for a deferred submit once the call it waited for answers, wherever the step takes it', () => {
    const answers = (event: FlowEvent | undefined) => event?.type === 'api.responded' || event?.type === 'api.failed';
    const waiting = (snapshot: FlowSnapshot) => snapshot.matches({ restart: 'deferring' }) || snapshot.matches({ opening: 'waiting' });
    let offeredAfterStart = 0;
    const failing = reachable.filter(({ snapshot, previous, events }) => {
      const deferred = previous?.context.deferred;
      if (deferred?.intent !== 'submit' || previous === undefined || !waiting(previous) || !answers(events.at(-1)) || snapshot === previous) {
        return false;
      }
      if (waiting(snapshot) || snapshot.matches('concluding')) {
        return false; // a late answer of another flow, or one that completes the flow
      }
      // Sent only where the answer still offers the choice; elsewhere the step the answer brings shows.
      const offered = snapshot.context.flow?.choices.some((entry) => entry.choice === deferred.choice) === true;
      const asked = selectAction(snapshot);
      const askedForIt = snapshot.matches({ update: 'deferred' }) && asked?.type === 'submit' && asked.choice === deferred.choice;
      if (askedForIt && previous.matches('opening')) {
        offeredAfterStart += 1;
      }
      const takesSubmits = snapshot.matches({ update: 'ready' }) || snapshot.matches('choice');
      return offered ? !askedForIt : snapshot.matches({ update: 'deferred' }) || (takesSubmits && snapshot.context.deferred !== null);
    });
    expect(failing.map(({ label }) => label)).toEqual([]);
    expect(offeredAfterStart).toBeGreaterThan(0);
    expect(reachable.some(({ snapshot }) => snapshot.matches({ update: 'deferred' }))).toBe(true);
  });

  it('refuses every call while one is in flight: a second click sends nothing', () => {
    const operations = ['start', 'update', 'restart', 'complete'] as const;
    expect(
      violations((snapshot) => {
        const pending = snapshot.context.pending;
        const flowId = selectFlowId(snapshot) ?? snapshot.context.resume?.flowId;
        return (
          pending === null ||
          operations.every((operation) => !snapshot.can({ type: 'api.requested', operation, flowId, choice: pending.choice }))
        );
      }),
    ).toEqual([]);
  });

  it('takes the acknowledgement of each call it asks for once: a second host running it is refused', () => {
    expect(
      violations((snapshot) => {
        const action = selectAction(snapshot);
        if (action === null) {
          return true;
        }
        const choice = action.type === 'update' || action.type === 'submit' ? action.choice : undefined;
        const operation = action.type === 'submit' ? 'update' : action.type;
        const flowId = action.type === 'start' ? undefined : action.flowId;
        const ack: FlowEvent = { type: 'api.requested', operation, flowId, choice };
        if (!snapshot.can(ack)) {
          return false;
        }
        const after = getNextSnapshot(flowMachine, snapshot, ack);
        return selectAction(after) === null && !after.can(ack);
      }),
    ).toEqual([]);
  });

  // Some ten thousand paths, each on a fresh actor.
  it('lands in the same state when a path is replayed on a live actor', { timeout: 30_000 }, () => {
    for (const { snapshot, input, events, label } of reachable) {
      const actor = createActor(flowMachine, { input });
      actor.start();
      for (const event of events) {
        actor.send(event);
      }
      expect(actor.getSnapshot().value, label).toEqual(snapshot.value);
      actor.stop();
    }
  });
});
