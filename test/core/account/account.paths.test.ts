import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialAccount, nextAccount } from '../../../src/core/index.js';
import type { AccountEvent, AccountState } from '../../../src/core/index.js';
import { ALPHABET, atRest, describeAccountEvent, inFlight, reachableAccounts, serializeAccount } from './reachable-accounts.js';

const reachable = reachableAccounts().map(({ state, events }) => ({
  state,
  label: `${serializeAccount(state)} ← ${events.map(describeAccountEvent).join(' → ') || '(initial)'}`,
}));

/** The labels (shortest first) of the states for which `check` returns false. */
function violations(check: (state: AccountState) => boolean): string[] {
  return reachable
    .filter(({ state }) => !check(state))
    .map(({ label }) => label)
    .sort((a, b) => a.length - b.length);
}

/** The events `check` refuses in `state`, for a message that names them. */
const refused = (state: AccountState, check: (event: AccountEvent, after: AccountState) => boolean) =>
  ALPHABET.filter((event) => !check(event, nextAccount(state, event)));

// Each invariant as a check of one step, shared by the graph walk and the random sequences.
const unchangedIsSame = (state: AccountState, after: AccountState) => serializeAccount(after) !== serializeAccount(state) || after === state;
const nothingInFlightOnceEnded = (state: AccountState) => !(state.ended && inFlight(state));
const signsOutOnlyWhenConfirmed = (state: AccountState, event: AccountEvent, after: AccountState) =>
  after.signOut.status !== 'signing-out' ||
  state.signOut.status === 'signing-out' ||
  (state.signOut.status === 'confirming' && event.type === 'user.confirm' && after.signOut.target === state.signOut.target);

/** The answers of calls `state` does not wait for. */
function strayAnswer(state: AccountState, event: AccountEvent): boolean {
  const saving = state.password.status === 'saving';
  const signingOut = state.signOut.status === 'signing-out';
  switch (event.type) {
    case 'api.passwordChanged':
      return !saving;
    case 'api.signedOut':
      return !signingOut;
    case 'api.failed':
      return event.operation === 'change-password' ? !saving : !signingOut;
    default:
      return false;
  }
}

/** Settles whatever is going on, the way a user and host can: a new sign-in, the calls' answers, then closing what they show. */
const SETTLE: readonly AccountEvent[] = [
  { type: 'app.signedIn' },
  { type: 'api.failed', operation: 'change-password', issues: { fieldErrors: {}, formError: { code: 'network' } } },
  { type: 'api.signedOut', count: 0 },
  { type: 'user.dismiss' },
  { type: 'user.cancel' },
  { type: 'user.editPassword' },
];

describe('the account machine as a graph', () => {
  it('reaches every status of both parts, and the end of the session', () => {
    const statuses = (pick: (state: AccountState) => string) => [...new Set(reachable.map(({ state }) => pick(state)))].sort();
    expect(statuses(({ password }) => password.status)).toEqual(['editing', 'saved', 'saving']);
    expect(statuses(({ signOut }) => signOut.status)).toEqual(['confirming', 'done', 'failed', 'idle', 'signing-out']);
    expect(statuses(({ ended }) => String(ended))).toEqual(['false', 'true']);
    expect(reachable.length).toBeGreaterThan(100);
  });

  it('returns the state itself for every event that changes nothing', () => {
    expect(violations((state) => refused(state, (_event, after) => unchangedIsSame(state, after)).length === 0)).toEqual([]);
  });

  it('never waits for a call once the session has ended', () => {
    expect(violations(nothingInFlightOnceEnded)).toEqual([]);
  });

  it('signs out only on a confirm of what was asked', () => {
    expect(violations((state) => refused(state, (event, after) => signsOutOnlyWhenConfirmed(state, event, after)).length === 0)).toEqual([]);
  });

  it('ignores every answer of a call it does not wait for', () => {
    expect(
      violations((state) => refused(state, (event, after) => !strayAnswer(state, event) || after === state).length === 0),
    ).toEqual([]);
  });

  it('has no dead end: from every state the user gets back to the form with nothing asked', () => {
    const keys = new Map(reachable.map(({ state }) => [serializeAccount(state), state]));
    const back = new Set([...keys].filter(([, state]) => atRest(state)).map(([key]) => key));
    expect(back.size).toBeGreaterThan(0);
    // Grow the set of states that reach rest until no state joins it.
    for (let grew = true; grew; ) {
      grew = false;
      for (const [key, state] of keys) {
        if (!back.has(key) && ALPHABET.some((event) => back.has(serializeAccount(nextAccount(state, event))))) {
          back.add(key);
          grew = true;
        }
      }
    }
    expect(violations((state) => back.has(serializeAccount(state)))).toEqual([]);
  });
});

describe('the account machine under random events', () => {
  it('keeps its invariants along any sequence, and settles from wherever it ends', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }), (events) => {
        let state = initialAccount;
        for (const event of events) {
          const after = nextAccount(state, event);
          const step = `${describeAccountEvent(event)} in ${serializeAccount(state)}`;
          expect(unchangedIsSame(state, after), step).toBe(true);
          expect(nothingInFlightOnceEnded(after), step).toBe(true);
          expect(signsOutOnlyWhenConfirmed(state, event, after), step).toBe(true);
          expect(!strayAnswer(state, event) || after === state, step).toBe(true);
          state = after;
        }
        expect(atRest(SETTLE.reduce(nextAccount, state)), serializeAccount(state)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
