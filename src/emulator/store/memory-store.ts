import type {
  FlowRecord,
  OutboxMessage,
  SigningKeyRecord,
  TicketRecord,
  TokenRecord,
  UserRecord,
} from '../engine/records.js';
import type { EmulatorStore } from './store.js';

/** An in-memory store. It copies on the way in and out, like a database would. */
export function createMemoryStore(): EmulatorStore {
  const users = new Map<string, UserRecord>();
  const byUsername = new Map<string, string>();
  const byEmail = new Map<string, string>();
  const byPasskey = new Map<string, string>();
  const flows = new Map<string, FlowRecord>();
  const tokens = new Map<string, TokenRecord>();
  const bySession = new Map<string, Set<string>>();
  const tickets = new Map<string, TicketRecord>();
  const outbox: OutboxMessage[] = [];
  let signingKey: SigningKeyRecord | undefined;

  const copy = <T>(value: T | undefined): T | undefined => (value === undefined ? undefined : structuredClone(value));
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

  return {
    getUser: (id) => copy(users.get(id)),
    getUserByUsername: (username) => userBy(byUsername, username),
    getUserByEmail: (email) => userBy(byEmail, email),
    getUserByPasskey: (credentialId) => userBy(byPasskey, credentialId),
    listUsers: () => structuredClone([...users.values()]),
    putUser: (user) => {
      const old = users.get(user.id);
      if (old) {
        unindex(old);
      }
      users.set(user.id, structuredClone(user));
      byUsername.set(user.username, user.id);
      if (user.email !== null) {
        byEmail.set(user.email, user.id);
      }
      for (const passkey of user.passkeys) {
        byPasskey.set(passkey.id, user.id);
      }
    },
    getFlow: (id) => copy(flows.get(id)),
    putFlow: (flow) => void flows.set(flow.id, structuredClone(flow)),
    deleteFlow: (id) => void flows.delete(id),
    getToken: (token) => copy(tokens.get(token)),
    listSessionTokens: (sessionId) =>
      [...(bySession.get(sessionId) ?? [])].flatMap((token) => {
        const record = tokens.get(token);
        return record ? [structuredClone(record)] : [];
      }),
    putToken: (token) => {
      tokens.set(token.token, structuredClone(token));
      const session = bySession.get(token.sessionId) ?? new Set<string>();
      session.add(token.token);
      bySession.set(token.sessionId, session);
    },
    getTicket: (id) => copy(tickets.get(id)),
    putTicket: (ticket) => void tickets.set(ticket.id, structuredClone(ticket)),
    getSigningKey: () => copy(signingKey),
    putSigningKey: (key) => {
      signingKey = structuredClone(key);
    },
    appendOutbox: (message) => void outbox.push(structuredClone(message)),
    listOutbox: () => structuredClone(outbox),
    purgeExpired: (before) => {
      for (const [id, flow] of flows) {
        if (flow.expiresAt < before) {
          flows.delete(id);
        }
      }
      for (const [token, record] of tokens) {
        if (record.expiresAt < before) {
          tokens.delete(token);
          bySession.get(record.sessionId)?.delete(token);
          if (bySession.get(record.sessionId)?.size === 0) {
            bySession.delete(record.sessionId);
          }
        }
      }
      for (const [id, ticket] of tickets) {
        if (ticket.expiresAt < before) {
          tickets.delete(id);
        }
      }
    },
    clear: () => {
      for (const map of [users, byUsername, byEmail, byPasskey, flows, tokens, bySession, tickets]) {
        map.clear();
      }
      outbox.length = 0;
      signingKey = undefined;
    },
  };
}
