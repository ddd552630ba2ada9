import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * better-sqlite3, loaded on first use. It is an optional peer dependency: `…/emulator/node` must
 * work without it for everyone who keeps records in memory, so it is required here, lazily,
 * rather than imported at the top of the module graph.
 */
export function loadBetterSqlite3(): typeof BetterSqlite3 {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The SQLite store needs better-sqlite3 (npm install --save-dev better-sqlite3): ${reason}`, {
      cause: error,
    });
  }
}
