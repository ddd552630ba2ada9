import { describe, expect, it } from 'vitest';
import { PRESETS, type Emulator } from '../src/index.js';
import { choiceData, engineCaller, fieldErrors, flowApi, handout, testEmulator, type RawFlowResult } from './helpers.js';
import { forEachStore } from './stores.js';

const SAML_ID = 'pss_emulatorsamlprovider222222222222';

function setup() {
  const emulator = testEmulator({
    config: { socialProviders: ['google', 'github'], samlProviders: [{ id: SAML_ID, name: 'Acme SSO' }] },
  });
  return { emulator, api: flowApi(engineCaller(emulator, { host: '127.0.0.1:4000' })) };
}

/** Opens the provider page of an offer as the browser would, signing in as `email`; returns the callback URL. */
async function providerSignIn(emulator: Emulator, redirectUri: string, email: string): Promise<string> {
  const page = new URL(redirectUri);
  page.searchParams.set('email', email);
  const response = await handout(emulator, 'GET', `${page.pathname}${page.search}`);
  expect(response.status).toBe(302);
  return response.headers['location'] ?? '';
}

function socialOffer(result: RawFlowResult, provider: string) {
  const entry = result.flow_choices.find((c) => c.choice === 'social' && (c.data as { social_provider?: string }).social_provider === provider);
  return entry?.data as { state: string; redirect_uri: string; enrollment: boolean };
}

forEachStore(() => {
  describe('social sign-in through the fake provider pages', () => {
    it('offers one social choice per provider, linking to the emulator under the URL it was reached at', async () => {
      const { api } = setup();
      const started = await api.start({ cb_uri: 'http://localhost:3000/cb' });
      const google = socialOffer(started, 'google');
      expect(google.enrollment).toBe(true);
      expect(google.redirect_uri).toBe(
        `http://127.0.0.1:4000/__emulator/social/google?redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb&state=${google.state}`,
      );
      expect(socialOffer(started, 'github').state).not.toBe(google.state);
      expect(choiceData(started, 'saml')).toMatchObject({ provider_id: SAML_ID, provider_name: 'Acme SSO' });
    });

    it('links to publicUrl when the config sets one', async () => {
      const emulator = testEmulator({ config: { socialProviders: ['google'], publicUrl: 'https://authn.example.test/' } });
      const started = await flowApi(engineCaller(emulator)).start();
      expect(socialOffer(started, 'google').redirect_uri).toMatch(/^https:\/\/authn\.example\.test\/__emulator\/social\/google\?/);
    });

    it('signs up, then in with another provider of the same email; a reused callback is CodeAlreadyUsed', async () => {
      const { emulator, api } = setup();
      const started = await api.start({ cb_uri: 'http://localhost:3000/cb' });
      const { state, redirect_uri: redirectUri } = socialOffer(started, 'google');
      const form = await handout(emulator, 'GET', new URL(redirectUri).pathname + new URL(redirectUri).search);
      expect(form.status).toBe(200);
      expect(form.headers['content-type']).toMatch(/^text\/html/);
      expect(form.body).toContain('Sign in with Google');

      const callback = await providerSignIn(emulator, redirectUri, 'Sam@Example.com');
      expect(callback).toMatch(new RegExp(`^http://localhost:3000/cb\\?state=${state}&code=poc_[a-z2-7]{32}$`));
      const done = await api.update(started.flow_id, 'social', { social_provider: 'google', uri: callback });
      expect(done).toMatchObject({ flow_phase: 'phase_completed', flow_type: ['signup'], email: 'sam@example.com' });
      const identity = (await api.complete(started.flow_id)).active_token?.identity;
      expect(await api.tryUpdate(started.flow_id, 'social', { social_provider: 'google', uri: callback })).toMatchObject({
        status: 'NotFound',
      });

      const again = await api.start({ cb_uri: 'http://localhost:3000/cb' });
      const github = await providerSignIn(emulator, socialOffer(again, 'github').redirect_uri, 'sam@example.com');
      const signedIn = await api.update(again.flow_id, 'social', { social_provider: 'github', uri: github });
      expect(signedIn.flow_type).toEqual(['signin']);
      expect((await api.complete(again.flow_id)).active_token?.identity).toBe(identity);
      expect(emulator.users()[0]).toMatchObject({ email_verified: true, methods: ['social:google', 'social:github'] });

      const third = await api.start();
      const reused = await providerSignIn(emulator, socialOffer(third, 'google').redirect_uri, 'sam@example.com');
      await api.update(third.flow_id, 'social', { social_provider: 'google', uri: reused });
      expect(await api.tryUpdate(third.flow_id, 'social', { social_provider: 'google', uri: reused })).toMatchObject({
        status: 'CodeAlreadyUsed',
      });
    });

    it('refuses a callback of another flow, a forged code, a provider that is off and a mismatched email', async () => {
      const { emulator, api } = setup();
      const one = await api.start();
      const two = await api.start();
      const callback = await providerSignIn(emulator, socialOffer(one, 'google').redirect_uri, 'a@example.com');
      expect(fieldErrors(await api.tryUpdate(two.flow_id, 'social', { social_provider: 'google', uri: callback }))).toEqual([
        expect.objectContaining({ code: 'BadState', source: '/data/uri' }),
      ]);
      const forged = callback.replace(/code=poc_\w+/, 'code=poc_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
      expect(await api.tryUpdate(one.flow_id, 'social', { social_provider: 'google', uri: forged })).toMatchObject({
        status: 'AuthenticationFailure',
      });
      expect(fieldErrors(await api.tryUpdate(one.flow_id, 'social', { social_provider: 'gitlab', uri: callback }))).toEqual([
        expect.objectContaining({ code: 'ProviderDisabled', source: '/data/social_provider' }),
      ]);
      expect(fieldErrors(await api.tryUpdate(one.flow_id, 'social', { social_provider: 'google', uri: 'not a url' }))).toEqual([
        expect.objectContaining({ code: 'BadFormatURI', source: '/data/uri' }),
      ]);

      await handout(emulator, 'POST', '/__emulator/users', { email: 'known@example.com', password: 'My1s+Password' });
      const named = await api.start({ email: 'known@example.com' });
      const other = await providerSignIn(emulator, socialOffer(named, 'google').redirect_uri, 'someone@example.com');
      expect(fieldErrors(await api.tryUpdate(named.flow_id, 'social', { social_provider: 'google', uri: other }))).toEqual([
        expect.objectContaining({ code: 'BadState', source: '/data/uri' }),
      ]);
    });

    it('answers the provider pages with 404 for a provider that is off and 400 for a bad redirect_uri', async () => {
      const { emulator } = setup();
      expect((await handout(emulator, 'GET', '/__emulator/social/gitlab?redirect_uri=http%3A%2F%2Fx&state=pcb_abcdefgh')).status).toBe(404);
      expect((await handout(emulator, 'GET', '/__emulator/social/google?redirect_uri=javascript:alert(1)&state=pcb_abcdefgh')).status).toBe(400);
      expect((await handout(emulator, 'GET', '/__emulator/saml/pss_nope?redirect_uri=http%3A%2F%2Fx&state=pcb_abcdefgh')).status).toBe(404);
      const escaped = await handout(emulator, 'GET', '/__emulator/social/google?redirect_uri=http%3A%2F%2Fx%2F%22%3E%3Cscript%3E&state=pcb_abcdefgh');
      expect(escaped.body).not.toContain('"><script>');
    });
  });

  describe('where the fake provider pages redirect', () => {
    const pageOf = (offerUri: string, params: Record<string, string | null>): string => {
      const page = new URL(offerUri);
      for (const [name, value] of Object.entries(params)) {
        if (value === null) {
          page.searchParams.delete(name);
        } else {
          page.searchParams.set(name, value);
        }
      }
      return `${page.pathname}${page.search}`;
    };

    it("refuses an attacker's redirect_uri with the flow's real state, and mints no code for it", async () => {
      const { emulator, api } = setup();
      const started = await api.start({ cb_uri: 'http://localhost:3000/cb' });
      const google = socialOffer(started, 'google');
      for (const evil of ['https://attacker.example/steal', 'http://localhost:3000/other', 'http://localhost:3000/cb/']) {
        const page = await handout(emulator, 'GET', pageOf(google.redirect_uri, { redirect_uri: evil, email: 'victim@example.com' }));
        expect({ evil, status: page.status, location: page.headers['location'] }).toEqual({ evil, status: 400, location: undefined });
        expect(page.body).not.toMatch(/poc_/);
      }
      const saml = choiceData(started, 'saml').redirect_uri ?? '';
      const samlPage = await handout(emulator, 'GET', pageOf(saml, { redirect_uri: 'https://attacker.example/', email: 'v@example.com' }));
      expect(samlPage.status).toBe(400);
    });

    it("redirects to the flow's cb_uri, with or without redirect_uri in the query", async () => {
      const { emulator, api } = setup();
      const started = await api.start({ cb_uri: 'http://localhost:3000/cb' });
      const google = socialOffer(started, 'google');
      const bare = await handout(emulator, 'GET', pageOf(google.redirect_uri, { redirect_uri: null, email: 'a@example.com' }));
      expect(bare.status).toBe(302);
      expect(bare.headers['location']).toMatch(new RegExp(`^http://localhost:3000/cb\\?state=${google.state}&code=poc_`));
      const form = await handout(emulator, 'GET', pageOf(google.redirect_uri, { redirect_uri: null }));
      expect(form.body).toContain('name="redirect_uri" value="http://localhost:3000/cb"');
    });

    it('answers 400 for a state no flow offered, another provider\'s state, or a finished flow\'s', async () => {
      const { emulator, api } = setup();
      const started = await api.start({ cb_uri: 'http://localhost:3000/cb' });
      const google = socialOffer(started, 'google');
      const unknown = await handout(emulator, 'GET', pageOf(google.redirect_uri, { state: 'pcb_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', email: 'a@example.com' }));
      expect(unknown.status).toBe(400);
      expect(unknown.body).toContain('not that of a sign-in with Google in progress');
      const github = socialOffer(started, 'github');
      const crossed = await handout(emulator, 'GET', pageOf(github.redirect_uri, { state: google.state, email: 'a@example.com' }));
      expect(crossed.status).toBe(400);

      const callback = await providerSignIn(emulator, google.redirect_uri, 'a@example.com');
      await api.update(started.flow_id, 'social', { social_provider: 'google', uri: callback });
      await api.complete(started.flow_id);
      expect((await handout(emulator, 'GET', pageOf(google.redirect_uri, { email: 'a@example.com' }))).status).toBe(400);
    });
  });

  describe('SAML sign-in through the fake IdP page', () => {
    it('signs up with the callback URL', async () => {
      const { emulator, api } = setup();
      const started = await api.start({ cb_uri: 'http://localhost:3000/cb' });
      const saml = choiceData(started, 'saml');
      const callback = await providerSignIn(emulator, saml.redirect_uri ?? '', 'sso@example.com');
      const done = await api.update(started.flow_id, 'saml', { provider_id: SAML_ID, provider_name: 'Acme SSO', uri: callback });
      expect(done).toMatchObject({ flow_phase: 'phase_completed', email: 'sso@example.com' });
      expect(fieldErrors(await api.tryUpdate((await api.start()).flow_id, 'saml', { provider_id: SAML_ID, provider_name: 'x', idp_flow_state: 's' }))).toEqual([
        expect.objectContaining({ code: 'BadState', source: '/data/idp_flow_state' }),
      ]);
    });

    it('is part of the everything preset', () => {
      expect(PRESETS.everything.samlProviders).toEqual([{ id: SAML_ID, name: 'Emulator SSO' }]);
    });
  });
});
