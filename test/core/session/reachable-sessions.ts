/**
 * The session machine walked as a graph, breadth first. Answers are generated for the snapshot
 * they are sent to, in its generation and in the one before (a late answer of a replaced session),
 * so the walk is finite although the generation only grows.
 */
import { initialSession, nextSession } from '../../../src/core/index.js';
import type { AuthNSessionStatus, SessionEvent, SessionInput, SessionOperation, SessionSnapshot } from '../../../src/core/index.js';
import { infoOf, offline, statusError, T0, tokenPair } from './session-world.js';

export const SESSION_STATUSES = ['signed-out', 'checking', 'signed-in', 'refreshing', 'error'] as const satisfies readonly AuthNSessionStatus[];

/** Pairs by role: held at load, set by the app, rotated by a refresh, stored by another tab. */
export const PAIRS = {
  loaded: tokenPair(1),
  loadedWithoutActive: tokenPair(2, { activeLife: null }),
  given: tokenPair(3),
  givenWithoutActive: tokenPair(4, { activeLife: null }),
  refreshed: tokenPair(5),
  refreshedWithoutActive: tokenPair(6, { activeLife: null }),
  otherTab: tokenPair(7),
};

export const GRAPH_INPUTS: readonly SessionInput[] = [
  { stored: null, at: T0 },
  { stored: PAIRS.loaded, at: T0 },
  { stored: PAIRS.loadedWithoutActive, at: T0 },
];

const AT = T0 + 1_000;

/** The failures an answer may bring: the session over, over for good, or just unreachable. */
export const FAILURES = {
  'expired token': statusError('ExpiredToken'),
  'invalid token': statusError('InvalidToken'),
  'disabled user': statusError('DisabledUser'),
  'not found': statusError('NotFound', 404),
  'server error': statusError('InternalError', 500),
  offline: offline(),
};

const OPERATIONS: SessionOperation[] = ['check', 'refresh', 'logout'];

/** The app's intents and other tabs' writes, the same in every state. */
const INTENTS: readonly SessionEvent[] = [
  { type: 'app.setTokens', tokens: PAIRS.given, at: AT },
  { type: 'app.setTokens', tokens: PAIRS.givenWithoutActive, at: AT },
  { type: 'app.setTokens', tokens: null, at: AT },
  { type: 'app.refresh' },
  { type: 'app.logout' },
  { type: 'storage.changed', stored: null, at: AT },
  { type: 'storage.changed', stored: PAIRS.otherTab, at: AT },
  { type: 'storage.changed', stored: PAIRS.loaded, at: AT },
];

/** The answers a host could report now: of the calls of this generation, and late ones of the last. */
export function answersFor(snapshot: SessionSnapshot): SessionEvent[] {
  const current = snapshot.generation;
  const generations = current === 0 ? [current] : [current, current - 1];
  return generations.flatMap((generation): SessionEvent[] => [
    { type: 'api.checked', generation, info: infoOf(snapshot.tokens ?? PAIRS.loaded), at: AT },
    { type: 'api.refreshed', generation, tokens: PAIRS.refreshed, at: AT },
    { type: 'api.refreshed', generation, tokens: PAIRS.refreshedWithoutActive, at: AT },
    ...OPERATIONS.flatMap((operation) =>
      Object.values(FAILURES).map((error): SessionEvent => ({ type: 'api.failed', operation, generation, error })),
    ),
  ]);
}

export function graphEvents(snapshot: SessionSnapshot): SessionEvent[] {
  return [...INTENTS, ...answersFor(snapshot)];
}

/** What tells two snapshots apart: everything but the generation, which only counts. */
export function serializeSession(snapshot: SessionSnapshot): string {
  const { generation: _generation, status, tokens, user, error, logoutError, expiresAt } = snapshot;
  const errorKey = (value: typeof error) => (value === null ? null : (value.status ?? value.kind));
  return JSON.stringify({
    status,
    tokens: tokens === null ? null : [tokens.refresh_token.token, tokens.active_token?.token ?? null],
    user: user?.id ?? null,
    error: errorKey(error),
    logoutError: errorKey(logoutError),
    expiresAt,
  });
}

export interface SessionPath {
  input: SessionInput;
  events: SessionEvent[];
  /** Where `events` lead from `initialSession(input)`. */
  state: SessionSnapshot;
}

let paths: SessionPath[] | undefined;

/** One shortest path to every distinct snapshot, from each of `GRAPH_INPUTS` (computed once). */
export function reachableSessions(): SessionPath[] {
  paths ??= GRAPH_INPUTS.flatMap((input) => {
    const start = initialSession(input);
    const found = new Map<string, SessionPath>([[serializeSession(start), { input, events: [], state: start }]]);
    // A Map iterates over entries added while it runs: this visits snapshots in the order found.
    for (const { events, state } of found.values()) {
      for (const event of graphEvents(state)) {
        const after = nextSession(state, event);
        const key = serializeSession(after);
        if (!found.has(key)) {
          found.set(key, { input, events: [...events, event], state: after });
        }
      }
    }
    return [...found.values()];
  });
  return paths;
}

export function describeSessionEvent(event: SessionEvent): string {
  switch (event.type) {
    case 'app.setTokens':
      return `setTokens(${event.tokens?.refresh_token.token ?? 'null'})`;
    case 'app.refresh':
    case 'app.logout':
      return event.type;
    case 'storage.changed':
      return `storage(${event.stored?.refresh_token.token ?? 'empty'})`;
    case 'api.checked':
      return `checked@${event.generation}`;
    case 'api.refreshed':
      return `refreshed(${event.tokens.refresh_token.token})@${event.generation}`;
    case 'api.failed':
      return `${event.operation} failed(${event.error.status ?? event.error.kind})@${event.generation}`;
    default:
      return event satisfies never;
  }
}
