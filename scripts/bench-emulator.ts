/**
 * Throughput of the emulator over HTTP on loopback: `tsx scripts/bench-emulator.ts [options]`.
 *
 * It starts the emulator CLI in a child process (so the load generator does not share its event
 * loop), then runs three phases with `--flows` concurrent flows over keep-alive connections:
 * 1. sign-up: each flow signs one account up (start, password, complete). The password step
 *    hashes with scrypt at `--scrypt-cost`, the emulator's default unless told otherwise.
 * 2. warm-up, then steady: each flow loops over the steps a login page and an app make without a
 *    password (flow/start, set_email, a poll, a reset_password send, token/check, session/refresh,
 *    jwks), the flows together sending `--rate` steps per second. A step's latency runs from when
 *    it was due, not when it went out, so a server that falls behind cannot hide it. The first
 *    `--warmup` seconds (code paths the sign-up did not run are compiled then) are shown apart.
 * 3. capacity: the same loop with no pause between steps: the most the emulator can take. With
 *    every flow always waiting on an answer, latency there is mostly queueing (flows / rate).
 * Steady and capacity stop after `--duration` seconds or `--max-requests` requests each.
 * It prints one line per phase and endpoint (steps, steps/s, p50 and p99 latency), password steps
 * apart from the rest, and a summary line with the goal: at least 1,000 non-password steps/s with
 * p99 under 10 ms at 100 concurrent flows (judged on phase 2). The summary also gives the server's
 * CPU time per step, which a busy machine does not change, and says when the load generator itself
 * sent late (then the latencies are the machine's as much as the emulator's). A hard time limit
 * ends everything if the emulator hangs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const TOKEN = 'pcl_benchemulatortoken';
const CLI = resolve(import.meta.dirname, '../emulator/src/node/cli.ts');
const GOAL = { stepsPerSecond: 1000, p99Ms: 10 };

const { values } = parseArgs({
  options: {
    flows: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    'max-requests': { type: 'string', default: '200000' },
    rate: { type: 'string', default: '1200' },
    warmup: { type: 'string', default: '3' },
    'scrypt-cost': { type: 'string', default: String(2 ** 14) },
    db: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`Usage: tsx scripts/bench-emulator.ts [--flows 100] [--rate 1200] [--warmup 3] [--duration 10]
                                    [--max-requests 200000] [--scrypt-cost 16384] [--db <file.db>]`);
  process.exit(0);
}
const FLOWS = positive('flows');
const DURATION_MS = positive('duration') * 1000;
const MAX_REQUESTS = positive('max-requests');
const SCRYPT_COST = positive('scrypt-cost');
const RATE = positive('rate');
const WARMUP_MS = positive('warmup') * 1000;
/** Generous: the sign-up phase at the default cost takes seconds, the others are timed. */
const HARD_LIMIT_MS = WARMUP_MS + 2 * DURATION_MS + 300_000;

function positive(name: 'flows' | 'duration' | 'max-requests' | 'scrypt-cost' | 'rate' | 'warmup'): number {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} must be a positive integer`);
    process.exit(2);
  }
  return value;
}

type Kind = 'password' | 'non-password';

/** Latencies (ms) of one endpoint in one phase. */
interface Series {
  phase: string;
  endpoint: string;
  kind: Kind;
  latencies: number[];
  failures: number;
}

class Recorder {
  readonly series = new Map<string, Series>();
  /** Per phase: how late the load generator sent paced steps (ms), to tell a busy machine apart. */
  readonly lag = new Map<string, number[]>();
  requests = 0;

  addLag(phase: string, ms: number): void {
    const lags = this.lag.get(phase) ?? [];
    lags.push(ms);
    this.lag.set(phase, lags);
  }

  add(phase: string, endpoint: string, kind: Kind, ms: number, ok: boolean): void {
    const key = `${phase} ${endpoint}`;
    const series = this.series.get(key) ?? { phase, endpoint, kind, latencies: [], failures: 0 };
    series.latencies.push(ms);
    series.failures += ok ? 0 : 1;
    this.series.set(key, series);
    this.requests += 1;
  }
}

interface Envelope {
  status: string;
  summary: string;
  result: Record<string, unknown> | null;
}

/**
 * One POST over the keep-alive agent; the latency runs from `due` (default: now) to the last byte
 * read. A reset on a reused socket is the keep-alive race Node documents (the server closed the
 * idle socket as this request went out, so it never ran): that one request is sent again.
 */
async function post(agent: Agent, port: number, path: string, body: unknown, due?: number): Promise<{ envelope: Envelope; ms: number }> {
  const started = due ?? performance.now();
  // Each stale socket fails once and is gone, so a few tries always reach a live one.
  for (let attempt = 1; ; attempt++) {
    try {
      return { envelope: await send(agent, port, path, body), ms: performance.now() - started };
    } catch (error) {
      if (!(error instanceof StaleSocketError) || attempt === 5) {
        throw error;
      }
    }
  }
}

class StaleSocketError extends Error {}

function send(agent: Agent, port: number, path: string, body: unknown): Promise<Envelope> {
  const payload = JSON.stringify(body);
  return new Promise((resolveCall, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: `Bearer ${TOKEN}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolveCall(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on('error', reject);
      },
    );
    call.on('error', (error: NodeJS.ErrnoException) =>
      reject(call.reusedSocket && error.code === 'ECONNRESET' ? new StaleSocketError(error.message) : error),
    );
    call.end(payload);
  });
}

/**
 * A step of one flow: waits for its turn (`pace`, which returns when the step was due), posts,
 * records, and throws on anything but Success (a broken run must not look fast).
 */
function stepper(agent: Agent, port: number, recorder: Recorder, phase: string, pace: () => Promise<number | undefined>) {
  return async (endpoint: string, kind: Kind, path: string, body: unknown): Promise<Record<string, unknown>> => {
    const due = await pace();
    if (due !== undefined) {
      recorder.addLag(phase, performance.now() - due);
    }
    const { envelope, ms } = await post(agent, port, path, body, due).catch((error: unknown) => {
      throw new Error(`${phase} ${endpoint}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    recorder.add(phase, endpoint, kind, ms, envelope.status === 'Success');
    if (envelope.status !== 'Success' || envelope.result === null) {
      throw new Error(`${endpoint}: ${envelope.status} (${envelope.summary})`);
    }
    return envelope.result;
  };
}

interface Account {
  email: string;
  active: string;
  refresh: string;
}

const PASSWORD = 'Bench1+Password';

async function signUp(step: ReturnType<typeof stepper>, index: number): Promise<Account> {
  const email = `bench${index}@example.com`;
  const flow = await step('flow/start', 'non-password', '/v2/flow/start', { email, cb_uri: 'http://localhost:3000/callback' });
  await step('flow/update password', 'password', '/v2/flow/update', { flow_id: flow['flow_id'], choice: 'password', data: { password: PASSWORD } });
  const tokens = await step('flow/complete', 'non-password', '/v2/flow/complete', { flow_id: flow['flow_id'] });
  return { email, active: tokenOf(tokens, 'active_token'), refresh: tokenOf(tokens, 'refresh_token') };
}

function tokenOf(result: Record<string, unknown>, key: 'active_token' | 'refresh_token'): string {
  const token = result[key];
  return typeof token === 'object' && token !== null && 'token' in token && typeof token.token === 'string' ? token.token : '';
}

/** The steady loop of one flow: only steps without a password, until `stop()` says so. */
async function steadyFlow(step: ReturnType<typeof stepper>, account: Account, stop: () => boolean): Promise<void> {
  while (!stop()) {
    const flow = await step('flow/start', 'non-password', '/v2/flow/start', { cb_uri: 'http://localhost:3000/callback' });
    const flowId = flow['flow_id'];
    await step('flow/update set_email', 'non-password', '/v2/flow/update', { flow_id: flowId, choice: 'set_email', data: { email: account.email } });
    await step('flow/update poll', 'non-password', '/v2/flow/update', { flow_id: flowId, choice: '', data: {} });
    await step('flow/restart reset_password', 'non-password', '/v2/flow/restart', { flow_id: flowId, choice: 'reset_password', data: {} });
    await step('client/token/check', 'non-password', '/v2/client/token/check', { token: account.active });
    const pair = await step('client/session/refresh', 'non-password', '/v2/client/session/refresh', {
      refresh_token: account.refresh,
      user_token: account.active,
    });
    account.active = tokenOf(pair, 'active_token');
    account.refresh = tokenOf(pair, 'refresh_token');
    await step('client/jwks', 'non-password', '/v2/client/jwks', {});
  }
}

const unpaced = (): Promise<undefined> => Promise.resolve(undefined);

/**
 * One flow's share of `rate`: a step every `flows / rate` seconds, the flows staggered evenly.
 * Returns when the step was due; a flow that is late sends at once and catches up.
 */
function pacer(index: number, rate: number, flows: number): () => Promise<number> {
  const interval = (1000 * flows) / rate;
  let due = performance.now() + (index * interval) / flows;
  return async () => {
    const wait = due - performance.now();
    if (wait > 0) {
      // Node truncates a fractional delay, which would send early and flatter the latency.
      await new Promise((resolveWait) => setTimeout(resolveWait, Math.ceil(wait)));
    }
    const thisOne = due;
    due += interval;
    return thisOne;
  };
}

async function startServer(configFile: string): Promise<{ child: ChildProcess; port: number }> {
  // `node --import tsx` rather than the tsx binary: one process, so stopping it stops the server.
  const args = ['--import', 'tsx', CLI, '--port', '0', '--token', TOKEN, '--config', configFile];
  const child = spawn(process.execPath, values.db === undefined ? args : [...args, '--db', values.db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    const lines = createInterface({ input: child.stdout ?? process.stdin });
    lines.on('line', (line) => {
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
      if (match?.[1]) {
        resolvePort(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`The emulator exited (${code}) before listening`)));
  });
  return { child, port };
}

/**
 * CPU time the server process has used (ms), from /proc (Linux; undefined elsewhere). It does not
 * depend on what else the machine runs, so it says what the emulator costs even when the
 * latencies are spoiled by a busy machine. /proc counts in ticks of 10 ms (USER_HZ = 100).
 */
function serverCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

function line(columns: (string | number)[], widths: number[]): string {
  return columns.map((column, i) => (i < 3 ? String(column).padEnd(widths[i] ?? 0) : String(column).padStart(widths[i] ?? 0))).join('  ');
}

function report(recorder: Recorder, phaseMs: Map<string, number>): void {
  const widths = [8, 28, 12, 8, 9, 8, 8, 8];
  console.log(line(['phase', 'endpoint', 'kind', 'steps', 'steps/s', 'p50 ms', 'p99 ms', 'failed'], widths));
  for (const series of recorder.series.values()) {
    const sorted = [...series.latencies].sort((a, b) => a - b);
    const seconds = (phaseMs.get(series.phase) ?? Number.NaN) / 1000;
    console.log(
      line(
        [
          series.phase,
          series.endpoint,
          series.kind,
          sorted.length,
          (sorted.length / seconds).toFixed(0),
          percentile(sorted, 0.5).toFixed(2),
          percentile(sorted, 0.99).toFixed(2),
          series.failures,
        ],
        widths,
      ),
    );
  }
}

function summary(recorder: Recorder, phaseMs: Map<string, number>, serverCpu: Map<string, number>): boolean {
  const all = (phase: string, kind: Kind) =>
    [...recorder.series.values()]
      .filter((s) => s.phase === phase && s.kind === kind)
      .flatMap((s) => s.latencies)
      .sort((a, b) => a - b);
  const seconds = (phase: string) => (phaseMs.get(phase) ?? Number.NaN) / 1000;
  const figures = (latencies: number[], phase: string, digits: number) =>
    `${latencies.length} steps in ${seconds(phase).toFixed(1)} s = ${(latencies.length / seconds(phase)).toFixed(digits)} steps/s, ` +
    `p50 ${percentile(latencies, 0.5).toFixed(digits === 0 ? 2 : 1)} ms, p99 ${percentile(latencies, 0.99).toFixed(digits === 0 ? 2 : 1)} ms`;
  const steady = all('steady', 'non-password');
  const rate = steady.length / seconds('steady');
  const met = rate >= GOAL.stepsPerSecond && percentile(steady, 0.99) < GOAL.p99Ms;
  const failures = [...recorder.series.values()].reduce((sum, s) => sum + s.failures, 0);
  // If the generator itself could not send on time, the latencies blame the server for the machine.
  const lag = percentile([...(recorder.lag.get('steady') ?? [])].sort((a, b) => a - b), 0.99);
  const busy = lag > 5 ? ` (the load generator sent late, p99 ${lag.toFixed(1)} ms: the machine is busy, so these are upper bounds)` : '';
  const capacitySteps = all('capacity', 'non-password').length;
  const cpu = serverCpu.get('capacity');
  const cost =
    cpu === undefined || capacitySteps === 0
      ? ''
      : `; server CPU ${((1000 * cpu) / capacitySteps).toFixed(0)} µs per non-password step (one core: ${Math.round((capacitySteps * 1000) / cpu)} steps/s)`;
  console.log(
    `summary: ${FLOWS} flows on ${values.db === undefined ? 'the memory store' : `SQLite ${values.db}`}; ` +
      `non-password at ${RATE}/s offered: ${figures(steady, 'steady', 0)} ` +
      `(goal >= ${GOAL.stepsPerSecond}/s with p99 < ${GOAL.p99Ms} ms: ${met ? 'met' : 'MISSED'})${busy}; ` +
      `capacity: ${figures(all('capacity', 'non-password'), 'capacity', 0)}${cost}; ` +
      `password (scrypt N=${SCRYPT_COST}): ${figures(all('sign-up', 'password'), 'sign-up', 1)}; ${failures} failed`,
  );
  return met && failures === 0;
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'authn-bench-'));
  const configFile = join(scratch, 'config.json');
  writeFileSync(configFile, JSON.stringify({ preset: 'password', scryptCost: SCRYPT_COST }));
  const { child, port } = await startServer(configFile);
  const hardLimit = setTimeout(() => {
    console.error(`The bench did not finish within ${HARD_LIMIT_MS / 1000} s; stopping`);
    child.kill('SIGKILL');
    process.exit(1);
  }, HARD_LIMIT_MS);
  // FIFO spreads the requests over every socket. With a `timeout`, the agent also honours the
  // server's `Keep-Alive: timeout=5` and drops an idle socket a second before the server would.
  const agent = new Agent({ keepAlive: true, maxSockets: FLOWS, scheduling: 'fifo', timeout: 60_000 });
  const recorder = new Recorder();
  const phaseMs = new Map<string, number>();
  const serverCpu = new Map<string, number>();
  let ok: boolean;
  try {
    let started = performance.now();
    const signUpStep = stepper(agent, port, recorder, 'sign-up', unpaced);
    const accounts = await Promise.all(Array.from({ length: FLOWS }, (_, i) => signUp(signUpStep, i)));
    phaseMs.set('sign-up', performance.now() - started);

    const phases = [
      { phase: 'warm-up', paced: true, ms: WARMUP_MS },
      { phase: 'steady', paced: true, ms: DURATION_MS },
      { phase: 'capacity', paced: false, ms: DURATION_MS },
    ];
    for (const { phase, paced, ms } of phases) {
      started = performance.now();
      const cpuBefore = serverCpuMs(child.pid);
      const budget = recorder.requests + MAX_REQUESTS;
      const stop = () => performance.now() - started >= ms || recorder.requests >= budget;
      await Promise.all(
        accounts.map((account, i) =>
          steadyFlow(stepper(agent, port, recorder, phase, paced ? pacer(i, RATE, FLOWS) : unpaced), account, stop),
        ),
      );
      phaseMs.set(phase, performance.now() - started);
      const cpuAfter = serverCpuMs(child.pid);
      if (cpuBefore !== undefined && cpuAfter !== undefined) {
        serverCpu.set(phase, cpuAfter - cpuBefore);
      }
    }

    report(recorder, phaseMs);
    ok = summary(recorder, phaseMs, serverCpu);
  } finally {
    clearTimeout(hardLimit);
    agent.destroy();
    child.kill('SIGTERM');
    await new Promise((resolveExit) => (child.exitCode === null ? child.once('exit', resolveExit) : resolveExit(undefined)));
    rmSync(scratch, { recursive: true, force: true });
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
