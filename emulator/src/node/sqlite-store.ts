import { closeSync, openSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type {
  FlowRecord,
  OutboxMessage,
  SigningKeyRecord,
  TicketRecord,
  TokenRecord,
  UserRecord,
} from '../engine/records.js';
import { DEFAULT_STORE_LIMITS } from '../store/limits.js';
import type { EmulatorStore } from '../store/store.js';
import { loadBetterSqlite3 } from './sqlite-driver.js';
import { prepareDatabase } from './sqlite-schema.js';

/** An `EmulatorStore` in a SQLite file; `close()` it when done. */
export interface SqliteEmulatorStore extends EmulatorStore {
  /** The database file, as given. */
  readonly file: string;
  /** Checkpoints the WAL into the file and closes it; the store cannot be used afterwards. */
  close(): void;
}

/**
 * Opens (or creates) `file` as the emulator's store, with better-sqlite3 in WAL mode. The tables
 * are created on first open (see sqlite-schema.ts). A request's writes are one transaction,
 * committed durably by `flush()` before its answer goes out. Records go in and out as JSON, so
 * what comes out is always a fresh copy, as the interface asks. A new file is made readable by
 * its owner only (0600), as it holds password hashes, TOTP secrets and live tokens. The outbox
 * keeps its newest DEFAULT_STORE_LIMITS.outbox messages; flows, tokens and tickets go when they
 * expire (purgeExpired), being on disk rather than in memory.
 */
export function createSqliteStore(file: string): SqliteEmulatorStore {
  const db = openDatabase(file);

  const text = <P extends unknown[]>(sql: string) => db.prepare<P, string>(sql).pluck();
  const run = <P extends unknown[]>(sql: string) => db.prepare<P>(sql);
  const parse = <T>(json: string | undefined): T | undefined => (json === undefined ? undefined : (JSON.parse(json) as T));

  const getUser = text<[string]>('SELECT record FROM users WHERE id = ?');
  const getUserByUsername = text<[string]>('SELECT record FROM users WHERE username = ? ORDER BY touched DESC LIMIT 1');
  const getUserByEmail = text<[string]>('SELECT record FROM users WHERE email = ? ORDER BY touched DESC LIMIT 1');
  const getUserByPasskey = text<[string]>(
    'SELECT users.record FROM passkeys JOIN users ON users.id = passkeys.user_id WHERE passkeys.credential_id = ?',
  );
  // rowid keeps the first insert's place through upserts: "oldest first", like the memory store's Map.
  const listUsers = text<[]>('SELECT record FROM users ORDER BY rowid');
  const upsertUser = run<[string, string, string | null, number, string]>(
    `INSERT INTO users (id, username, email, touched, record) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET username = excluded.username, email = excluded.email,
       touched = excluded.touched, record = excluded.record`,
  );
  const deletePasskeys = run<[string]>('DELETE FROM passkeys WHERE user_id = ?');
  const insertPasskey = run<[string, string]>('INSERT OR REPLACE INTO passkeys (credential_id, user_id) VALUES (?, ?)');
  const lastTouched = db.prepare<[], number>('SELECT coalesce(max(touched), 0) FROM users').pluck();

  const getFlow = text<[string]>('SELECT record FROM flows WHERE id = ?');
  const putFlow = run<[string, number, string]>(
    `INSERT INTO flows (id, expires_at, record) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at, record = excluded.record`,
  );
  const deleteFlow = run<[string]>('DELETE FROM flows WHERE id = ?');

  const getToken = text<[string]>('SELECT record FROM tokens WHERE token = ?');
  const listLiveSessionTokens = text<[string]>('SELECT record FROM tokens WHERE session_id = ? AND revoked = 0 ORDER BY rowid');
  // The user is read from the record, not a column, so files written before this need no
  // migration. It scans the table: expired tokens are purged, and a user lists sessions rarely.
  const listLiveUserTokens = text<[string]>(
    "SELECT record FROM tokens WHERE revoked = 0 AND json_extract(record, '$.userId') = ? ORDER BY rowid",
  );
  const putToken = run<[string, string, number, number, string]>(
    `INSERT INTO tokens (token, session_id, revoked, expires_at, record) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (token) DO UPDATE SET session_id = excluded.session_id, revoked = excluded.revoked,
       expires_at = excluded.expires_at, record = excluded.record`,
  );

  const getTicket = text<[string]>('SELECT record FROM tickets WHERE id = ?');
  const putTicket = run<[string, number, string]>(
    `INSERT INTO tickets (id, expires_at, record) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at, record = excluded.record`,
  );

  const getSigningKey = text<[]>('SELECT record FROM signing_key WHERE id = 1');
  const putSigningKey = run<[string]>(
    'INSERT INTO signing_key (id, record) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET record = excluded.record',
  );

  const appendOutbox = run<[string]>('INSERT INTO outbox (record) VALUES (?)');
  // Rows only ever go from the old end, so the newest N are those within N of the last seq.
  const pruneOutbox = run<[number | bigint]>('DELETE FROM outbox WHERE seq <= ?');
  const listOutbox = text<[]>('SELECT record FROM outbox ORDER BY seq');

  const purgeFlows = run<[number]>('DELETE FROM flows WHERE expires_at < ?');
  const purgeTokens = run<[number]>('DELETE FROM tokens WHERE expires_at < ?');
  const purgeTickets = run<[number]>('DELETE FROM tickets WHERE expires_at < ?');

  let touched = lastTouched.get() ?? 0;

  /*
   * Group commit: the first write opens a transaction and `flush()` (called by the HTTP layer
   * before every answer) commits it, so a request is one commit however many records it writes.
   * The engine writes after a request's last await, so a request killed before it answers has
   * normally committed none of its writes. Writes made outside a request (a script using the store
   * directly) are committed on the next turn of the event loop at the latest.
   */
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  let pendingFlush: ReturnType<typeof setImmediate> | undefined;
  const flush = (): void => {
    if (pendingFlush !== undefined) {
      clearImmediate(pendingFlush);
      pendingFlush = undefined;
    }
    if (db.open && db.inTransaction) {
      commit.run();
    }
  };
  const writing = <A extends unknown[]>(write: (...args: A) => void) => (...args: A): void => {
    if (!db.inTransaction) {
      begin.run();
      pendingFlush = setImmediate(flush);
      // The timer must not keep a process alive that is otherwise done.
      pendingFlush.unref();
    }
    write(...args);
  };

  const putUser = db.transaction((user: UserRecord) => {
    touched += 1;
    upsertUser.run(user.id, user.username, user.email, touched, JSON.stringify(user));
    deletePasskeys.run(user.id);
    for (const passkey of user.passkeys) {
      insertPasskey.run(passkey.id, user.id);
    }
  });
  const purgeExpired = db.transaction((before: number) => {
    purgeFlows.run(before);
    purgeTokens.run(before);
    purgeTickets.run(before);
  });
  const clear = db.transaction(() => {
    for (const table of ['users', 'passkeys', 'flows', 'tokens', 'tickets', 'signing_key', 'outbox']) {
      db.exec(`DELETE FROM ${table}`);
    }
    touched = 0;
  });

  return {
    file,
    flush,
    getUser: (id) => parse<UserRecord>(getUser.get(id)),
    getUserByUsername: (username) => parse<UserRecord>(getUserByUsername.get(username)),
    getUserByEmail: (email) => parse<UserRecord>(getUserByEmail.get(email)),
    getUserByPasskey: (credentialId) => parse<UserRecord>(getUserByPasskey.get(credentialId)),
    listUsers: () => listUsers.all().map((json) => JSON.parse(json) as UserRecord),
    putUser: writing((user: UserRecord) => putUser(user)),
    getFlow: (id) => parse<FlowRecord>(getFlow.get(id)),
    putFlow: writing((flow: FlowRecord) => void putFlow.run(flow.id, flow.expiresAt, JSON.stringify(flow))),
    deleteFlow: writing((id: string) => void deleteFlow.run(id)),
    getToken: (token) => parse<TokenRecord>(getToken.get(token)),
    listLiveSessionTokens: (sessionId) => listLiveSessionTokens.all(sessionId).map((json) => JSON.parse(json) as TokenRecord),
    listLiveUserTokens: (userId) => listLiveUserTokens.all(userId).map((json) => JSON.parse(json) as TokenRecord),
    putToken: writing(
      (token: TokenRecord) => void putToken.run(token.token, token.sessionId, token.revoked ? 1 : 0, token.expiresAt, JSON.stringify(token)),
    ),
    getTicket: (id) => parse<TicketRecord>(getTicket.get(id)),
    putTicket: writing((ticket: TicketRecord) => void putTicket.run(ticket.id, ticket.expiresAt, JSON.stringify(ticket))),
    getSigningKey: () => parse<SigningKeyRecord>(getSigningKey.get()),
    putSigningKey: writing((key: SigningKeyRecord) => void putSigningKey.run(JSON.stringify(key))),
    appendOutbox: writing((message: OutboxMessage) => {
      const { lastInsertRowid } = appendOutbox.run(JSON.stringify(message));
      pruneOutbox.run(BigInt(lastInsertRowid) - BigInt(DEFAULT_STORE_LIMITS.outbox));
    }),
    listOutbox: () => listOutbox.all().map((json) => JSON.parse(json) as OutboxMessage),
    purgeExpired: writing((before: number) => purgeExpired(before)),
    clear: writing(() => clear()),
    close: () => {
      if (db.open) {
        flush();
        // Folds the WAL back into the file, so a closed database is one self-contained file.
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  };
}

/** Opens and prepares the file; any failure names the file, for the CLI's one-line message. */
function openDatabase(file: string): Database {
  const BetterSqlite3 = loadBetterSqlite3();
  let db: Database | undefined;
  try {
    createPrivately(file);
    db = new BetterSqlite3(file);
    prepareDatabase(db);
    return db;
  } catch (error) {
    db?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot keep the emulator's records in ${file}: ${reason}`, { cause: error });
  }
}

/**
 * Makes a missing file empty with mode 0600 before SQLite opens it (SQLite would make it 0644
 * under the usual umask); its -wal and -shm files take the same mode. An existing file keeps its
 * mode. Any failure is left to SQLite's own open to report.
 */
function createPrivately(file: string): void {
  if (file === '' || file === ':memory:' || file.startsWith('file:')) {
    return;
  }
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch {
    // It exists (EEXIST), or cannot be made: SQLite's open says why, in its own words.
  }
}
