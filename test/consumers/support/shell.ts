import { spawn, type ChildProcess } from 'node:child_process';

// eslint-disable-next-line no-control-regex -- the escape sequences are what it removes
const ANSI = /\x1b\[[0-9;]*m/g;

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command to its end and returns what it printed (stdout and stderr, interleaved). */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Like `run`, but a non-zero exit is an error that carries the output, so a failing step explains itself. */
export async function runOk(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` exited with ${String(result.code)}:\n${result.output.slice(-4000)}`);
  }
  return result.output;
}

export interface Started {
  child: ChildProcess;
  /** The first match of `ready` in the output. */
  match: RegExpMatchArray;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a long-running process and waits until its output matches `ready`. */
export function start(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number },
): Promise<Started> {
  // Its own process group, so stopping it stops what it spawned (npx, next's workers).
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) {
        resolve();
        return;
      }
      child.once('close', () => resolve());
      process.kill(-child.pid, 'SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`\`${command} ${args.join(' ')}\` did not print ${String(options.ready)} in time:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      // Without colours: Vite and Next.js colour their addresses even when piped.
      output += chunk.toString().replace(ANSI, '');
      const match = output.match(options.ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match, output: () => output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`\`${command} ${args.join(' ')}\` exited with ${String(code)} before it was ready:\n${output}`));
    });
  });
}
