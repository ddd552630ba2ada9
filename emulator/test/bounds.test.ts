import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, MAX_SCRYPT_COST, verifyPassword, type ScryptFunction } from '../src/engine/password-hash.js';
import {
  ConfigError,
  createEmulator,
  createMemoryStore,
  DEFAULT_STORE_LIMITS,
  type FlowRecord,
  type TokenRecord,
} from '../src/index.js';
import { createEmulatorHttpServer } from '../src/node/http-server.js';
import { createSqliteStore, SERVER_LIMITS, startEmulatorServer } from '../src/node/index.js';
import { engineCaller, flowApi, GOOD_PASSWORD, handout, testEmulator } from './helpers.js';
import { forEachStore } from './stores.js';

const fixedRandom = (bytes: number) => new Uint8Array(bytes).fill(7);

describe('scryptCost is capped', () => {
  it('refuses a cost above MAX_SCRYPT_COST (2^16) in the config, from createEmulator and the config hand-out', async () => {
    expect(MAX_SCRYPT_COST).toBe(2 ** 16);
    expect(createEmulator({ config: { scryptCost: 2 ** 16 } }).config.scryptCost).toBe(2 ** 16);
    let error: unknown;
    try {
      createEmulator({ config: { scryptCost: 2 ** 17 } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).errors).toEqual([
      { code: 'NotWithinRange', source: '/scryptCost', detail: 'scryptCost must be a power of two from 2 to 65536 (2^16)' },
    ]);

    const emulator = testEmulator();
    const answer = await handout(emulator, 'POST', '/__emulator/config', { scryptCost: 2 ** 30 });
    expect(answer.status).toBe(400);
    expect(emulator.config.scryptCost).toBe(2 ** 10);
  });

  it('reads a stored hash asking for more work than the cap as a mismatch, without running scrypt', async () => {
    const calls: number[] = [];
    const counting: ScryptFunction = async (password, salt, params) => {
      calls.push(params.N);
      return new Uint8Array(params.dkLen);
    };
    const good = await hashPassword(GOOD_PASSWORD, 2 ** 4, fixedRandom);
    const [, , , , salt, hash] = good.split('$');
    for (const params of ['1099511627776$8$1', '131072$8$1', '65536$1024$1', '65536$8$64', '4$8$1' + '0'.repeat(30)]) {
      expect({ params, match: await verifyPassword(GOOD_PASSWORD, `scrypt$${params}$${salt}$${hash}`, counting) }).toEqual({
        params,
        match: false,
      });
    }
    expect(calls).toEqual([]);
    // Within the cap it runs: the bound refuses only absurd records.
    expect(await verifyPassword(GOOD_PASSWORD, good)).toBe(true);
  });

  it('answers a sign-in against a record above the cap with AuthenticationFailure at once', async () => {
    const store = createMemoryStore();
    const emulator = testEmulator({ store });
    await handout(emulator, 'POST', '/__emulator/users', { email: 'tampered@example.com', password: GOOD_PASSWORD });
    const user = store.getUserByEmail('tampered@example.com');
    if (!user) {
      throw new Error('the hand-out made no user');
    }
    const [, , , , salt, hash] = (user.passwordHash ?? '').split('$');
    // 2^18 would still run, for seconds and 256 MiB, in the pure-JS scrypt of this emulator.
    store.putUser({ ...user, passwordHash: `scrypt$${2 ** 18}$8$1$${salt}$${hash}` });
    const api = flowApi(engineCaller(emulator));
    const flow = await api.start({ email: 'tampered@example.com' });
    const started = Date.now();
    expect((await api.tryUpdate(flow.flow_id, 'password', { password: GOOD_PASSWORD })).status).toBe('AuthenticationFailure');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('the Node server', () => {
  it('sets a connection cap and request timeouts on the server object', () => {
    const server = createEmulatorHttpServer(testEmulator());
    expect({
      maxConnections: server.maxConnections,
      headersTimeout: server.headersTimeout,
      requestTimeout: server.requestTimeout,
      keepAliveTimeout: server.keepAliveTimeout,
    }).toEqual({ maxConnections: 256, headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 });
    expect(SERVER_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(SERVER_LIMITS.requestTimeoutMs);
  });

  it('closes connections beyond maxConnections, and serves again once one is free', async () => {
    const server = await startEmulatorServer({ port: 0, emulator: testEmulator(), maxConnections: 2 });
    const sockets: Socket[] = [];
    const open = (): Promise<Socket> =>
      new Promise((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1', () => resolve(socket));
        socket.once('error', reject);
        sockets.push(socket);
      });
    const closed = (socket: Socket): Promise<void> => new Promise((resolve) => socket.once('close', () => resolve()));
    try {
      const [first] = [await open(), await open()];
      const third = await open();
      await closed(third);
      first?.destroy();
      // The server counts the slot free once it sees the close.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const response = await fetch(`${server.url}/__emulator/outbox`);
      expect(response.status).toBe(200);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await server.close();
    }
  });
});

describe('the memory store is bounded, oldest first', () => {
  const flow = (id: string) => ({ id, expiresAt: Number.MAX_SAFE_INTEGER, version: 1 }) as unknown as FlowRecord;
  const token = (name: string, sessionId: string): TokenRecord => ({
    token: name,
    type: 'user',
    sessionId,
    userId: 'u1',
    scopes: [],
    clientId: null,
    createdAt: 0,
    expiresAt: Number.MAX_SAFE_INTEGER,
    revoked: false,
  });

  it('keeps the newest N flows, tokens, tickets and outbox messages', () => {
    const store = createMemoryStore({ flows: 3, tokens: 3, tickets: 2, outbox: 3 });
    for (const id of ['f1', 'f2', 'f3', 'f4', 'f5']) {
      store.putFlow(flow(id));
    }
    // Saving an old flow again does not make it new: eviction follows creation.
    store.putFlow(flow('f3'));
    store.putFlow(flow('f6'));
    expect(['f1', 'f2', 'f3', 'f4', 'f5', 'f6'].map((id) => store.getFlow(id) !== undefined)).toEqual([false, false, false, true, true, true]);

    for (const [name, session] of [['t1', 's1'], ['t2', 's1'], ['t3', 's2'], ['t4', 's2'], ['t5', 's3']] as const) {
      store.putToken(token(name, session));
    }
    expect(['t1', 't2', 't3', 't4', 't5'].map((name) => store.getToken(name) !== undefined)).toEqual([false, false, true, true, true]);
    expect(store.listLiveSessionTokens('s1')).toEqual([]);
    expect(store.listLiveSessionTokens('s2').map((t) => t.token)).toEqual(['t3', 't4']);

    for (const id of ['k1', 'k2', 'k3']) {
      store.putTicket({ kind: 'invitation', id, email: 'i@example.com', createdAt: 0, expiresAt: Number.MAX_SAFE_INTEGER, used: false });
    }
    expect(['k1', 'k2', 'k3'].map((id) => store.getTicket(id)?.id)).toEqual([undefined, 'k2', 'k3']);

    for (const to of ['a', 'b', 'c', 'd', 'e']) {
      store.appendOutbox({ to, channel: 'email', subject: 's', text: 't' });
    }
    expect(store.listOutbox().map((m) => m.to)).toEqual(['c', 'd', 'e']);
  });

  it('has documented defaults, which the emulator uses', () => {
    expect(DEFAULT_STORE_LIMITS).toEqual({ flows: 10_000, tokens: 50_000, tickets: 20_000, outbox: 1_000 });
    const store = createMemoryStore();
    for (let i = 0; i <= DEFAULT_STORE_LIMITS.outbox; i++) {
      store.appendOutbox({ to: `${i}`, channel: 'email', subject: 's', text: 't' });
    }
    expect(store.listOutbox()).toHaveLength(DEFAULT_STORE_LIMITS.outbox);
    expect(store.listOutbox()[0]?.to).toBe('1');
  });
});

forEachStore(() => {
  describe('the outbox of a running emulator', () => {
    it('keeps the newest DEFAULT_STORE_LIMITS.outbox messages', async () => {
      const emulator = testEmulator({ config: { primaries: ['email_otp'], resendIntervalSeconds: 0 } });
      const api = flowApi(engineCaller(emulator));
      const flow = await api.start({ email: 'many@example.com' });
      for (let i = 0; i < DEFAULT_STORE_LIMITS.outbox + 2; i++) {
        await api.restart(flow.flow_id, 'email_otp');
      }
      const outbox = emulator.outbox();
      expect(outbox).toHaveLength(DEFAULT_STORE_LIMITS.outbox);
      // The newest message is the one kept: its code is the one that works.
      expect((await api.update(flow.flow_id, 'email_otp', { code: outbox.at(-1)?.code })).flow_phase).toBe('phase_completed');
    });
  });
});

describe('a new SQLite file', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'authn-mode-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('is readable and writable by its owner only (0600), and so is its WAL', () => {
    const file = join(directory, 'emulator.db');
    const store = createSqliteStore(file);
    store.appendOutbox({ to: 'a', channel: 'email', subject: 's', text: 't' });
    store.flush?.();
    try {
      expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
      expect((statSync(`${file}-wal`).mode & 0o777).toString(8)).toBe('600');
    } finally {
      store.close();
    }
  });
});
