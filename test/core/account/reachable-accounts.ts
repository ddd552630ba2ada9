/**
 * The account machine walked as a graph, breadth first, under a finite alphabet: one session and
 * "others" to sign out of, counts 0 to 2, and one refusal with a field issue and one with a form
 * issue. Every event is offered in every state, answers of calls not in flight included.
 */
import { initialAccount, nextAccount } from '../../../src/core/index.js';
import type { AccountEvent, AccountState, FlowIssues, SignOutTarget } from '../../../src/core/index.js';

export const TARGETS = {
  phone: { kind: 'session', sessionId: 'pmt_phone' },
  others: { kind: 'others' },
} as const satisfies Record<string, SignOutTarget>;

export const ISSUES = {
  field: { fieldErrors: { newPassword: { code: 'invalid-field', rule: 'MinLength' } }, formError: null },
  form: { fieldErrors: {}, formError: { code: 'network' } },
} as const satisfies Record<string, FlowIssues>;

const COUNTS = [0, 1, 2] as const;

export const ALPHABET: readonly AccountEvent[] = [
  { type: 'user.changePassword' },
  { type: 'user.editPassword' },
  ...Object.values(TARGETS).map((target): AccountEvent => ({ type: 'user.signOut', target })),
  { type: 'user.confirm' },
  { type: 'user.cancel' },
  { type: 'user.dismiss' },
  { type: 'api.passwordChanged' },
  ...COUNTS.map((count): AccountEvent => ({ type: 'api.signedOut', count })),
  ...Object.values(ISSUES).flatMap((issues): AccountEvent[] => [
    { type: 'api.failed', operation: 'change-password', issues },
    { type: 'api.failed', operation: 'sign-out', issues },
    ...COUNTS.map((count): AccountEvent => ({ type: 'api.failed', operation: 'sign-out', issues, count })),
  ]),
  { type: 'api.sessionEnded' },
  { type: 'app.signedIn' },
];

/** What tells two states apart: all of it (a field issue set to `undefined` counts as absent). */
export function serializeAccount(state: AccountState): string {
  const { password, signOut, ended } = state;
  const fields = password.status === 'editing' ? { old: password.fieldErrors.oldPassword, new: password.fieldErrors.newPassword } : {};
  return JSON.stringify({
    password: password.status,
    fields,
    formError: password.status === 'editing' ? password.formError : null,
    signOut,
    ended,
  });
}

/** Whether a call waits for its answer in `state`. */
export function inFlight(state: AccountState): boolean {
  return state.password.status === 'saving' || state.signOut.status === 'signing-out';
}

/** Where the user can act again as at first: the form shown, nothing asked, the session live. */
export function atRest(state: AccountState): boolean {
  return state.password.status === 'editing' && state.signOut.status === 'idle' && !state.ended;
}

export interface AccountPath {
  events: AccountEvent[];
  /** Where `events` lead from `initialAccount`. */
  state: AccountState;
}

let paths: AccountPath[] | undefined;

/** One shortest path to every distinct state (computed once). */
export function reachableAccounts(): AccountPath[] {
  if (paths === undefined) {
    const found = new Map<string, AccountPath>([[serializeAccount(initialAccount), { events: [], state: initialAccount }]]);
    // A Map iterates over entries added while it runs: this visits states in the order found.
    for (const { events, state } of found.values()) {
      for (const event of ALPHABET) {
        const after = nextAccount(state, event);
        const key = serializeAccount(after);
        if (!found.has(key)) {
          found.set(key, { events: [...events, event], state: after });
        }
      }
    }
    paths = [...found.values()];
  }
  return paths;
}

export function describeAccountEvent(event: AccountEvent): string {
  switch (event.type) {
    case 'user.signOut':
      return `signOut(${event.target.kind === 'session' ? event.target.sessionId : 'others'})`;
    case 'api.signedOut':
      return `signedOut(${event.count})`;
    case 'api.failed': {
      const count = event.count === undefined ? '' : `, ${event.count}`;
      return `${event.operation} failed(${event.issues.formError === null ? 'field' : 'form'}${count})`;
    }
    case 'user.changePassword':
    case 'user.editPassword':
    case 'user.confirm':
    case 'user.cancel':
    case 'user.dismiss':
    case 'api.passwordChanged':
    case 'api.sessionEnded':
    case 'app.signedIn':
      return event.type;
    default:
      return event satisfies never;
  }
}
