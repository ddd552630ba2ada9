import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { flowMachine, selectFlowView } from '../../../src/core/index.js';
import type { FlowEvent, FlowSnapshot, FlowTag } from '../../../src/core/index.js';
import { OTHER_FLOW_ID, networkError } from '../../fixtures/index.js';
import {
  FLOW_STATE_NAMES,
  reachablePaths,
  reachableStateNames,
  reachableStateValues,
  stateNameOf,
  stateValueOf,
} from './reachable-states.js';

const TAGS: FlowTag[] = ['busy', 'interactive', 'terminal'];

function describeEvent(event: FlowEvent): string {
  switch (event.type) {
    case 'api.requested':
      return `requested ${event.operation}${event.choice === undefined ? '' : `(${event.choice})`}`;
    case 'api.responded':
      return `responded ${event.operation}(${event.result.phase}: ${event.result.choices.map((c) => c.choice).join(',')})`;
    case 'api.failed':
      return `failed ${event.operation}(${event.error.status ?? event.error.kind})${event.flowId === OTHER_FLOW_ID ? ' of another flow' : ''}`;
    case 'api.completed':
      return `completed${event.flowId === OTHER_FLOW_ID ? ' another flow' : ''}`;
    case 'user.chooseMethod':
      return `user.chooseMethod(${event.choice})`;
    default:
      return event.type;
  }
}

/** Each reachable snapshot with the events that reach it, labelled for failure messages. */
const reachable = reachablePaths().map((path) => {
  // The first step of every path is the machine's own init event.
  const events = path.steps.map((step) => step.event).filter((event) => !event.type.startsWith('xstate.'));
  return {
    snapshot: path.state,
    input: path.input,
    events,
    label: `${stateValueOf(path.state)} ← ${events.map(describeEvent).join(' → ') || '(start)'}`,
  };
});

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
    const expected = FLOW_STATE_NAMES.filter((name) => name !== 'routing');
    expect(reachableStateNames()).toEqual([...expected].sort());
    expect(reachableStateValues()).toEqual(expect.arrayContaining(['update.ready', 'update.submitting']));
  });

  it('only ever rests in a state the view knows', () => {
    const known: readonly string[] = FLOW_STATE_NAMES;
    expect(violations((snapshot) => known.includes(selectFlowView(snapshot).state))).toEqual([]);
    expect(violations((snapshot) => selectFlowView(snapshot).state === stateNameOf(snapshot))).toEqual([]);
  });

  it('tags every state busy, interactive or terminal, exactly one of them', () => {
    expect(violations((snapshot) => TAGS.filter((tag) => snapshot.hasTag(tag)).length === 1)).toEqual([]);
  });

  it('keeps no busy state waiting on nothing', () => {
    // Busy means a call is in flight or the host is asked to make one.
    expect(
      violations((snapshot) => {
        const view = selectFlowView(snapshot);
        return !snapshot.hasTag('busy') || view.pending !== null || view.action !== null;
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
        const view = selectFlowView(snapshot);
        const moves: FlowEvent[] = [];
        if (view.action !== null) {
          // The host sends what it is asked: a callback's update names its choice.
          const choice = view.action.type === 'update' ? view.action.choice : undefined;
          moves.push({ type: 'api.requested', operation: view.action.type, flowId: view.flowId, choice });
        }
        if (view.pending !== null) {
          moves.push({ type: 'api.failed', operation: view.pending.operation, flowId: view.flowId, error: networkError() });
        }
        return moves.length > 0 && moves.every((event) => snapshot.can(event));
      }),
    ).toEqual([]);
  });

  it('keeps no call pending in an interactive or terminal state', () => {
    expect(violations((snapshot) => snapshot.hasTag('busy') || snapshot.context.pending === null)).toEqual([]);
  });

  it('asks the host for a call only in a busy state', () => {
    expect(violations((snapshot) => snapshot.hasTag('busy') || selectFlowView(snapshot).action === null)).toEqual([]);
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
        return view.state === 'idle' || view.state === 'started' || view.canStartOver;
      }),
    ).toEqual([]);
  });

  it('lands in the same state when a path is replayed on a live actor', () => {
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
