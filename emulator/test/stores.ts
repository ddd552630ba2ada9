import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { createMemoryStore, type EmulatorStore } from '../src/index.js';
import { createSqliteStore, type SqliteEmulatorStore } from '../src/node/index.js';

export const STORE_NAMES = ['memory', 'sqlite'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/** The store the running suite is on; undefined outside `forEachStore` (then: memory). */
let current: StoreName | undefined;
/** Set while a `forEachStore` body is being collected, when no hook has chosen the store yet. */
let collecting = false;
let directory: string | undefined;
let opened: SqliteEmulatorStore[] = [];

/**
 * Runs the suites that `body` declares once per store: every test in them that makes an emulator
 * (testEmulator) or a store (testStore) gets the store of that pass. SQLite stores are real WAL
 * files in a temporary directory, removed after the pass.
 */
export function forEachStore(body: (name: StoreName) => void): void {
  describe.each(STORE_NAMES)('on the %s store', (name) => {
    beforeAll(() => {
      current = name;
    });
    afterAll(() => {
      current = undefined;
      for (const store of opened) {
        store.close();
      }
      opened = [];
      if (directory !== undefined) {
        rmSync(directory, { recursive: true, force: true });
        directory = undefined;
      }
    });
    collecting = true;
    try {
      body(name);
    } finally {
      collecting = false;
    }
  });
}

/** A new, empty store of the kind the running suite is on. */
export function testStore(): EmulatorStore {
  if (collecting) {
    // The store of a pass is chosen in a beforeAll hook, which has not run while suites are collected.
    throw new Error('Make emulators and stores inside tests or hooks, not while a forEachStore suite is collected');
  }
  if (current !== 'sqlite') {
    return createMemoryStore();
  }
  directory ??= mkdtempSync(join(tmpdir(), 'authn-emulator-test-'));
  const store = createSqliteStore(join(directory, `${opened.length + 1}.db`));
  opened.push(store);
  return store;
}
