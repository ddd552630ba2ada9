import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposureWarning, parseCliOptions } from '../src/node/cli-options.js';
import { createEmulatorMiddleware, startEmulatorServer, type EmulatorServer } from '../src/node/index.js';
import type { Emulator } from '../src/create-emulator.js';
import { engineCaller, flowApi, flowResult, GOOD_PASSWORD, handout, testEmulator } from './helpers.js';

interface Raw {
  status: number;
  body: string;
}

/** A request as any browser or script may send it, `Host` included (fetch cannot set that one). */
function raw(url: string, method: string, headers: Record<string, string>, body = ''): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const EVIL = 'https://evil.example';

/** Whether the user still signs in with the password they chose. */
async function passwordOf(emulator: Emulator, email: string): Promise<boolean> {
  const api = flowApi(engineCaller(emulator));
  const started = await api.start({ email, cb_uri: 'http://localhost/' });
  const answer = await api.tryUpdate(started.flow_id, 'password', { password: GOOD_PASSWORD });
  return answer.status === 'Success' && flowResult(answer).flow_phase === 'phase_completed';
}

/** The same rules on the standalone server and through the connect middleware (the Vite demo's). */
const hosts: [string, () => Promise<{ url: string; emulator: Emulator; close: () => Promise<void> }>][] = [
  [
    'the Node server',
    async () => {
      const server: EmulatorServer = await startEmulatorServer({ port: 0, emulator: testEmulator() });
      return { url: server.url, emulator: server.emulator, close: () => server.close() };
    },
  ],
  [
    'the connect middleware',
    async () => {
      const emulator = testEmulator();
      const middleware = createEmulatorMiddleware(emulator);
      const server: Server = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      return { url: `http://127.0.0.1:${port}`, emulator, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    },
  ],
];

describe.each(hosts)('the hand-outs answer only the developer’s own pages, through %s', (_name, start) => {
  let host: Awaited<ReturnType<typeof start>>;

  beforeAll(async () => {
    host = await start();
    await handout(host.emulator, 'POST', '/__emulator/users', { email: 'victim@example.com', password: GOOD_PASSWORD });
  });
  afterAll(async () => {
    await host.close();
  });

  it('refuses a cross-site text/plain POST that would overwrite a password, and keeps the password', async () => {
    const body = JSON.stringify({ email: 'victim@example.com', password: 'Attacker-chosen1!' });
    const crossSite = await raw(`${host.url}/__emulator/users`, 'POST', { origin: EVIL, 'content-type': 'text/plain' }, body);
    expect(crossSite.status).toBe(403);
    // Without Origin (a non-browser client), text/plain is still not JSON.
    const plain = await raw(`${host.url}/__emulator/users`, 'POST', { 'content-type': 'text/plain' }, body);
    expect(plain.status).toBe(415);
    expect(await passwordOf(host.emulator, 'victim@example.com')).toBe(true);
  });

  it('refuses a config change from another site, and keeps the config', async () => {
    const body = JSON.stringify({ scryptCost: 2, publicUrl: `${EVIL}/` });
    const refused = await raw(`${host.url}/__emulator/config`, 'POST', { origin: EVIL, 'content-type': 'application/json' }, body);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ status: 'Forbidden' });
    expect(host.emulator.config.publicUrl).toBeNull();
    // Reading every code sent is refused to other sites too.
    expect((await raw(`${host.url}/__emulator/outbox`, 'GET', { origin: EVIL })).status).toBe(403);
    expect((await raw(`${host.url}/__emulator/outbox`, 'GET', { origin: 'null' })).status).toBe(403);
  });

  it('still answers a local page, and a JSON POST without Origin (tests, curl)', async () => {
    const local = await raw(`${host.url}/__emulator/outbox`, 'GET', { origin: 'http://localhost:5173' });
    expect(local.status).toBe(200);
    const json = await raw(`${host.url}/__emulator/clock`, 'POST', { 'content-type': 'application/json; charset=utf-8' }, '{"advance_seconds":1}');
    expect(json.status).toBe(200);
  });

  it('refuses a Host that is not its own (DNS rebinding), on the API and on the provider pages', async () => {
    const rebound = { host: 'attacker.example:4000', origin: 'http://attacker.example:4000' };
    const start = await raw(`${host.url}/v2/flow/start`, 'POST', { ...rebound, 'content-type': 'application/json', authorization: `Bearer ${host.emulator.token}` }, '{}');
    expect(start.status).toBe(403);
    const page = await raw(`${host.url}/__emulator/social/google?redirect_uri=http://localhost/&state=pcb_x`, 'GET', { host: 'attacker.example:4000' });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain('attacker.example:4000/');
    // The loopback names, on any port, are the emulator's own.
    for (const own of ['localhost:9999', '127.0.0.1:4000', '[::1]:4000', 'authn.localhost:4000']) {
      expect((await raw(`${host.url}/__emulator/outbox`, 'GET', { host: own })).status, own).toBe(200);
    }
  });
});

describe('allowed hosts', () => {
  it('answers the host of publicUrl and of allowedHosts, and only those', async () => {
    const emulator = testEmulator({ config: { publicUrl: 'https://emulator.dev.test/', allowedHosts: ['192.168.1.20:4000'] } });
    const server = await startEmulatorServer({ port: 0, emulator });
    try {
      const outbox = (headers: Record<string, string>) => raw(`${server.url}/__emulator/outbox`, 'GET', headers);
      expect((await outbox({ host: 'emulator.dev.test' })).status).toBe(200);
      expect((await outbox({ host: '192.168.1.20:4000', origin: 'https://emulator.dev.test' })).status).toBe(200);
      expect((await outbox({ host: '192.168.1.21:4000' })).status).toBe(403);
      expect((await outbox({ host: '192.168.1.20:4000', origin: 'http://192.168.1.20:4000' })).status).toBe(403);
    } finally {
      await server.close();
    }
  });

  it('takes --allowed-host on the command line, and warns when listening beyond loopback', () => {
    const options = parseCliOptions(['--host', '0.0.0.0', '--allowed-host', '192.168.1.20:4000'], () => '{}');
    expect(options !== 'help' && options.config.allowedHosts).toEqual(['192.168.1.20:4000']);
    expect(exposureWarning('0.0.0.0')).toMatch(/Anyone who can reach this port can read every code/);
    expect(exposureWarning('127.0.0.1')).toBeUndefined();
    expect(exposureWarning('::1')).toBeUndefined();
  });
});
