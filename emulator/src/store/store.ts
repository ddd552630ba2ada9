import type {
  FlowRecord,
  OutboxMessage,
  SigningKeyRecord,
  TicketRecord,
  TokenRecord,
  UserRecord,
} from '../engine/records.js';

/**
 * Where the emulator keeps its state. Synchronous on purpose: the SQLite store (node/) uses
 * better-sqlite3, which is synchronous, and a sync interface keeps each engine step atomic (no
 * other request runs between a read and the write that follows it).
 *
 * Records are plain JSON-safe objects, each keyed by one id; the lookups by other fields are the
 * indexes a database would declare. Implementations must not hand out objects they keep: callers
 * may change what they get.
 */
export interface EmulatorStore {
  getUser(id: string): UserRecord | undefined;
  /** `username` is already normalised by the engine (lower-case email or username, E.164 phone). */
  getUserByUsername(username: string): UserRecord | undefined;
  /** `email` is already normalised (lower case). */
  getUserByEmail(email: string): UserRecord | undefined;
  /** The user holding the passkey with this credential id (base64url). */
  getUserByPasskey(credentialId: string): UserRecord | undefined;
  /** Oldest first. */
  listUsers(): UserRecord[];
  /** Inserts or replaces by `id`; the other lookups follow the new values. */
  putUser(user: UserRecord): void;

  getFlow(id: string): FlowRecord | undefined;
  putFlow(flow: FlowRecord): void;
  deleteFlow(id: string): void;

  getToken(token: string): TokenRecord | undefined;
  /**
   * The tokens of a session that are not revoked, oldest first. Revoked ones stay reachable by
   * `getToken` (reuse detection needs them) but are left out here: every refresh revokes a pair,
   * and a long session would otherwise make each refresh slower than the last.
   */
  listLiveSessionTokens(sessionId: string): TokenRecord[];
  /** The tokens of a user that are not revoked, oldest first (`client/session/list`). */
  listLiveUserTokens(userId: string): TokenRecord[];
  putToken(token: TokenRecord): void;

  getTicket(id: string): TicketRecord | undefined;
  putTicket(ticket: TicketRecord): void;

  getSigningKey(): SigningKeyRecord | undefined;
  putSigningKey(key: SigningKeyRecord): void;

  appendOutbox(message: OutboxMessage): void;
  /** Oldest first. */
  listOutbox(): OutboxMessage[];

  /**
   * Drops flows, tokens and tickets that expired before `before` (ms), so a long-running emulator
   * does not grow without end. Users and the outbox stay.
   */
  purgeExpired(before: number): void;

  /** Forgets everything. */
  clear(): void;

  /**
   * Makes every write so far durable. The HTTP layer calls it before each answer, so an answer is
   * never ahead of the store; a store may gather a request's writes until then (the SQLite store
   * commits them as one transaction). Stores whose writes are final at once leave it out.
   */
  flush?(): void;
}
