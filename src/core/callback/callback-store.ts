import * as v from 'valibot';
import { LINK_CHOICES, type CallbackRecord } from './callback-record.js';

/** The part of the Web Storage API the kit uses; `sessionStorage` by default. */
export interface CallbackStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface CallbackStore {
  /** The saved record, or `null` when there is none, it is unreadable, or storage is off. */
  load(): CallbackRecord | null;
  save(record: CallbackRecord): void;
  clear(): void;
}

/** Namespaced, so the kit never reads or overwrites an app's own keys. */
export const CALLBACK_STORAGE_KEY = 'authn-flow-kit:callback';

const RecordSchema = v.object({
  flowId: v.string(),
  savedAt: v.number(),
  entries: v.array(
    v.object({
      state: v.string(),
      target: v.variant('choice', [
        v.object({ choice: v.literal('social'), provider: v.string() }),
        v.object({ choice: v.literal('saml'), providerId: v.string(), providerName: v.string() }),
        v.object({ choice: v.picklist(LINK_CHOICES) }),
      ]),
    }),
  ),
});

/** `sessionStorage` when there is one and it may be used (a sandboxed frame throws on access). */
function defaultStorage(): CallbackStorage | undefined {
  try {
    return typeof globalThis.sessionStorage === 'undefined' ? undefined : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Saves the callback record across the redirect to a provider or a mail client. Storage is looked
 * up on each call, never at import, so this runs on a server; a storage that throws (full, off,
 * private mode) only means the return cannot be matched, which the kit then says.
 */
export function createCallbackStore(storage: CallbackStorage | (() => CallbackStorage | undefined) = defaultStorage): CallbackStore {
  const storageNow = () => (typeof storage === 'function' ? storage() : storage);
  return {
    load() {
      try {
        const raw = storageNow()?.getItem(CALLBACK_STORAGE_KEY);
        if (raw === null || raw === undefined) {
          return null;
        }
        const parsed = v.safeParse(RecordSchema, JSON.parse(raw));
        return parsed.success ? parsed.output : null;
      } catch {
        return null;
      }
    },
    save(record) {
      try {
        storageNow()?.setItem(CALLBACK_STORAGE_KEY, JSON.stringify(record));
      } catch {
        // Full or blocked: the return will be refused with a clear message instead.
      }
    },
    clear() {
      try {
        storageNow()?.removeItem(CALLBACK_STORAGE_KEY);
      } catch {
        // Nothing to forget if storage cannot be reached.
      }
    },
  };
}
