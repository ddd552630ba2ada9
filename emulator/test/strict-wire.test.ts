import { describe, expect, it } from 'vitest';
import { createEmulator, ConfigError, type EmulatorConfigInput } from '../src/index.js';
import {
  completeResult,
  engineCaller,
  fieldErrors,
  flowApi,
  GOOD_PASSWORD,
  handout,
  signUp,
  testEmulator,
  tokenInfo,
} from './helpers.js';
import { forEachStore } from './stores.js';

/** Issue 11: the emulator refuses what the service would, so the kit is proven against that. */

const SAML_ID = 'pss_emulatorsamlprovider222222222222';

function setup(config: EmulatorConfigInput = {}) {
  const emulator = testEmulator({ config });
  const call = engineCaller(emulator);
  return { emulator, call, api: flowApi(call) };
}

forEachStore(() => {
  describe('cb_uri: a registered redirect URI', () => {
    it('takes any page on a loopback host, on any port, by default', async () => {
      const { api } = setup();
      for (const cbUri of ['http://localhost:3000/cb?x=1', 'http://127.0.0.1:5179', 'http://[::1]:8080/a/b', 'https://localhost/']) {
        expect((await api.start({ cb_uri: cbUri })).flow_phase).toBe('phase_primary');
      }
    });

    it.each(['https://evil.example/cb', 'http://localhost.evil.example/', 'http://app.localhost:3000/'])(
      'refuses %s by default with InaccessibleURI at /cb_uri',
      async (cbUri) => {
        const { call } = setup();
        expect(fieldErrors(await call('/v2/flow/start', { cb_uri: cbUri }))).toEqual([
          { code: 'InaccessibleURI', source: '/cb_uri', detail: expect.stringMatching(/redirect URIs/) },
        ]);
      },
    );

    it('matches a configured URI by scheme, host, port and leading path segments; the list replaces the default', async () => {
      const { api, call } = setup({ redirectUris: ['https://app.example.com/auth'] });
      for (const cbUri of ['https://app.example.com/auth', 'https://app.example.com/auth/callback?next=%2F#top']) {
        expect((await api.start({ cb_uri: cbUri })).flow_phase).toBe('phase_primary');
      }
      const refused = ['https://app.example.com/authx', 'http://app.example.com/auth', 'https://app.example.com:8443/auth', 'http://localhost:3000/'];
      for (const cbUri of refused) {
        expect(fieldErrors(await call('/v2/flow/start', { cb_uri: cbUri })).map((e) => [e.code, e.source]), cbUri).toEqual([
          ['InaccessibleURI', '/cb_uri'],
        ]);
      }
      // A flow without cb_uri is still fine: the service has nowhere to send links, that is all.
      expect((await api.start()).flow_phase).toBe('phase_primary');
    });

    it('refuses an unregistered cb_uri for an invitation, too', async () => {
      const { emulator } = setup();
      const refused = await handout(emulator, 'POST', '/__emulator/invitations', { email: 'a@example.com', cb_uri: 'https://evil.example/' });
      expect(refused.status).toBe(400);
      expect(refused.json).toMatchObject({ status: 'ValidationError', result: { errors: [{ code: 'InaccessibleURI', source: '/cb_uri' }] } });
    });
  });

  describe('email in flow results', () => {
    it('is sent by an email project only', async () => {
      const byEmail = setup();
      expect((await byEmail.api.start({ email: 'mail@example.com' })).email).toBe('mail@example.com');

      const byName = setup({ usernameFormat: 'string' });
      const named = await byName.api.start({ username: 'joe.bloggs' });
      const done = await byName.api.update(named.flow_id, 'password', { password: GOOD_PASSWORD, email: 'joe@example.com' });
      expect(done).toMatchObject({ flow_phase: 'phase_completed', username: 'joe.bloggs' });
      expect(done.email).toBeUndefined();
      // The account has it all the same.
      const tokens = await byName.api.complete(named.flow_id);
      expect(tokens.active_token?.email).toBe('joe@example.com');
    });
  });

  describe('client/session/logout', () => {
    it('takes a user token only: a refresh token is DoesNotMatchPattern at /token and ends nothing', async () => {
      const { call } = setup();
      const tokens = await signUp(call, 'logout@example.com');
      expect(fieldErrors(await call('/v2/client/session/logout', { token: tokens.refresh_token.token }))).toEqual([
        expect.objectContaining({ code: 'DoesNotMatchPattern', source: '/token' }),
      ]);
      expect(tokenInfo(await call('/v2/client/token/check', { token: tokens.active_token?.token })).email).toBe('logout@example.com');
      expect(await call('/v2/client/session/logout', { token: tokens.active_token?.token })).toMatchObject({ status: 'Success' });
    });

    it.each([`ptu_${'a'.repeat(32)}`, 'aaa.bbb.ccc'])('answers a well-formed token it never issued (%s) with InvalidToken', async (token) => {
      const { call } = setup();
      expect(await call('/v2/client/session/logout', { token })).toMatchObject({ httpStatus: 400, status: 'InvalidToken' });
    });
  });

  describe('IdP-initiated SAML', () => {
    const samlConfig = { samlProviders: [{ id: SAML_ID, name: 'Acme SSO' }] };

    async function mintTicket(emulator: ReturnType<typeof testEmulator>, body: Record<string, unknown>) {
      const minted = await handout(emulator, 'POST', '/__emulator/saml/idp-initiated', { provider_id: SAML_ID, ...body });
      expect(minted.status, minted.body).toBe(201);
      return minted.json as { ticket: string; expire: string; link: string };
    }

    function samlData(result: { flow_choices: { choice: string; data?: unknown }[] }) {
      return result.flow_choices.find((entry) => entry.choice === 'saml')?.data as Record<string, unknown>;
    }

    it('mints a ticket, offers saml with idp_init_flow, and signs up the asserted user with idp_flow_state', async () => {
      const { emulator, api } = setup(samlConfig);
      const { ticket, link } = await mintTicket(emulator, { email: 'Idp@Example.com', cb_uri: 'http://localhost:3000/login' });
      expect(ticket).toMatch(/^pst_[a-z2-7]{32}$/);
      expect(link).toBe(`http://localhost:3000/login?saml_idp_initiated_ticket=${ticket}`);

      const started = await api.start({ cb_uri: 'http://localhost:3000/login', saml_idp_initiated_ticket: ticket });
      const offer = samlData(started);
      expect(offer).toEqual({ enrollment: true, provider_id: SAML_ID, provider_name: 'Acme SSO', state: expect.stringMatching(/^pcb_/), idp_init_flow: true });
      expect(started.flow_choices.map((entry) => entry.choice)).toContain('set_email');

      const done = await api.update(started.flow_id, 'saml', { provider_id: SAML_ID, provider_name: 'Acme SSO', idp_flow_state: offer['state'] });
      expect(done).toMatchObject({ flow_type: ['signup'], flow_phase: 'phase_completed', email: 'idp@example.com' });
      completeResult(await engineCaller(emulator)('/v2/flow/complete', { flow_id: started.flow_id }));
      expect(emulator.users()).toEqual([expect.objectContaining({ email: 'idp@example.com', email_verified: true, methods: [`saml:${SAML_ID}`] })]);

      // Spent: a new flow cannot start with it.
      expect(fieldErrors(await engineCaller(emulator)('/v2/flow/start', { saml_idp_initiated_ticket: ticket }))).toEqual([
        expect.objectContaining({ code: 'BadState', source: '/saml_idp_initiated_ticket' }),
      ]);
    });

    it('signs in an existing account the IdP asserts', async () => {
      const { emulator, call, api } = setup(samlConfig);
      await signUp(call, 'known@example.com');
      const { ticket } = await mintTicket(emulator, { email: 'known@example.com' });
      const started = await api.start({ saml_idp_initiated_ticket: ticket });
      const done = await api.update(started.flow_id, 'saml', { provider_id: SAML_ID, provider_name: 'Acme SSO', idp_flow_state: samlData(started)['state'] });
      expect(done).toMatchObject({ flow_type: ['signin'], flow_phase: 'phase_completed' });
    });

    it('refuses an unknown, expired or foreign ticket, and a state that is not the offer\'s', async () => {
      const { emulator, call, api } = setup(samlConfig);
      expect(fieldErrors(await call('/v2/flow/start', { saml_idp_initiated_ticket: `pst_${'a'.repeat(32)}` }))).toEqual([
        expect.objectContaining({ code: 'DoesNotExist', source: '/saml_idp_initiated_ticket' }),
      ]);
      const invitation = (await handout(emulator, 'POST', '/__emulator/invitations', { email: 'inv@example.com' })).json as { invitation: string };
      expect(fieldErrors(await call('/v2/flow/start', { saml_idp_initiated_ticket: invitation.invitation }))[0]).toMatchObject({ code: 'DoesNotExist' });
      expect(fieldErrors(await call('/v2/flow/start', { invitation: invitation.invitation, saml_idp_initiated_ticket: invitation.invitation }))[0]).toMatchObject({
        code: 'MutuallyExclusive',
      });

      const short = await mintTicket(emulator, { email: 'late@example.com', expires_in_seconds: 1 });
      emulator.advanceClock(1);
      expect(fieldErrors(await call('/v2/flow/start', { saml_idp_initiated_ticket: short.ticket }))).toEqual([
        expect.objectContaining({ code: 'BadState', source: '/saml_idp_initiated_ticket', detail: 'The ticket has expired' }),
      ]);

      const { ticket } = await mintTicket(emulator, { email: 'state@example.com' });
      const started = await api.start({ saml_idp_initiated_ticket: ticket });
      expect(fieldErrors(await api.tryUpdate(started.flow_id, 'saml', { provider_id: SAML_ID, provider_name: 'Acme SSO', idp_flow_state: 'pcb_notthisflowsstate' }))).toEqual([
        expect.objectContaining({ code: 'BadState', source: '/data/idp_flow_state' }),
      ]);
    });

    it('mints tickets only for a configured provider, at /__emulator/saml/idp-initiated', async () => {
      const { emulator } = setup(samlConfig);
      const unknown = await handout(emulator, 'POST', '/__emulator/saml/idp-initiated', { provider_id: `pss_${'b'.repeat(32)}`, email: 'a@example.com' });
      expect(unknown.json).toMatchObject({ status: 'ValidationError', result: { errors: [{ code: 'ProviderDisabled', source: '/provider_id' }] } });
      expect((await handout(emulator, 'POST', `/__emulator/saml/${SAML_ID}`, { email: 'a@example.com' })).status).toBe(404);
    });
  });
});

describe('redirectUris in the config', () => {
  it('must be http(s) URLs', () => {
    expect(() => createEmulator({ config: { redirectUris: ['ftp://files.example.com/'] } })).toThrow(ConfigError);
    expect(() => createEmulator({ config: { redirectUris: ['not a url'] } })).toThrow(/redirectUris\.0/);
  });
});
