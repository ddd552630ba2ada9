import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulatorHandlers, type Emulator } from '../src/index.js';
import { startEmulatorServer, type EmulatorServer } from '../src/node/index.js';
import { fetchCaller, flowApi, GOOD_PASSWORD, signUp, START, testEmulator, type RawFlowResult } from './helpers.js';
import { forEachStore } from './stores.js';

/** The same hand-out checks through both hosts: the Node server and the MSW handlers. */
interface Host {
  name: string;
  base: () => string;
}

const hosts: Host[] = [
  { name: 'the Node server', base: () => server.url },
  { name: 'MSW (below a prefix)', base: () => 'http://app.test/authn' },
];

let emulators: Emulator[] = [];
let msw: ReturnType<typeof setupServer>;
let server: EmulatorServer;

async function json(base: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    redirect: 'manual',
    headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : null };
}

forEachStore(() => {
  beforeAll(async () => {
    const make = () => testEmulator({ now: () => START, config: { socialProviders: ['google'] } });
    const [nodeEmulator, mswEmulator] = [make(), make()];
    emulators = [nodeEmulator, mswEmulator];
    server = await startEmulatorServer({ port: 0, emulator: nodeEmulator });
    msw = setupServer(...createEmulatorHandlers(mswEmulator, { prefix: '/authn/' }));
    msw.listen({ onUnhandledRequest: 'bypass' });
  });
  afterEach(() => {
    for (const emulator of emulators) {
      emulator.reset();
      emulator.setConfig({ preset: 'password', socialProviders: ['google'], scryptCost: 2 ** 10 });
    }
  });
  afterAll(async () => {
    msw.close();
    await server.close();
  });

  describe.each(hosts)('the hand-outs through $name', (host) => {
    it('list the outbox newest last, filter it by recipient, and reset', async () => {
      const call = fetchCaller(host.base());
      await signUp(call, 'a@example.com');
      const api = flowApi(call);
      for (const email of ['a@example.com', 'a@example.com']) {
        const flow = await api.start({ email });
        await api.restart(flow.flow_id, 'reset_password');
      }
      await json(host.base(), 'POST', '/__emulator/invitations', { email: 'b@example.com' });
      const outbox = await json(host.base(), 'GET', '/__emulator/outbox');
      const messages = (outbox.body as { messages: { to: string; subject: string }[] }).messages;
      expect(messages.map((m) => [m.to, m.subject])).toEqual([
        ['a@example.com', 'Reset your password'],
        ['a@example.com', 'Reset your password'],
        ['b@example.com', 'You are invited'],
      ]);
      const filtered = await json(host.base(), 'GET', '/__emulator/outbox?to=B@example.com');
      expect((filtered.body as { messages: unknown[] }).messages).toHaveLength(1);

      expect((await json(host.base(), 'POST', '/__emulator/reset')).body).toEqual({ reset: true });
      expect((await json(host.base(), 'GET', '/__emulator/outbox')).body).toEqual({ messages: [] });
      expect((await json(host.base(), 'GET', '/__emulator/users')).body).toEqual({ users: [] });
    });

    it('get and set the config; a bad one is a ValidationError naming the key', async () => {
      const got = await json(host.base(), 'GET', '/__emulator/config');
      expect((got.body as { config: { primaries: string[] } }).config.primaries).toEqual(['password']);
      const set = await json(host.base(), 'POST', '/__emulator/config', { mfa: { methods: ['totp'], required: true } });
      expect((set.body as { config: { mfa: unknown; socialProviders: string[] } }).config).toMatchObject({
        mfa: { methods: ['totp'], required: true },
        socialProviders: ['google'],
      });
      const bad = await json(host.base(), 'POST', '/__emulator/config', { mfa: { methods: ['carrier_pigeon'] }, colour: 1 });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({
        status: 'ValidationError',
        result: {
          errors: [
            { code: 'NotEnumMember', source: '/mfa/methods/0' },
            { code: 'UnexpectedProperty', source: '/colour' },
          ],
        },
      });
      const preset = await json(host.base(), 'POST', '/__emulator/config', { preset: 'passwordless', scryptCost: 1024 });
      expect((preset.body as { config: { mfa: unknown; primaries: string[] } }).config).toMatchObject({
        mfa: { methods: [], required: false },
        primaries: ['email_otp', 'magiclink'],
      });
    });

    it('create, change and list users, without secrets', async () => {
      const created = await json(host.base(), 'POST', '/__emulator/users', { email: 'u@example.com', password: GOOD_PASSWORD, profile: { first_name: 'U' } });
      expect(created.status).toBe(201);
      const changed = await json(host.base(), 'POST', '/__emulator/users', { email: 'u@example.com', disabled: true });
      expect(changed.status).toBe(200);
      const { users } = (await json(host.base(), 'GET', '/__emulator/users')).body as { users: Record<string, unknown>[] };
      expect(users).toEqual([
        {
          id: expect.stringMatching(/^pui_/),
          username: 'u@example.com',
          email: 'u@example.com',
          phone: null,
          email_verified: true,
          disabled: true,
          provisional: false,
          methods: ['password'],
          mfa: [],
          profile: { first_name: 'U' },
          agreed: [],
          created_at: new Date(START).toISOString(),
        },
      ]);
      expect(JSON.stringify(users)).not.toContain('scrypt');
      const bad = await json(host.base(), 'POST', '/__emulator/users', { email: 'nope' });
      expect(bad.body).toMatchObject({ status: 'ValidationError', result: { errors: [{ code: 'BadFormatEmail', source: '/email' }] } });
    });

    it('move the clock, which expires flows', async () => {
      const api = flowApi(fetchCaller(host.base()));
      const flow = await api.start();
      const moved = await json(host.base(), 'POST', '/__emulator/clock', { advance_seconds: 1800 });
      expect(moved.body).toEqual({ now: new Date(START + 1_800_000).toISOString(), offset_seconds: 1800 });
      expect((await api.tryUpdate(flow.flow_id, '')).status).toBe('FlowExpired');
      expect((await json(host.base(), 'POST', '/__emulator/clock', { advance_seconds: -1 })).status).toBe(400);
      await json(host.base(), 'POST', '/__emulator/reset');
      expect((await json(host.base(), 'GET', '/__emulator/clock')).body).toEqual({ now: new Date(START).toISOString(), offset_seconds: 0 });
    });

    it('seed ids and codes so runs repeat', async () => {
      const api = flowApi(fetchCaller(host.base()));
      expect((await json(host.base(), 'POST', '/__emulator/seed', { seed: 42 })).body).toEqual({ seed: '42' });
      const first = [(await api.start()).flow_id, (await api.start()).flow_id];
      await json(host.base(), 'POST', '/__emulator/reset');
      const second = [(await api.start()).flow_id, (await api.start()).flow_id];
      expect(second).toEqual(first);
      await json(host.base(), 'POST', '/__emulator/seed', { seed: null });
      expect((await api.start()).flow_id).not.toBe(first[0]);
    });

    it('run the social provider page: a form, then a redirect to cb_uri with state and code', async () => {
      const api = flowApi(fetchCaller(host.base()));
      const flow: RawFlowResult = await api.start({ cb_uri: 'http://localhost:3000/cb' });
      const offer = flow.flow_choices.find((c) => c.choice === 'social')?.data as { redirect_uri: string; state: string };
      expect(offer.redirect_uri.startsWith(`${host.base()}/__emulator/social/google?`)).toBe(true);
      const form = await json(host.base(), 'GET', offer.redirect_uri.slice(host.base().length));
      expect(form.status).toBe(200);
      expect(form.text).toContain('<form method="get">');
      const page = await fetch(`${offer.redirect_uri}&email=s%40example.com`, { redirect: 'manual' });
      expect(page.status).toBe(302);
      const location = page.headers.get('location') ?? '';
      expect(location).toMatch(new RegExp(`^http://localhost:3000/cb\\?state=${offer.state}&code=poc_`));
      const done = await api.update(flow.flow_id, 'social', { social_provider: 'google', uri: location });
      expect(done.flow_phase).toBe('phase_completed');
    });

    it('serve the captcha widget, whose token the captcha choice accepts', async () => {
      const page = await json(host.base(), 'GET', '/__emulator/captcha?site_key=emulator-captcha-site-key');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.text).toContain('"emulator-captcha-pass"');
      expect((await json(host.base(), 'GET', '/__emulator/captcha?site_key=other')).status).toBe(400);
    });

    it('answer unknown hand-outs 404, wrong methods 405 and bad bodies 400', async () => {
      expect((await json(host.base(), 'GET', '/__emulator/nope')).status).toBe(404);
      const wrong = await json(host.base(), 'DELETE', '/__emulator/users');
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get('allow')).toBe('GET, POST, OPTIONS');
      const bad = await json(host.base(), 'POST', '/__emulator/clock', '{"advance_seconds":');
      expect(bad.body).toMatchObject({ status: 'ValidationError', result: { errors: [{ code: 'BadFormat', source: '' }] } });
    });
  });
});
