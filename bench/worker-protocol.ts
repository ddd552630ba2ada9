import type { EmulatorRequest, EmulatorResponse, OutboxMessage } from '@authn-flow-kit/emulator';

export type WorkerQuestion = { kind: 'handle'; request: EmulatorRequest } | { kind: 'outbox' };

export type WorkerRequest = WorkerQuestion & { id: number };

export type WorkerReply =
  | { id: number; kind: 'handle'; response: EmulatorResponse }
  | { id: number; kind: 'outbox'; messages: OutboxMessage[] };
