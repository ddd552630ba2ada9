import { describe, expect, it } from 'vitest';
import { CALLBACK_STORAGE_KEY, createCallbackStore, type CallbackRecord, type CallbackStorage } from '../../../src/core/index.js';

const RECORD: CallbackRecord = {
  flowId: 'pfl_6e6ejpo5rwakzy5i5srsbpoq3kfl3nwz',
  savedAt: 1_748_856_600_000,
  entries: [{ state: 'pcb_4fnrxzq6bfp4lqd5yl2uqhtpa6yq3r3a', target: { choice: 'social', provider: 'github' } }],
};

function memoryStorage(): CallbackStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const throwing: CallbackStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('createCallbackStore', () => {
  it('saves, loads and clears one record under its own namespaced key', () => {
    const storage = memoryStorage();
    const store = createCallbackStore(storage);
    expect(store.load()).toBeNull();
    store.save(RECORD);
    expect([...storage.items.keys()]).toEqual([CALLBACK_STORAGE_KEY]);
    expect(CALLBACK_STORAGE_KEY).toMatch(/^authn-flow-kit:/);
    expect(store.load()).toEqual(RECORD);
    store.clear();
    expect(store.load()).toBeNull();
  });

  it('saves nothing secret: only the flow id, states and provider names', () => {
    const storage = memoryStorage();
    createCallbackStore(storage).save(RECORD);
    expect(JSON.parse(storage.items.get(CALLBACK_STORAGE_KEY) ?? '')).toEqual(RECORD);
  });

  it('ignores a record it cannot read', () => {
    const storage = memoryStorage();
    const store = createCallbackStore(storage);
    storage.setItem(CALLBACK_STORAGE_KEY, '{not json');
    expect(store.load()).toBeNull();
    storage.setItem(CALLBACK_STORAGE_KEY, JSON.stringify({ ...RECORD, entries: [{ state: 1, target: { choice: 'x' } }] }));
    expect(store.load()).toBeNull();
  });

  it('tolerates a storage that throws, and one that is not there', () => {
    const store = createCallbackStore(throwing);
    expect(() => store.save(RECORD)).not.toThrow();
    expect(store.load()).toBeNull();
    expect(() => store.clear()).not.toThrow();
    const absent = createCallbackStore(() => undefined);
    absent.save(RECORD);
    expect(absent.load()).toBeNull();
  });

  it('touches no storage at import or creation, so it runs on a server', () => {
    // The unit project runs in Node, which has no sessionStorage.
    const store = createCallbackStore();
    expect(store.load()).toBeNull();
    expect(() => store.save(RECORD)).not.toThrow();
  });
});
