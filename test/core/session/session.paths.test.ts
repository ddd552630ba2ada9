import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot } from 'xstate';
import { selectSessionState, sessionMachine } from '../../../src/core/index.js';
import type { SessionEvent, SessionSnapshot } from '../../../src/core/index.js';
import {
  PAIRS,
  SESSION_STATUSES,
  answersFor,
  describeSessionEvent,
  reachableSessions,
  serializeSession,
} from './reachable-sessions.js';
import { offline, T0 } from './session-world.js';

const reachable = reachableSessions().map((path) => {
  const events = path.steps.map((step) => step.event).filter((event) => !event.type.startsWith('xstate.'));
  return {
    snapshot: path.state,
    input: path.input,
    events,
    label: `${path.state.value} ← ${events.map(describeSessionEvent).join(' → ') || `(loaded ${path.input.stored?.refresh_token.token ?? 'nothing'})`}`,
  };
});

/** The states (labels, shortest first) for which `check` returns false. */
function violations(check: (snapshot: SessionSnapshot) => boolean): string[] {
  const failing = reachable.filter(({ snapshot }) => !check(snapshot));
  return [...new Set(failing.map(({ label }) => label))].sort((a, b) => a.length - b.length);
}

const next = (snapshot: SessionSnapshot, event: SessionEvent) => getNextSnapshot(sessionMachine, snapshot, event);
const stale = (snapshot: SessionSnapshot) =>
  answersFor(snapshot).filter((event) => 'generation' in event && event.generation !== snapshot.context.generation);
const current = (snapshot: SessionSnapshot) =>
  answersFor(snapshot).filter((event) => 'generation' in event && event.generation === snapshot.context.generation);

describe('sessionMachine as a graph', () => {
  it('reaches every status, and a non-trivial number of states', () => {
    expect([...new Set(reachable.map(({ snapshot }) => snapshot.value))].sort()).toEqual([...SESSION_STATUSES].sort());
    expect(reachable.length).toBeGreaterThan(40);
  });

  it('holds tokens, a user and an expiry in every state but signed-out, and none there', () => {
    expect(
      violations(({ value, context }) => {
        const held = [context.tokens, context.user, context.expiresAt].map((part) => part !== null);
        return held.every((part) => part === (value !== 'signed-out'));
      }),
    ).toEqual([]);
  });

  it('names the user of the pair it holds', () => {
    expect(violations(({ context }) => context.tokens === null || context.user?.identity === context.tokens.refresh_token.identity)).toEqual([]);
  });

  it('reports a logout failure only while signed out, and an error only where one explains the state', () => {
    expect(violations(({ value, context }) => context.logoutError === null || value === 'signed-out')).toEqual([]);
    // A refresh tried again after an error keeps saying why it is needed.
    expect(violations(({ value, context }) => context.error === null || ['signed-out', 'error', 'refreshing'].includes(value))).toEqual([]);
    expect(violations(({ value, context }) => value !== 'error' || context.error !== null)).toEqual([]);
  });

  it('ignores every late answer of a session since replaced', () => {
    expect(
      violations((snapshot) =>
        stale(snapshot).every((event) => {
          const after = next(snapshot, event);
          return serializeSession(after) === serializeSession(snapshot) && after.context.generation === snapshot.context.generation;
        }),
      ),
    ).toEqual([]);
  });

  it('logs out from every state, and no answer of the calls before brings the session back', () => {
    expect(
      violations((snapshot) => {
        const out = next(snapshot, { type: 'app.logout' });
        const state = selectSessionState(out);
        const forgotten = state.status === 'signed-out' && state.tokens === null && state.error === null && state.logoutError === null;
        const answers = current(snapshot).filter((event) => event.type !== 'api.failed' || event.operation !== 'logout');
        return forgotten && answers.every((event) => serializeSession(next(out, event)) === serializeSession(out));
      }),
    ).toEqual([]);
  });

  it('holds the tokens the app sets, from every state', () => {
    expect(
      violations((snapshot) => {
        const after = next(snapshot, { type: 'app.setTokens', tokens: PAIRS.given, at: T0 });
        return after.value === 'signed-in' && after.context.tokens === PAIRS.given && after.context.generation > snapshot.context.generation;
      }),
    ).toEqual([]);
  });

  it('refreshes on request from every state holding tokens, and never from signed-out', () => {
    expect(
      violations((snapshot) => {
        const after = next(snapshot, { type: 'app.refresh' });
        return snapshot.value === 'signed-out' ? after.value === 'signed-out' : after.value === 'refreshing';
      }),
    ).toEqual([]);
  });

  it('lets every state with a call in flight move on when the call fails', () => {
    expect(
      violations((snapshot) => {
        if (snapshot.value !== 'checking' && snapshot.value !== 'refreshing') {
          return true;
        }
        const operation = snapshot.value === 'checking' ? 'check' : 'refresh';
        const failed = next(snapshot, { type: 'api.failed', operation, generation: snapshot.context.generation, error: offline() });
        return failed.value === 'error' && failed.context.tokens === snapshot.context.tokens;
      }),
    ).toEqual([]);
  });

  it('follows another tab: its sign-out ends the session here, its pair replaces the one held', () => {
    expect(
      violations((snapshot) => {
        const emptied = next(snapshot, { type: 'storage.changed', stored: null, at: T0 });
        const rotated = next(snapshot, { type: 'storage.changed', stored: PAIRS.otherTab, at: T0 });
        // The pair it holds already, stored again, changes nothing.
        const follows = snapshot.context.tokens === PAIRS.otherTab ? rotated === snapshot : rotated.value === 'signed-in';
        return emptied.value === 'signed-out' && follows && rotated.context.tokens === PAIRS.otherTab;
      }),
    ).toEqual([]);
  });

  it('lands in the same state when a path is replayed on a live actor', () => {
    for (const { snapshot, input, events, label } of reachable) {
      const actor = createActor(sessionMachine, { input });
      actor.start();
      events.forEach((event) => actor.send(event));
      expect(serializeSession(actor.getSnapshot()), label).toBe(serializeSession(snapshot));
      actor.stop();
    }
  });
});
