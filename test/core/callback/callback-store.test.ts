import { describe, expect, it } from 'vitest';
import {
  CALLBACK_MAX_AGE_MS,
  CALLBACK_STORAGE_KEY,
  LINK_CALLBACKS_STORAGE_KEY,
  createCallbackStore,
  type CallbackRecord,
  type CallbackStorage,
} from '../../../src/core/index.js';
import { MAX_LINK_RECORDS } from '../../../src/core/callback/link-records.js';

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

describe('createCallbackStore: emailed links across tabs', () => {
  const NOW = 1_748_856_600_000;
  const OTHER_FLOW = 'pfl_otherotherotherotherotherother';
  const LINK_STATE = 'pcb_magicmagicmagicmagicmagicmagic';
  const WITH_LINK: CallbackRecord = {
    flowId: RECORD.flowId,
    savedAt: NOW,
    entries: [...RECORD.entries, { state: LINK_STATE, target: { choice: 'magiclink' } }],
  };

  /** Two tabs of one origin: each its own `sessionStorage`, one `localStorage`. */
  function twoTabs(now = () => NOW) {
    const shared = memoryStorage();
    const firstTab = memoryStorage();
    const first = { tab: firstTab, store: createCallbackStore(firstTab, { shared, now }) };
    const second = createCallbackStore(memoryStorage(), { shared, now });
    return { shared, first, second };
  }

  it('keeps the link entries where every tab reads them, the provider entries in the tab that left', () => {
    const { shared, first } = twoTabs();
    first.store.save(WITH_LINK);
    expect(JSON.parse(first.tab.items.get(CALLBACK_STORAGE_KEY) ?? '')).toEqual(WITH_LINK);
    expect([...shared.items.keys()]).toEqual([LINK_CALLBACKS_STORAGE_KEY]);
    expect(JSON.parse(shared.items.get(LINK_CALLBACKS_STORAGE_KEY) ?? '')).toEqual([
      { flowId: RECORD.flowId, savedAt: NOW, entries: [{ state: LINK_STATE, target: { choice: 'magiclink' } }] },
    ]);
  });

  it('saves nothing secret across tabs: the flow id, the states and the choice names', () => {
    const { shared, first } = twoTabs();
    first.store.save(WITH_LINK);
    const saved = shared.items.get(LINK_CALLBACKS_STORAGE_KEY) ?? '';
    expect(saved).not.toMatch(/poc_|ptu_|ptr_|"code"|"token"/);
    expect(saved).not.toContain('github');
  });

  it('gives another tab the record of a link by its state, and nothing for a state it does not hold', () => {
    const { first, second } = twoTabs();
    first.store.save(WITH_LINK);
    expect(second.load(LINK_STATE)).toEqual({ flowId: RECORD.flowId, savedAt: NOW, entries: [WITH_LINK.entries[1]] });
    // A provider's state only comes back to the tab that left for it.
    expect(second.load(RECORD.entries[0]?.state)).toBeNull();
    expect(second.load('pcb_unknownunknownunknownunknownun')).toBeNull();
    expect(second.load()).toBeNull();
  });

  it("prefers this tab's own record, and falls back to it for a state no tab holds (an unknown state, not another browser)", () => {
    const { first } = twoTabs();
    first.store.save(WITH_LINK);
    expect(first.store.load(LINK_STATE)).toEqual(WITH_LINK);
    expect(first.store.load('pcb_unknownunknownunknownunknownun')).toEqual(WITH_LINK);
  });

  it('keeps one record per waiting flow, and forgets only the flow it is told to', () => {
    const { first, second } = twoTabs();
    const other: CallbackRecord = { flowId: OTHER_FLOW, savedAt: NOW, entries: [{ state: 'pcb_resetresetresetresetresetreset', target: { choice: 'reset_password' } }] };
    first.store.save(WITH_LINK);
    second.save(other);
    expect(first.store.load('pcb_resetresetresetresetresetreset')?.flowId).toBe(OTHER_FLOW);
    expect(second.load(LINK_STATE)?.flowId).toBe(RECORD.flowId);

    first.store.clear();
    // The first flow's link is gone for every tab: the second tab is left with its own record only.
    expect(second.load(LINK_STATE)?.flowId).toBe(OTHER_FLOW);
    expect(first.store.load('pcb_resetresetresetresetresetreset')?.flowId).toBe(OTHER_FLOW);
    second.clear(OTHER_FLOW);
    expect(first.store.load('pcb_resetresetresetresetresetreset')).toBeNull();
  });

  it("keeps the links of this tab's previous flow whether its next flow saves a record or clears it", () => {
    const { first, second } = twoTabs();
    first.store.save(WITH_LINK);
    first.store.clear(OTHER_FLOW);
    expect(second.load(LINK_STATE)?.flowId).toBe(RECORD.flowId);
    first.store.save(WITH_LINK);
    first.store.save({ flowId: OTHER_FLOW, savedAt: NOW, entries: [] });
    expect(second.load(LINK_STATE)?.flowId).toBe(RECORD.flowId);
  });

  it("drops a flow's links once a later answer of it has none (the link was used, or the flow completed)", () => {
    const { first, second } = twoTabs();
    first.store.save(WITH_LINK);
    first.store.save(RECORD);
    expect(second.load(LINK_STATE)).toBeNull();
  });

  it('forgets records past their day, and never lets the list grow past a few flows', () => {
    let now = NOW;
    const { shared, first, second } = twoTabs(() => now);
    first.store.save(WITH_LINK);
    now = NOW + CALLBACK_MAX_AGE_MS + 1;
    expect(second.load(LINK_STATE)).toBeNull();
    second.save({ ...WITH_LINK, flowId: OTHER_FLOW, savedAt: now });
    expect(JSON.parse(shared.items.get(LINK_CALLBACKS_STORAGE_KEY) ?? '')).toEqual([
      expect.objectContaining({ flowId: OTHER_FLOW }),
    ]);
    for (let index = 0; index < 20; index += 1) {
      second.save({ ...WITH_LINK, flowId: `pfl_flow${index}`, savedAt: now });
    }
    const kept = JSON.parse(shared.items.get(LINK_CALLBACKS_STORAGE_KEY) ?? '') as CallbackRecord[];
    expect(kept).toHaveLength(MAX_LINK_RECORDS);
    expect(kept[0]?.flowId).toBe('pfl_flow19');
  });

  it("uses the app's storage for both when it gives one: the app's choice wins", () => {
    const app = memoryStorage();
    createCallbackStore(app, { now: () => NOW }).save(WITH_LINK);
    expect([...app.items.keys()].sort()).toEqual([CALLBACK_STORAGE_KEY, LINK_CALLBACKS_STORAGE_KEY]);
  });

  it('reads a damaged shared list as empty, and tolerates a shared storage that throws', () => {
    const shared = memoryStorage();
    shared.setItem(LINK_CALLBACKS_STORAGE_KEY, '[{"flowId":1}]');
    const store = createCallbackStore(memoryStorage(), { shared, now: () => NOW });
    expect(store.load(LINK_STATE)).toBeNull();
    store.save(WITH_LINK);
    expect(store.load(LINK_STATE)?.flowId).toBe(RECORD.flowId);
    const blocked = createCallbackStore(memoryStorage(), { shared: throwing, now: () => NOW });
    expect(() => blocked.save(WITH_LINK)).not.toThrow();
    expect(blocked.load(LINK_STATE)).toEqual(WITH_LINK);
    expect(() => blocked.clear()).not.toThrow();
  });
});
