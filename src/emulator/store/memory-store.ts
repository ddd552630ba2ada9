import type { FlowRecord, OutboxMessage, TokenRecord, UserRecord } from '../engine/records.js';
import type { EmulatorStore } from './store.js';

/** An in-memory store. It copies on the way in and out, like a database would. */
export function createMemoryStore(): EmulatorStore {
  const users = new Map<string, UserRecord>();
  const flows = new Map<string, FlowRecord>();
  const tokens = new Map<string, TokenRecord>();
  const outbox: OutboxMessage[] = [];

  const get = <T>(map: Map<string, T>, key: string): T | undefined => {
    const value = map.get(key);
    return value === undefined ? undefined : structuredClone(value);
  };

  return {
    getUserByEmail: (email) => get(users, email),
    putUser: (user) => void users.set(user.email, structuredClone(user)),
    getFlow: (id) => get(flows, id),
    putFlow: (flow) => void flows.set(flow.id, structuredClone(flow)),
    deleteFlow: (id) => void flows.delete(id),
    getToken: (token) => get(tokens, token),
    putToken: (token) => void tokens.set(token.token, structuredClone(token)),
    appendOutbox: (message) => void outbox.push(structuredClone(message)),
    listOutbox: () => structuredClone(outbox),
    clear: () => {
      users.clear();
      flows.clear();
      tokens.clear();
      outbox.length = 0;
    },
  };
}
