import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore, type FlowRecord, type TicketRecord, type TokenRecord, type UserRecord } from '../src/index.js';
import { createSqliteStore, startEmulatorServer } from '../src/node/index.js';
import { cloneRecord } from '../src/store/clone-record.js';
import { engineCaller, fetchCaller, flowResult, signUp, testEmulator, TOKEN } from './helpers.js';
import { forEachStore, testStore } from './stores.js';

function user(id: string, fields: Partial<UserRecord> = {}): UserRecord {
  return {
    id,
    username: `${id}@example.com`,
    email: `${id}@example.com`,
    phone: null,
    emailVerified: false,
    passwordHash: null,
    totp: null,
    passkeys: [],
    linked: [],
    mfa: [],
    profile: {},
    agreed: [],
    disabled: false,
    provisional: false,
    createdAt: 1,
    ...fields,
  };
}

function token(name: string, sessionId: string, expiresAt: number): TokenRecord {
  return { token: name, type: 'user', sessionId, userId: 'u1', scopes: [], clientId: null, createdAt: 0, expiresAt, revoked: false };
}

const ticket = (id: string, expiresAt: number): TicketRecord => ({
  kind: 'invitation',
  id,
  email: 'i@example.com',
  createdAt: 0,
  expiresAt,
  used: false,
});

/** Only the fields the store reads; the rest is carried as it is. */
const flow = (id: string, expiresAt: number) => ({ id, expiresAt, version: 1 }) as unknown as FlowRecord;

forEachStore((name) => {
  describe('the EmulatorStore contract', () => {
    it('is the store of this pass (the suites really run on both)', () => {
      expect('file' in testStore()).toBe(name === 'sqlite');
    });

    it('finds users by id, username, email and passkey, following changes', () => {
      const store = testStore();
      const passkey = { id: 'cred-1', publicKey: 'pk', counter: 0, transports: [], createdAt: 1 };
      store.putUser(user('u1', { passkeys: [passkey] }));
      store.putUser(user('u2'));
      expect(store.getUserByUsername('u1@example.com')?.id).toBe('u1');
      expect(store.getUserByEmail('u2@example.com')?.id).toBe('u2');
      expect(store.getUserByPasskey('cred-1')?.id).toBe('u1');

      store.putUser(user('u1', { username: 'renamed', email: 'new@example.com', passkeys: [] }));
      expect(store.getUserByUsername('u1@example.com')).toBeUndefined();
      expect(store.getUserByEmail('u1@example.com')).toBeUndefined();
      expect(store.getUserByPasskey('cred-1')).toBeUndefined();
      expect(store.getUserByUsername('renamed')?.email).toBe('new@example.com');
      // Oldest first: a changed user keeps its place.
      expect(store.listUsers().map((u) => u.id)).toEqual(['u1', 'u2']);
    });

    it('hands out copies, so changing one does not change what is stored', () => {
      const store = testStore();
      const original = user('u1', { profile: { first_name: 'A' } });
      store.putUser(original);
      original.profile['first_name'] = 'changed before reading';
      const got = store.getUser('u1');
      expect(got?.profile).toEqual({ first_name: 'A' });
      if (got) {
        got.agreed.push('peu_x');
      }
      expect(store.getUser('u1')?.agreed).toEqual([]);
    });

    it('keeps session tokens and the outbox in order, and purges only what expired', () => {
      const store = testStore();
      store.putToken(token('ptu_1', 'pmt_a', 100));
      store.putToken(token('ptr_1', 'pmt_a', 300));
      store.putToken(token('ptu_2', 'pmt_b', 300));
      store.putToken({ ...token('ptu_1', 'pmt_a', 100), revoked: true });
      // Revoked tokens are still found by value (reuse detection), but no longer listed as live.
      expect(store.listLiveSessionTokens('pmt_a').map((t) => t.token)).toEqual(['ptr_1']);
      expect(store.getToken('ptu_1')?.revoked).toBe(true);
      expect(store.listLiveSessionTokens('pmt_b').map((t) => t.token)).toEqual(['ptu_2']);
      store.putFlow(flow('pfl_old', 100));
      store.putFlow(flow('pfl_new', 300));
      store.putTicket(ticket('pmi_old', 100));
      store.putTicket(ticket('pmi_new', 300));
      for (const to of ['a', 'b', 'c']) {
        store.appendOutbox({ to, channel: 'email', subject: 's', text: 't' });
      }

      store.purgeExpired(200);
      expect([store.getFlow('pfl_old'), store.getToken('ptu_1'), store.getTicket('pmi_old')]).toEqual([undefined, undefined, undefined]);
      expect(store.getFlow('pfl_new')?.id).toBe('pfl_new');
      expect(store.listLiveSessionTokens('pmt_a').map((t) => t.token)).toEqual(['ptr_1']);
      expect(store.getTicket('pmi_new')?.id).toBe('pmi_new');
      expect(store.listOutbox().map((m) => m.to)).toEqual(['a', 'b', 'c']);

      store.deleteFlow('pfl_new');
      expect(store.getFlow('pfl_new')).toBeUndefined();
      store.putSigningKey({ kid: 'pvi_1|1', publicJwk: { kty: 'EC' }, privateJwk: { kty: 'EC', d: 'x' } });
      store.putUser(user('u1'));
      store.clear();
      expect([store.listUsers(), store.listOutbox(), store.getSigningKey(), store.getToken('ptr_1')]).toEqual([[], [], undefined, undefined]);
    });
  });
});

describe('flush, the store\'s commit point', () => {
  it('is called before every answer, and a failing one turns the answer into a 500', async () => {
    let failing = false;
    const flushed: number[] = [];
    const store = {
      ...createMemoryStore(),
      flush: () => {
        flushed.push(flushed.length);
        if (failing) {
          throw new Error('disk full');
        }
      },
    };
    const call = engineCaller(testEmulator({ store }));
    expect((await call('/v2/flow/start', {})).status).toBe('Success');
    expect((await call('/v2/flow/start', {}, { token: 'pcl_wrong' })).status).toBe('Unauthorized');
    expect(flushed).toHaveLength(2);
    failing = true;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await call('/v2/flow/start', {})).toMatchObject({ httpStatus: 500, status: 'InternalError', result: null });
    } finally {
      quiet.mockRestore();
    }
  });
});

describe('cloneRecord (the memory store\'s copy)', () => {
  it('copies plain data deeply, as structuredClone would, keys set to undefined included', () => {
    const record = { a: [1, { b: 'x', c: null }], d: { e: true, f: undefined }, g: new Date(0) };
    const copy = cloneRecord(record);
    expect(copy).toStrictEqual(structuredClone(record));
    expect(Object.keys(copy.d)).toEqual(['e', 'f']);
    expect(copy.a[1]).not.toBe(record.a[1]);
    expect(copy.g).not.toBe(record.g);
  });
});

describe('the SQLite store', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'authn-sqlite-store-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps users, sessions and the signing key across a reopen of the file', async () => {
    const file = join(directory, 'emulator.db');
    const first = createSqliteStore(file);
    const signedUp = await signUp(engineCaller(testEmulator({ store: first })), 'kept@example.com');
    const jwks = await engineCaller(testEmulator({ store: first }))('/v2/client/jwks', {});
    first.close();

    const second = createSqliteStore(file);
    try {
      const call = engineCaller(testEmulator({ store: second }));
      const check = await call('/v2/client/token/check', { token: signedUp.active_token?.token });
      expect(check).toMatchObject({ status: 'Success', result: { email: 'kept@example.com' } });
      expect((await call('/v2/client/jwks', {})).result).toEqual(jwks.result);
    } finally {
      second.close();
    }
  });

  it('backs startEmulatorServer({ db }), which opens the file and closes it with the server', async () => {
    const db = join(directory, 'server.db');
    const first = await startEmulatorServer({ port: 0, token: TOKEN, db, config: { scryptCost: 2 ** 10 } });
    await signUp(fetchCaller(first.url), 'served@example.com');
    await first.close();
    // Closed means checkpointed: the WAL was folded back into the file, which now stands alone.
    expect(existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0).toBe(0);
    const reader = new Database(db, { readonly: true });
    expect(reader.prepare<[], number>('SELECT count(*) FROM users').pluck().get()).toBe(1);
    reader.close();

    const second = await startEmulatorServer({ port: 0, token: TOKEN, db, config: { scryptCost: 2 ** 10 } });
    try {
      const known = flowResult(await fetchCaller(second.url)('/v2/flow/start', { email: 'served@example.com' }));
      expect(known.flow_type).toEqual(['signin']);
    } finally {
      await second.close();
    }
  });

  it('writes a WAL-mode file with the tables and the schema version', () => {
    const file = join(directory, 'emulator.db');
    createSqliteStore(file).close();
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
      expect(tables).toEqual(['flows', 'outbox', 'passkeys', 'signing_key', 'tickets', 'tokens', 'users']);
    } finally {
      db.close();
    }
  });

  it('refuses a file from a newer emulator, and one that is not a database', () => {
    const newer = join(directory, 'newer.db');
    const db = new Database(newer);
    db.pragma('user_version = 7');
    db.close();
    expect(() => createSqliteStore(newer)).toThrow(/newer emulator \(schema 7, this one reads 1\)/);
    const text = join(directory, 'notes.txt');
    writeFileSync(text, 'not a database, just some text that is long enough to have a header '.repeat(4));
    expect(() => createSqliteStore(text)).toThrow(/not a database/);
  });
});
