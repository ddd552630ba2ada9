import type { FlowRecord, OutboxMessage, TokenRecord, UserRecord } from '../engine/records.js';

/**
 * Where the emulator keeps its state. Synchronous on purpose: the planned SQLite store uses
 * better-sqlite3, which is synchronous, and a sync interface keeps each engine step atomic.
 * Implementations must not hand out objects they keep: callers may hold on to what they get.
 */
export interface EmulatorStore {
  /** `email` is already normalised (lower case) by the engine. */
  getUserByEmail(email: string): UserRecord | undefined;
  putUser(user: UserRecord): void;

  getFlow(id: string): FlowRecord | undefined;
  putFlow(flow: FlowRecord): void;
  deleteFlow(id: string): void;

  getToken(token: string): TokenRecord | undefined;
  putToken(token: TokenRecord): void;

  appendOutbox(message: OutboxMessage): void;
  /** Oldest first. */
  listOutbox(): OutboxMessage[];

  /** Forgets users, flows, tokens and the outbox. */
  clear(): void;
}
