import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeResult, fetchCaller, flowResult, GOOD_PASSWORD, signUp, tokenInfo, TOKEN } from './helpers.js';

const CLI = join(import.meta.dirname, '../src/node/cli.ts');
/** How long a start may take before the test gives up (not a wait: readiness is the printed URL). */
const START_DEADLINE_MS = 30_000;

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: string;
}

/**
 * Starts the CLI as `node --import tsx cli.ts …`: the same as `tsx cli.ts`, but in one process,
 * so the SIGKILL below hits the server itself and not a wrapper that would leave it running.
 */
async function startCli(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--token', TOKEN, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The CLI did not print its URL in time: ${stderr}`)), START_DEADLINE_MS);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The CLI exited (${code ?? signal}) before listening: ${stderr}`));
    });
  });
  return { child, url };
}

function exited(child: ChildProcessWithoutNullStreams): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.signalCode ?? child.exitCode);
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

describe('the CLI with --db', () => {
  let directory: string;
  const started: ChildProcessWithoutNullStreams[] = [];

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'authn-durability-'));
  });
  afterEach(async () => {
    for (const child of started.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    rmSync(directory, { recursive: true, force: true });
  });

  it('never loses a sign-up whose flow/complete answered, even when killed with SIGKILL right after', { timeout: 90_000 }, async () => {
    const db = join(directory, 'emulator.db');
    const config = join(directory, 'config.json');
    writeFileSync(config, JSON.stringify({ scryptCost: 2 ** 10 }));

    const first = await startCli(['--db', db, '--config', config]);
    started.push(first.child);
    const signedUp = await signUp(fetchCaller(first.url), 'durable@example.com');
    // No shutdown, no checkpoint, no flush: the process dies as soon as the answer is in.
    first.child.kill('SIGKILL');
    expect(await exited(first.child)).toBe('SIGKILL');

    const second = await startCli(['--db', db, '--config', config]);
    started.push(second.child);
    const call = fetchCaller(second.url);
    const flow = flowResult(await call('/v2/flow/start', { email: 'durable@example.com' }));
    expect(flow.flow_type).toEqual(['signin']);
    const done = flowResult(await call('/v2/flow/update', { flow_id: flow.flow_id, choice: 'password', data: { password: GOOD_PASSWORD } }));
    expect(done.flow_phase).toBe('phase_completed');
    const signedIn = completeResult(await call('/v2/flow/complete', { flow_id: flow.flow_id }));
    expect(signedIn.active_token?.identity).toBe(signedUp.active_token?.identity);
    // The session issued just before the kill survived too.
    const check = tokenInfo(await call('/v2/client/token/check', { token: signedUp.active_token?.token }));
    expect(check.email).toBe('durable@example.com');
  });

  it('exits 1 with a one-line message when --db is not a SQLite file', { timeout: 60_000 }, async () => {
    const db = join(directory, 'not-a-db.txt');
    writeFileSync(db, 'plain text, not SQLite '.repeat(20));
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--db', db], { stdio: ['pipe', 'pipe', 'pipe'] });
    started.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(child)).toBe(1);
    expect(stderr.trim()).toBe(`Cannot keep the emulator's records in ${db}: file is not a database`);
  });
});
