/**
 * fast-check drives the session controller (core) against a model of the AuthN server: sign-ins,
 * refreshes, logouts, clock jumps, answers delivered in any order (or lost on the way back), and
 * another tab rotating or ending the shared session. After every step it checks what the session
 * promises: one refresh per refresh token, never a spent one of its own sent again, storage in step,
 * no state waiting on nothing, a logout never undone and, when nothing was lost, a session really
 * ended by it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuthNError, AuthNLogoutResult, SessionTokens, TokenInfo } from '../../src/core/index.js';
import { createWorld, flush, infoOf, offline, statusError, tokenPair, type PendingCall, type World } from '../core/session/session-world.js';

const ACTIVE_LIFE_SECONDS = 300;
const MARGIN = { refreshMarginMs: 60_000 };

/**
 * The server's side of sessions: a refresh spends the refresh token and the active token with it;
 * a spent refresh token sent again is taken as theft and ends the session.
 */
class Server {
  private issued = 100;
  private readonly live = new Map<number, boolean>();
  private readonly refreshTokens = new Map<string, { session: number; spent: boolean }>();
  private readonly activeTokens = new Map<string, { session: number; valid: boolean; expiresAt: number }>();

  signIn(now: number): SessionTokens {
    const session = this.live.size + 1;
    this.live.set(session, true);
    return this.issue(session, now);
  }

  isLive(tokens: SessionTokens): boolean {
    return this.live.get(this.sessionOf(tokens)) === true;
  }

  sessionOf(tokens: SessionTokens): number {
    return this.sessionOfToken(tokens.refresh_token.token);
  }

  sessionOfToken(token: string): number {
    return (this.refreshTokens.get(token) ?? this.activeTokens.get(token))?.session ?? -1;
  }

  refresh(token: string, now: number): SessionTokens | AuthNError {
    const entry = this.refreshTokens.get(token);
    if (entry === undefined || this.live.get(entry.session) !== true) {
      return statusError('InvalidToken');
    }
    if (entry.spent) {
      this.live.set(entry.session, false);
      return statusError('InvalidToken');
    }
    entry.spent = true;
    return this.issue(entry.session, now);
  }

  check(token: string, at: number): TokenInfo | AuthNError {
    const entry = this.usable(token, at);
    return entry instanceof Error ? entry : { ...entry.info, life: Math.round((entry.expiresAt - at) / 1000) };
  }

  revoke(token: string, at: number): undefined | AuthNError {
    const entry = this.usable(token, at);
    if (entry instanceof Error) {
      return entry;
    }
    this.live.set(entry.session, false);
    return undefined;
  }

  private usable(token: string, at: number) {
    const entry = this.activeTokens.get(token);
    if (entry === undefined || !entry.valid || this.live.get(entry.session) !== true) {
      return statusError('InvalidToken');
    }
    if (at >= entry.expiresAt) {
      return statusError('ExpiredToken');
    }
    const pair = tokenPair(Number(token.slice('ptu_'.length)), { activeLife: ACTIVE_LIFE_SECONDS, identity: `pui_${entry.session}` });
    return { ...entry, info: infoOf(pair) };
  }

  private issue(session: number, now: number): SessionTokens {
    this.issued += 1;
    for (const entry of this.activeTokens.values()) {
      if (entry.session === session) {
        entry.valid = false;
      }
    }
    const pair = tokenPair(this.issued, { activeLife: ACTIVE_LIFE_SECONDS, issuedAt: now, identity: `pui_${session}` });
    this.refreshTokens.set(pair.refresh_token.token, { session, spent: false });
    this.activeTokens.set(pair.active_token?.token ?? '', { session, valid: true, expiresAt: now + ACTIVE_LIFE_SECONDS * 1000 });
    return pair;
  }
}

type Delivery = 'answer' | 'unreached' | 'lost';

type Step =
  | { kind: 'signIn' }
  | { kind: 'forget' }
  | { kind: 'refresh' }
  | { kind: 'logout' }
  | { kind: 'advance'; ms: number }
  | { kind: 'sleep'; ms: number }
  | { kind: 'deliver'; pick: number; how: Delivery }
  | { kind: 'otherTab'; what: 'rotate' | 'signOut'; notify: boolean };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'signIn' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'forget' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'refresh' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'logout' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(1_000, 30_000, 120_000, 250_000, 3_600_000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sleep' as const), ms: fc.constantFrom(60_000, 250_000, 3_600_000) }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      pick: fc.nat({ max: 7 }),
      how: fc.oneof(
        { weight: 12, arbitrary: fc.constant<Delivery>('answer') },
        { weight: 3, arbitrary: fc.constant<Delivery>('unreached') },
        { weight: 1, arbitrary: fc.constant<Delivery>('lost') },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('otherTab' as const), what: fc.constantFrom('rotate' as const, 'signOut' as const), notify: fc.boolean() }),
  },
);

/**
 * What the server answers the call, and does. It acts when the answer is delivered, as if the
 * request had only just reached it: a call in flight while the clock moves on is a slow request.
 */
function answerOf(server: Server, call: PendingCall, now: number): unknown {
  switch (call.name) {
    case 'check':
      return server.check(call.token, now);
    case 'refresh':
      return server.refresh(call.token, now);
    case 'revoke':
      return server.revoke(call.token, now);
    default:
      return call.name satisfies never;
  }
}

interface LogoutEntry {
  /** The pair it must end: the one held, or a newer one another tab stored. */
  target: SessionTokens | null;
  outcome: AuthNLogoutResult | null;
  /** The app set tokens or logged out again since: this logout's failure is old news. */
  replaced: boolean;
}

interface Run {
  world: World;
  server: Server;
  /** Refresh tokens this tab spent and heard back about: sending one again would be theft. */
  spentHere: Set<string>;
  loggedOut: boolean;
  /**
   * Sessions the server acted on in a call whose answer was lost (the kit cannot know what it did),
   * or got a logout's token for later than the 10 s the kit allows for the way there: either can
   * leave the session alive after a logout, as the kit accepts.
   */
  beyondReach: Set<number>;
  /** Whether storage was last written by this tab (not by another behind its back). */
  wroteLast: boolean;
  logouts: LogoutEntry[];
  promises: { settled: boolean; rejected: boolean }[];
}

function track(run: Run, promise: Promise<unknown>) {
  const entry = { settled: false, rejected: false };
  run.promises.push(entry);
  promise.then(
    () => (entry.settled = true),
    () => {
      entry.settled = true;
      entry.rejected = true;
    },
  );
}

async function deliver(run: Run, pick: number, how: Delivery) {
  const { world, server } = run;
  const call = world.pending[pick % world.pending.length];
  if (call === undefined) {
    return;
  }
  if (call.name === 'revoke' && world.now - call.madeAt > 10_000) {
    run.beyondReach.add(server.sessionOfToken(call.token));
  }
  if (how === 'unreached') {
    call.reject(offline());
  } else {
    const answer = answerOf(server, call, world.now);
    if (how === 'lost') {
      run.beyondReach.add(server.sessionOfToken(call.token));
      call.reject(offline());
    } else if (answer instanceof Error) {
      call.reject(answer);
    } else {
      if (call.name === 'refresh') {
        run.spentHere.add(call.token);
      }
      call.resolve(answer);
    }
  }
  await flush();
}

function replaceLogouts(run: Run) {
  run.logouts.forEach((entry) => (entry.replaced = true));
}

async function perform(run: Run, step: Step) {
  const { world, server } = run;
  const controller = world.controller;
  switch (step.kind) {
    case 'signIn':
      replaceLogouts(run);
      controller.setTokens(server.signIn(world.now));
      run.loggedOut = false;
      break;
    case 'forget':
      replaceLogouts(run);
      controller.setTokens(null);
      break;
    case 'refresh':
      track(run, controller.refresh());
      break;
    case 'logout': {
      const { tokens } = world.state;
      const stored = world.stored();
      const target = stored !== null && stored.refresh_token.token !== tokens?.refresh_token.token ? stored : tokens;
      replaceLogouts(run);
      const entry: LogoutEntry = { target, outcome: null, replaced: false };
      run.logouts.push(entry);
      run.loggedOut = true;
      const logout = controller.logout();
      track(run, logout);
      void logout.then((outcome) => (entry.outcome = outcome));
      break;
    }
    case 'advance':
      await world.advance(step.ms);
      break;
    case 'sleep':
      world.sleep(step.ms);
      controller.catchUp();
      break;
    case 'deliver':
      await deliver(run, step.pick, step.how);
      break;
    case 'otherTab': {
      // Another tab acts only between logouts, whose outcome would otherwise depend on its timing.
      const stored = world.stored();
      if (stored === null || run.logouts.some(({ outcome }) => outcome === null)) {
        return;
      }
      const next = step.what === 'rotate' ? server.refresh(stored.refresh_token.token, world.now) : server.revoke(stored.active_token?.token ?? '', world.now);
      const written = step.what === 'rotate' && next !== undefined && !(next instanceof Error) ? next : null;
      const writes = world.writes.length;
      world.otherTab(written, step.notify);
      run.wroteLast = world.writes.length > writes;
      return;
    }
    default:
      step satisfies never;
  }
  await flush();
}

function checkInvariants(run: Run, label: string) {
  const { world } = run;
  const { status, tokens } = world.state;
  const pendingRefreshes = world.pending.filter((call) => call.name === 'refresh').map((call) => call.token);

  expect(status === 'signed-out', `${label}: signed out ⇔ no tokens`).toBe(tokens === null);
  if (run.loggedOut) {
    expect(status, `${label}: a logout is never undone`).toBe('signed-out');
  }
  if (run.wroteLast) {
    expect(world.stored(), `${label}: storage holds the held pair`).toEqual(tokens);
  }
  expect(new Set(pendingRefreshes).size, `${label}: one refresh per refresh token at a time`).toBe(pendingRefreshes.length);
  if (status === 'checking') {
    expect(world.pending.some((call) => call.name === 'check'), `${label}: checking with a check in flight`).toBe(true);
  }
  if (status === 'refreshing') {
    expect(pendingRefreshes, `${label}: refreshing with the held pair's refresh in flight`).toContain(tokens?.refresh_token.token);
  }
  const timers = world.timers().length;
  expect(timers, `${label}: at most one timer`).toBeLessThanOrEqual(1);
  if (status === 'signed-in' || status === 'error') {
    expect(timers === 1 || pendingRefreshes.length > 0, `${label}: a live session has a refresh coming`).toBe(true);
  } else {
    expect(timers, `${label}: no timer without a live session`).toBe(0);
  }
  const last = run.logouts.at(-1);
  const reported = last !== undefined && !last.replaced && last.outcome?.outcome === 'failed';
  expect(world.state.logoutError !== null, `${label}: logoutError says the last logout failed, and nothing else`).toBe(reported);
  for (const { target, outcome } of run.logouts) {
    if (target !== null && outcome !== null && outcome.outcome !== 'failed' && !run.beyondReach.has(run.server.sessionOf(target))) {
      expect(run.server.isLive(target), `${label}: a logout that succeeded ended the session`).toBe(false);
    }
  }
}

interface RunStats {
  runs: number;
  statuses: Set<string>;
  logoutsVerified: number;
  refreshesAnswered: number;
}

async function play(initial: 'none' | 'live' | 'revoked', steps: Step[], stats: RunStats) {
  const server = new Server();
  let stored: SessionTokens | null = null;
  if (initial !== 'none') {
    stored = server.signIn(Date.parse('2025-06-02T09:30:00.000Z'));
    if (initial === 'revoked') {
      server.revoke(stored.active_token?.token ?? '', 0);
    }
  }
  const world = createWorld({ stored });
  const run: Run = { world, server, spentHere: new Set(), loggedOut: false, beyondReach: new Set(), wroteLast: true, logouts: [], promises: [] };
  // Every refresh token this tab sends is checked against the ones it spent itself.
  const sent = new Set<PendingCall>();
  const checkSent = (label: string) => {
    for (const call of world.pending.filter((entry) => !sent.has(entry))) {
      sent.add(call);
      if (call.name === 'refresh') {
        expect(run.spentHere.has(call.token), `${label}: sent ${call.token}, which it spent itself`).toBe(false);
      }
      if (call.name === 'revoke') {
        expect(call.token, `${label}: logout takes a user token only`).toMatch(/^ptu_/);
      }
    }
  };
  world.controller.start(MARGIN);
  await flush();
  checkSent('start');
  checkInvariants(run, 'start');
  for (const [index, step] of steps.entries()) {
    const writes = world.writes.length;
    await perform(run, step);
    if (step.kind !== 'otherTab' && world.writes.length > writes) {
      run.wroteLast = true;
    }
    const label = `step ${index} (${JSON.stringify(step)})`;
    checkSent(label);
    checkInvariants(run, label);
    stats.statuses.add(world.state.status);
  }
  // Every call answered at last: nothing is left waiting, and no promise the app holds rejects.
  for (let round = 0; round < 100 && world.pending.length > 0; round += 1) {
    await deliver(run, 0, 'answer');
    checkSent('settling');
    checkInvariants(run, 'settling');
  }
  await flush();
  expect(world.pending).toEqual([]);
  expect(['checking', 'refreshing']).not.toContain(world.state.status);
  expect(run.promises.every((entry) => entry.settled && !entry.rejected)).toBe(true);
  stats.runs += 1;
  stats.refreshesAnswered += run.spentHere.size;
  stats.logoutsVerified += run.logouts.filter(
    ({ target, outcome }) => target !== null && outcome?.outcome !== 'failed' && !run.beyondReach.has(server.sessionOf(target)),
  ).length;
}

const NUM_RUNS = 1000;

describe('the session controller under random use (property)', () => {
  it('keeps its promises whatever the app, the server, the clock and other tabs do', { timeout: 120_000 }, async () => {
    const stats: RunStats = { runs: 0, statuses: new Set(), logoutsVerified: 0, refreshesAnswered: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('none' as const, 'live' as const, 'revoked' as const),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 40, size: 'max' }),
        (initial, steps) => play(initial, steps, stats),
      ),
      { numRuns: NUM_RUNS, seed: Number(process.env['PROOF_SEED'] ?? 0x5e55) },
    );
    console.info(
      `session property: ${stats.runs} runs, statuses ${[...stats.statuses].sort().join(', ')}, ` +
        `${stats.refreshesAnswered} refreshes answered, ${stats.logoutsVerified} logouts checked on the server`,
    );
    // The runs reach far: every status, and many logouts whose effect on the server is checked.
    expect(stats.statuses.size).toBe(5);
    expect(stats.logoutsVerified).toBeGreaterThan(NUM_RUNS / 4);
  });
});
