import { describe, expect, it } from 'vitest';
import { initialSession, nextSession } from '../../../src/core/index.js';
import type { SessionSnapshot } from '../../../src/core/index.js';
import {
  PAIRS,
  SESSION_STATUSES,
  answersFor,
  describeSessionEvent,
  reachableSessions,
  serializeSession,
} from './reachable-sessions.js';
import { offline, T0 } from './session-world.js';

const reachable = reachableSessions().map(({ state, input, events }) => ({
  snapshot: state,
  input,
  events,
  label: `${state.status} ← ${events.map(describeSessionEvent).join(' → ') || `(loaded ${input.stored?.refresh_token.token ?? 'nothing'})`}`,
}));

/** The states (labels, shortest first) for which `check` returns false. */
function violations(check: (snapshot: SessionSnapshot) => boolean): string[] {
  const failing = reachable.filter(({ snapshot }) => !check(snapshot));
  return [...new Set(failing.map(({ label }) => label))].sort((a, b) => a.length - b.length);
}

const next = nextSession;
const stale = (snapshot: SessionSnapshot) =>
  answersFor(snapshot).filter((event) => 'generation' in event && event.generation !== snapshot.generation);
const current = (snapshot: SessionSnapshot) =>
  answersFor(snapshot).filter((event) => 'generation' in event && event.generation === snapshot.generation);

describe('the session machine as a graph', () => {
  it('reaches every status, and a non-trivial number of states', () => {
    expect([...new Set(reachable.map(({ snapshot }) => snapshot.status))].sort()).toEqual([...SESSION_STATUSES].sort());
    expect(reachable.length).toBeGreaterThan(40);
  });

  it('holds tokens, a user and an expiry in every state but signed-out, and none there', () => {
    expect(
      violations(({ status, tokens, user, expiresAt }) => {
        const held = [tokens, user, expiresAt].map((part) => part !== null);
        return held.every((part) => part === (status !== 'signed-out'));
      }),
    ).toEqual([]);
  });

  it('names the user of the pair it holds', () => {
    expect(violations(({ tokens, user }) => tokens === null || user?.identity === tokens.refresh_token.identity)).toEqual([]);
  });

  it('reports a logout failure only while signed out, and an error only where one explains the state', () => {
    expect(violations(({ status, logoutError }) => logoutError === null || status === 'signed-out')).toEqual([]);
    // A refresh tried again after an error keeps saying why it is needed.
    expect(violations(({ status, error }) => error === null || ['signed-out', 'error', 'refreshing'].includes(status))).toEqual([]);
    expect(violations(({ status, error }) => status !== 'error' || error !== null)).toEqual([]);
  });

  it('ignores every late answer of a session since replaced', () => {
    expect(
      violations((snapshot) =>
        stale(snapshot).every((event) => {
          const after = next(snapshot, event);
          return serializeSession(after) === serializeSession(snapshot) && after.generation === snapshot.generation;
        }),
      ),
    ).toEqual([]);
  });

  it('logs out from every state, and no answer of the calls before brings the session back', () => {
    expect(
      violations((snapshot) => {
        const out = next(snapshot, { type: 'app.logout' });
        const forgotten = out.status === 'signed-out' && out.tokens === null && out.error === null && out.logoutError === null;
        const answers = current(snapshot).filter((event) => event.type !== 'api.failed' || event.operation !== 'logout');
        return forgotten && answers.every((event) => serializeSession(next(out, event)) === serializeSession(out));
      }),
    ).toEqual([]);
  });

  it('holds the tokens the app sets, from every state', () => {
    expect(
      violations((snapshot) => {
        const after = next(snapshot, { type: 'app.setTokens', tokens: PAIRS.given, at: T0 });
        return after.status === 'signed-in' && after.tokens === PAIRS.given && after.generation > snapshot.generation;
      }),
    ).toEqual([]);
  });

  it('refreshes on request from every state holding tokens, and never from signed-out', () => {
    expect(
      violations((snapshot) => {
        const after = next(snapshot, { type: 'app.refresh' });
        return snapshot.status === 'signed-out' ? after.status === 'signed-out' : after.status === 'refreshing';
      }),
    ).toEqual([]);
  });

  it('lets every state with a call in flight move on when the call fails', () => {
    expect(
      violations((snapshot) => {
        if (snapshot.status !== 'checking' && snapshot.status !== 'refreshing') {
          return true;
        }
        const operation = snapshot.status === 'checking' ? 'check' : 'refresh';
        const failed = next(snapshot, { type: 'api.failed', operation, generation: snapshot.generation, error: offline() });
        return failed.status === 'error' && failed.tokens === snapshot.tokens;
      }),
    ).toEqual([]);
  });

  it('follows another tab: its sign-out ends the session here, its pair replaces the one held', () => {
    expect(
      violations((snapshot) => {
        const emptied = next(snapshot, { type: 'storage.changed', stored: null, at: T0 });
        const rotated = next(snapshot, { type: 'storage.changed', stored: PAIRS.otherTab, at: T0 });
        // The pair it holds already, stored again, changes nothing.
        const follows = snapshot.tokens === PAIRS.otherTab ? rotated === snapshot : rotated.status === 'signed-in';
        return emptied.status === 'signed-out' && follows && rotated.tokens === PAIRS.otherTab;
      }),
    ).toEqual([]);
  });

  it('lands in the same state when a path is replayed from a fresh start (no event changes what it was given)', () => {
    for (const { snapshot, input, events, label } of reachable) {
      expect(serializeSession(events.reduce(nextSession, initialSession(input))), label).toBe(serializeSession(snapshot));
    }
  });
});
