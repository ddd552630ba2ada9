import type {
  FlowRecord,
  OutboxMessage,
  SigningKeyRecord,
  TicketRecord,
  TokenRecord,
  UserRecord,
} from '../engine/records.js';
import { cloneRecord } from './clone-record.js';
import { DEFAULT_STORE_LIMITS, evictOldest, type StoreLimits } from './limits.js';
import type { EmulatorStore } from './store.js';

/**
 * An in-memory store. It copies on the way in and out (cloneRecord), like a database would.
 * Flows, tokens, tickets and the outbox are bounded by `limits` (default DEFAULT_STORE_LIMITS):
 * past one, the oldest go first.
 */
export function createMemoryStore(limits: Partial<StoreLimits> = {}): EmulatorStore {
  const max: StoreLimits = { ...DEFAULT_STORE_LIMITS, ...limits };
  const users = new Map<string, UserRecord>();
  const byUsername = new Map<string, string>();
  const byEmail = new Map<string, string>();
  const byPasskey = new Map<string, string>();
  const flows = new Map<string, FlowRecord>();
  const tokens = new Map<string, TokenRecord>();
  /** Session id → its tokens that are not revoked (insertion ordered, like the SQLite rowid). */
  const liveBySession = new Map<string, Set<string>>();
  const tickets = new Map<string, TicketRecord>();
  const outbox: OutboxMessage[] = [];
  let signingKey: SigningKeyRecord | undefined;

  const copy = <T>(value: T | undefined): T | undefined => (value === undefined ? undefined : cloneRecord(value));
  const userBy = (index: Map<string, string>, key: string): UserRecord | undefined => {
    const id = index.get(key);
    return id === undefined ? undefined : copy(users.get(id));
  };
  const unindex = (user: UserRecord): void => {
    byUsername.delete(user.username);
    if (user.email !== null && byEmail.get(user.email) === user.id) {
      byEmail.delete(user.email);
    }
    for (const passkey of user.passkeys) {
      byPasskey.delete(passkey.id);
    }
  };

  const unindexToken = (token: TokenRecord): void => {
    const session = liveBySession.get(token.sessionId);
    session?.delete(token.token);
    if (session?.size === 0) {
      liveBySession.delete(token.sessionId);
    }
  };

  return {
    getUser: (id) => copy(users.get(id)),
    getUserByUsername: (username) => userBy(byUsername, username),
    getUserByEmail: (email) => userBy(byEmail, email),
    getUserByPasskey: (credentialId) => userBy(byPasskey, credentialId),
    listUsers: () => cloneRecord([...users.values()]),
    putUser: (user) => {
      const old = users.get(user.id);
      if (old) {
        unindex(old);
      }
      users.set(user.id, cloneRecord(user));
      byUsername.set(user.username, user.id);
      if (user.email !== null) {
        byEmail.set(user.email, user.id);
      }
      for (const passkey of user.passkeys) {
        byPasskey.set(passkey.id, user.id);
      }
    },
    getFlow: (id) => copy(flows.get(id)),
    putFlow: (flow) => {
      flows.set(flow.id, cloneRecord(flow));
      evictOldest(flows, max.flows);
    },
    deleteFlow: (id) => void flows.delete(id),
    getToken: (token) => copy(tokens.get(token)),
    listLiveSessionTokens: (sessionId) =>
      [...(liveBySession.get(sessionId) ?? [])].flatMap((token) => {
        const record = tokens.get(token);
        return record ? [cloneRecord(record)] : [];
      }),
    // A scan: tokens are bounded by `limits.tokens`, and a user lists sessions rarely.
    listLiveUserTokens: (userId) =>
      [...tokens.values()].flatMap((record) => (record.userId === userId && !record.revoked ? [cloneRecord(record)] : [])),
    putToken: (token) => {
      const old = tokens.get(token.token);
      if (old && old.sessionId !== token.sessionId) {
        unindexToken(old);
      }
      tokens.set(token.token, cloneRecord(token));
      if (token.revoked) {
        unindexToken(token);
      } else {
        const session = liveBySession.get(token.sessionId) ?? new Set<string>();
        session.add(token.token);
        liveBySession.set(token.sessionId, session);
      }
      evictOldest(tokens, max.tokens, unindexToken);
    },
    getTicket: (id) => copy(tickets.get(id)),
    putTicket: (ticket) => {
      tickets.set(ticket.id, cloneRecord(ticket));
      evictOldest(tickets, max.tickets);
    },
    getSigningKey: () => copy(signingKey),
    putSigningKey: (key) => {
      signingKey = cloneRecord(key);
    },
    appendOutbox: (message) => {
      outbox.push(cloneRecord(message));
      outbox.splice(0, outbox.length - max.outbox);
    },
    listOutbox: () => cloneRecord(outbox),
    purgeExpired: (before) => {
      for (const [id, flow] of flows) {
        if (flow.expiresAt < before) {
          flows.delete(id);
        }
      }
      for (const [token, record] of tokens) {
        if (record.expiresAt < before) {
          tokens.delete(token);
          unindexToken(record);
        }
      }
      for (const [id, ticket] of tickets) {
        if (ticket.expiresAt < before) {
          tickets.delete(id);
        }
      }
    },
    clear: () => {
      for (const map of [users, byUsername, byEmail, byPasskey, flows, tokens, liveBySession, tickets]) {
        map.clear();
      }
      outbox.length = 0;
      signingKey = undefined;
    },
  };
}
