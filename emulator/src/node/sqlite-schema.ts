import type { Database } from 'better-sqlite3';

/** Bumped when the tables change; a file from a newer emulator is refused rather than misread. */
export const SCHEMA_VERSION = 1;

/**
 * One table per record kind. Each row keeps the record as JSON (`record`) next to the columns the
 * store looks it up or purges it by, so the engine's records can grow without a migration.
 * `touched` orders users by their last save: if two users ever share a username or an email, the
 * last one saved wins the lookup, as in the memory store.
 */
const TABLES = `
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL,
  email TEXT,
  touched INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX users_by_username ON users (username, touched);
CREATE INDEX users_by_email ON users (email, touched);
CREATE TABLE passkeys (
  credential_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL
);
CREATE INDEX passkeys_by_user ON passkeys (user_id);
CREATE TABLE flows (
  id TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE TABLE tokens (
  token TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  revoked INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX tokens_live_by_session ON tokens (session_id) WHERE revoked = 0;
CREATE TABLE tickets (
  id TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE TABLE signing_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  record TEXT NOT NULL
);
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY,
  record TEXT NOT NULL
);
`;

/**
 * Sets the connection up and creates the tables in a new file.
 *
 * WAL makes a commit one append to the -wal file, written (not fsynced) before COMMIT returns.
 * From then on the change is the operating system's: a killed process, even by SIGKILL, cannot
 * lose it, and the next open replays the WAL. That is the promise here, and the store commits a
 * request's writes before the request is answered (see `flush` in sqlite-store.ts), so an
 * answered `flow/complete` survives a kill. `synchronous = NORMAL`, SQLite's advice for WAL, adds
 * that a power cut leaves the file consistent, losing at most the last commits. FULL would fsync
 * every commit so that not even those are lost; better-sqlite3 waits for the fsync on the event
 * loop, and in the bench that cut the SQLite store's capacity four to seven times, a poor trade
 * for test accounts.
 */
export function prepareDatabase(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `${db.name} was written by a newer emulator (schema ${version}, this one reads ${SCHEMA_VERSION})`,
    );
  }
  if (version === 0) {
    db.transaction(() => {
      db.exec(TABLES);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
  }
}
