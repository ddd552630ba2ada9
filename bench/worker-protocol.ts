import type { EmulatorRequest, EmulatorResponse, OutboxMessage } from '@authn-flow-kit/emulator';

export type WorkerQuestion = { kind: 'handle'; request: EmulatorRequest } | { kind: 'outbox' };

export type WorkerRequest = WorkerQuestion & { id: number };

export type WorkerReply =
  | { id: number; kind: 'handle'; response: EmulatorResponse }
  | { id: number; kind: 'outbox'; messages: OutboxMessage[] };

/** What the page's `?preset=` and `?startDelay=` (ms) ask of the worker, carried in its name. */
export interface WorkerOptions {
  preset: string;
  startDelayMs: number;
}

export function workerOptionsOf(query: string): WorkerOptions {
  const params = new URLSearchParams(query);
  const delay = Number(params.get('startDelay') ?? 0);
  return { preset: params.get('preset') ?? 'password', startDelayMs: Number.isFinite(delay) && delay > 0 ? delay : 0 };
}
