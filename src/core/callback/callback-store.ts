import { isRecord } from '../api/lenient.js';
import { isLinkChoice, type CallbackEntry, type CallbackRecord, type CallbackTarget } from './callback-record.js';
import { linkRecordWithState, withLinkRecord, withoutFlows } from './link-records.js';

/** The part of the Web Storage API the kit uses: `sessionStorage` and `localStorage` by default. */
export interface CallbackStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage, or how to find it when it is needed (never at import: this runs on a server too). */
export type CallbackStorageSource = CallbackStorage | (() => CallbackStorage | undefined);

export interface CallbackStore {
  /**
   * The record a return with `state` resumes: this tab's when it holds `state`, else the emailed
   * link's record any tab of the origin saved with it, else this tab's. Without `state`, this
   * tab's. `null` when there is none, it is unreadable, or storage is off.
   */
  load(state?: string): CallbackRecord | null;
  /** Saves this tab's record; its emailed-link entries also where every tab of the origin reads them. */
  save(record: CallbackRecord): void;
  /**
   * Forgets this tab's record, and for every tab the emailed links of `flowId`, else of this tab's
   * flow. Like `save`, it leaves the links of a flow this tab showed before (a reload, say): that
   * flow still waits on its link, which may be opened in any tab until it is used or expires.
   */
  clear(flowId?: string): void;
}

export interface CallbackStoreOptions {
  /**
   * Where emailed links' records wait for a link opened in another tab. @default `localStorage`, or
   * the store's own storage when the app gave one: the app's storage wins.
   */
  shared?: CallbackStorageSource;
  /** The clock that expires records (tests). @default Date.now */
  now?: () => number;
}

/** Namespaced, so the kit never reads or overwrites an app's own keys. This tab's record. */
export const CALLBACK_STORAGE_KEY = 'authn-flow-kit:callback';

/** The emailed links' records, readable by every tab of the origin. */
export const LINK_CALLBACKS_STORAGE_KEY = 'authn-flow-kit:callback-links';

/** A saved entry's target, rebuilt with its own fields only, or `undefined` when it is none of the three. */
function targetOf(value: unknown): CallbackTarget | undefined {
  const { choice, provider, providerId, providerName } = isRecord(value) ? value : {};
  if (choice === 'social' && typeof provider === 'string') {
    return { choice, provider };
  }
  if (choice === 'saml' && typeof providerId === 'string' && typeof providerName === 'string') {
    return { choice, providerId, providerName };
  }
  return typeof choice === 'string' && isLinkChoice(choice) ? { choice } : undefined;
}

/** A record as `save` wrote it, rebuilt with its own fields only, or `null` when any part of it is not. */
function recordOf(value: unknown): CallbackRecord | null {
  const { flowId, savedAt, entries } = isRecord(value) ? value : {};
  if (typeof flowId !== 'string' || typeof savedAt !== 'number' || !Array.isArray(entries)) {
    return null;
  }
  const read: CallbackEntry[] = [];
  for (const entry of entries as unknown[]) {
    const { state, target } = isRecord(entry) ? entry : {};
    const readTarget = targetOf(target);
    if (typeof state !== 'string' || readTarget === undefined) {
      return null;
    }
    read.push({ state, target: readTarget });
  }
  return { flowId, savedAt, entries: read };
}

/** The emailed links' list, or `null` when any record in it is unreadable. */
function recordListOf(value: unknown): CallbackRecord[] | null {
  if (!Array.isArray(value)) {
    return null;
  }
  const records = value.map(recordOf);
  return records.every((record) => record !== null) ? records : null;
}

/** A Web Storage when there is one and it may be used (a sandboxed frame throws on access). */
function webStorage(name: 'sessionStorage' | 'localStorage'): () => CallbackStorage | undefined {
  return () => {
    try {
      return typeof globalThis[name] === 'undefined' ? undefined : globalThis[name];
    } catch {
      return undefined;
    }
  };
}

/** Reads and writes one key as JSON `read` makes sense of; a storage that throws (full, off, private mode) reads as empty. */
function jsonSlot<T>(source: CallbackStorageSource, key: string, read: (value: unknown) => T | null) {
  const storage = () => (typeof source === 'function' ? source() : source);
  return {
    read(): T | null {
      try {
        const raw = storage()?.getItem(key);
        if (raw === null || raw === undefined) {
          return null;
        }
        return read(JSON.parse(raw));
      } catch {
        return null;
      }
    },
    write(value: T | null): void {
      try {
        if (value === null) {
          storage()?.removeItem(key);
        } else {
          storage()?.setItem(key, JSON.stringify(value));
        }
      } catch {
        // Full or blocked: the return will be refused with a clear message instead.
      }
    },
  };
}

/**
 * Saves the callback record across the redirect to a provider or a mail client. Social and SAML
 * returns come back to the tab that left, so their record stays in that tab (`sessionStorage`):
 * two tabs signing in with providers at once never overwrite each other's. An emailed link opens
 * wherever the mail client puts it, usually a new tab, so the links' entries are also kept in
 * `localStorage`, one record per waiting flow, each for a day at most. Nothing secret either way:
 * the flow id and the `state`s, never a code or a token. Storage is looked up on each call, never
 * at import; a storage that throws only means the return cannot be matched, which the kit then says.
 */
export function createCallbackStore(storage?: CallbackStorageSource, options: CallbackStoreOptions = {}): CallbackStore {
  const tab = jsonSlot(storage ?? webStorage('sessionStorage'), CALLBACK_STORAGE_KEY, recordOf);
  const links = jsonSlot(options.shared ?? storage ?? webStorage('localStorage'), LINK_CALLBACKS_STORAGE_KEY, recordListOf);
  const now = options.now ?? Date.now;
  const writeLinks = (records: CallbackRecord[]) => links.write(records.length === 0 ? null : records);
  return {
    load(state) {
      const own = tab.read();
      if (state === undefined || own?.entries.some((entry) => entry.state === state) === true) {
        return own;
      }
      return linkRecordWithState(links.read() ?? [], state, now()) ?? own;
    },
    save(record) {
      tab.write(record);
      writeLinks(withLinkRecord(links.read() ?? [], record, now()));
    },
    clear(flowId) {
      const own = tab.read();
      tab.write(null);
      writeLinks(withoutFlows(links.read() ?? [], [flowId ?? own?.flowId], now()));
    },
  };
}
