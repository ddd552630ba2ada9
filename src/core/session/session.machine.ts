import { and, assign, not, setup, type SnapshotFrom } from 'xstate';
import type { AuthNError } from '../api/errors.js';
import type { SessionTokens, TokenInfo } from '../api/wire.js';
import {
  endsSession,
  isOtherPair,
  isRefreshable,
  readBack,
  signedIn,
  signedOut,
  type SessionMachineContext,
  type SessionState,
} from './session.state.js';
import { expiresAtOf } from './session.timing.js';

/** The calls a session makes: the mount check, a refresh, and the logout (which reports only failure). */
export type SessionOperation = 'check' | 'refresh' | 'logout';

/**
 * Events the machine accepts: `app.*` are the app's intents, `storage.changed` is what another tab
 * left in the shared storage, `api.*` are answers the host reports, each naming the `generation`
 * its call was made in. Times (`at`) are the host's clock: the machine reads none.
 */
export type SessionEvent =
  | { type: 'app.setTokens'; tokens: SessionTokens | null; at: number }
  | { type: 'app.refresh' }
  | { type: 'app.logout' }
  | { type: 'storage.changed'; stored: SessionTokens | null; at: number }
  | { type: 'api.checked'; generation: number; info: TokenInfo; at: number }
  | { type: 'api.refreshed'; generation: number; tokens: SessionTokens; at: number }
  | { type: 'api.failed'; operation: SessionOperation; generation: number; error: AuthNError };

export interface SessionInput {
  /** The pair read back from storage on load, if any. */
  stored: SessionTokens | null;
  at: number;
}

type EventOf<T extends SessionEvent['type']> = Extract<SessionEvent, { type: T }>;

function failureOf(event: SessionEvent, operation: SessionOperation): AuthNError | null {
  return event.type === 'api.failed' && event.operation === operation ? event.error : null;
}

/**
 * The session as a pure machine: no network, no timers, no storage. Its states are the statuses
 * the app reads. In `checking` and `refreshing` the host has a call in flight (see
 * session.controller.ts); every other state waits for the app, a timer or another tab. Marked
 * pure, so a bundle that never uses the session (the first screen) leaves it out.
 */
export const sessionMachine = /* @__PURE__ */ setup({
  types: {
    context: {} as SessionMachineContext,
    events: {} as SessionEvent,
    input: {} as SessionInput,
  },
  guards: {
    holdsNothing: ({ context }) => context.tokens === null,
    givesTokens: ({ event }) => event.type === 'app.setTokens' && event.tokens !== null,
    isCurrent: ({ context, event }) => 'generation' in event && event.generation === context.generation,
    // Another tab signed out: the storage is empty while this tab holds a pair.
    storageEmptied: ({ context, event }) =>
      event.type === 'storage.changed' && event.stored === null && context.tokens !== null,
    // Another tab signed in or rotated the pair: the pair it stored is the one the server knows.
    storageHoldsOther: ({ context, event }) =>
      event.type === 'storage.changed' && isOtherPair(event.stored, context.tokens),
    checkFailed: ({ event }) => failureOf(event, 'check') !== null,
    refreshFailed: ({ event }) => failureOf(event, 'refresh') !== null,
    logoutFailed: ({ event }) => failureOf(event, 'logout') !== null,
    isRefreshable: ({ event }) => event.type === 'api.failed' && isRefreshable(event.error),
    endsSession: ({ event }) => event.type === 'api.failed' && endsSession(event.error),
  },
  actions: {
    // Whatever replaces the held session makes every call in flight stale.
    holdGiven: assign(({ context, event }) => {
      const { tokens, at } = event as EventOf<'app.setTokens'>;
      return { ...(tokens === null ? signedOut() : signedIn(tokens, at)), generation: context.generation + 1 };
    }),
    holdStored: assign(({ context, event }) => {
      const { stored, at } = event as EventOf<'storage.changed'>;
      return { ...(stored === null ? signedOut() : signedIn(stored, at)), generation: context.generation + 1 };
    }),
    forget: assign(({ context }) => ({ ...signedOut(), generation: context.generation + 1 })),
    // The held pair stays: the check answers with who it belongs to and how long it lasts.
    holdChecked: assign(({ event }) => {
      const { info, at } = event as EventOf<'api.checked'>;
      return { user: info, error: null, logoutError: null, expiresAt: expiresAtOf(info, at, true) };
    }),
    holdRefreshed: assign(({ event }) => {
      const { tokens, at } = event as EventOf<'api.refreshed'>;
      return signedIn(tokens, at, true);
    }),
    endWithError: assign(({ event }) => signedOut((event as EventOf<'api.failed'>).error)),
    keepWithError: assign({ error: ({ event }) => (event as EventOf<'api.failed'>).error }),
    noteLogoutError: assign({ logoutError: ({ event }) => (event as EventOf<'api.failed'>).error }),
  },
}).createMachine({
  id: 'authnSession',
  context: ({ input }) => ({ ...readBack(input.stored, input.at), generation: 0 }),
  initial: 'checking',
  on: {
    'app.setTokens': [
      { guard: 'givesTokens', target: '.signed-in', actions: 'holdGiven' },
      { target: '.signed-out', actions: 'holdGiven' },
    ],
    // Forgotten first, whatever is in flight: the user asked to leave.
    'app.logout': { target: '.signed-out', actions: 'forget' },
    'storage.changed': [
      { guard: 'storageEmptied', target: '.signed-out', actions: 'holdStored' },
      { guard: 'storageHoldsOther', target: '.signed-in', actions: 'holdStored' },
    ],
  },
  states: {
    'signed-out': {
      on: {
        // Reported only while nothing has replaced the session the logout ended.
        'api.failed': { guard: and(['isCurrent', 'logoutFailed']), actions: 'noteLogoutError' },
      },
    },
    /** Tokens read back from storage: the host checks them (or refreshes a pair without an active token). */
    checking: {
      always: { guard: 'holdsNothing', target: 'signed-out' },
      on: {
        'app.refresh': 'refreshing',
        'api.checked': { guard: 'isCurrent', target: 'signed-in', actions: 'holdChecked' },
        'api.failed': [
          { guard: not(and(['isCurrent', 'checkFailed'])) },
          { guard: 'isRefreshable', target: 'refreshing' },
          { guard: 'endsSession', target: 'signed-out', actions: 'endWithError' },
          { target: 'error', actions: 'keepWithError' },
        ],
      },
    },
    /** The host refreshes `margin` before `expiresAt`. */
    'signed-in': {
      on: { 'app.refresh': 'refreshing' },
    },
    /** The tokens are kept; the host tries again in 30 s. */
    error: {
      on: { 'app.refresh': 'refreshing' },
    },
    /** One refresh in flight, spending the held refresh token. */
    refreshing: {
      on: {
        'api.refreshed': { guard: 'isCurrent', target: 'signed-in', actions: 'holdRefreshed' },
        'api.failed': [
          { guard: not(and(['isCurrent', 'refreshFailed'])) },
          { guard: 'endsSession', target: 'signed-out', actions: 'endWithError' },
          { target: 'error', actions: 'keepWithError' },
        ],
      },
    },
  },
});

export type SessionMachine = typeof sessionMachine;
export type SessionSnapshot = SnapshotFrom<SessionMachine>;

/** The session as the app reads it, from a snapshot. */
export function selectSessionState(snapshot: SessionSnapshot): SessionState {
  const { generation: _generation, ...held } = snapshot.context;
  return { status: snapshot.value, ...held };
}
