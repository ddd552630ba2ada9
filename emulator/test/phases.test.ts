import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { EMULATOR_CAPTCHA_TOKEN, type EmulatorConfigInput } from '../src/index.js';
import {
  choiceData,
  choiceNames,
  engineCaller,
  fieldErrors,
  flowApi,
  GOOD_PASSWORD,
  handout,
  linkParts,
  manualClock,
  testEmulator,
  tokenInfo,
} from './helpers.js';
import { forEachStore } from './stores.js';

function setup(config: EmulatorConfigInput) {
  const clock = manualClock();
  const emulator = testEmulator({ now: clock.now, config });
  const call = engineCaller(emulator);
  return { emulator, clock, call, api: flowApi(call) };
}

forEachStore(() => {
  describe('the phase machine (spec §10.2)', () => {
    it('walks every phase of the everything preset in order', async () => {
      const { emulator, clock, call, api } = setup({ preset: 'everything' });
      const started = await api.start({ cb_uri: 'http://localhost:3000', client_id: 'psa_demoappdemoappdemoappdemoappdemo' });
      expect(started.disclaimer).toMatch(/sample terms/);
      const primary = await api.update(started.flow_id, 'set_email', { email: 'eve@example.com' });
      expect(choiceNames(primary)).toEqual([
        'password',
        'email_otp',
        'sms_otp',
        'magiclink',
        'totp',
        'set_phone',
        'passkey',
        'social',
        'social',
        'social',
        'social',
        'social',
        'social',
        'saml',
      ]);

      const captcha = await api.update(started.flow_id, 'password', { password: GOOD_PASSWORD });
      expect(captcha.flow_phase).toBe('phase_captcha');
      expect(choiceData(captcha, 'captcha')).toEqual({ site_key: 'emulator-captcha-site-key' });
      expect((await api.tryUpdate(started.flow_id, 'captcha', { code: 'robot' })).status).toBe('AuthenticationFailure');
      // No account yet: phase_create_user comes after captcha and profile.
      expect(emulator.users()).toEqual([]);

      const profile = await api.update(started.flow_id, 'captcha', { code: EMULATOR_CAPTCHA_TOKEN });
      expect(profile.flow_phase).toBe('phase_profile');
      expect(choiceData(profile, 'profile').fields.map((f) => [f.id, f.required])).toEqual([
        ['first_name', true],
        ['last_name', false],
      ]);
      const bad = fieldErrors(await api.tryUpdate(started.flow_id, 'profile', { profile: { last_name: 'X', age: '3' } }));
      expect(bad.map((e) => [e.code, e.source])).toEqual([
        ['UnexpectedProperty', '/data/profile/age'],
        ['FieldRequired', '/data/profile/first_name'],
      ]);

      const verify = await api.update(started.flow_id, 'profile', { profile: { first_name: 'Eve', last_name: 'Ng' } });
      expect(verify.flow_phase).toBe('phase_verify_email');
      expect(emulator.users()).toHaveLength(1);
      await api.restart(started.flow_id, 'verify_email');
      const secondary = await api.update(started.flow_id, 'verify_email', linkParts(emulator.outbox().at(-1)));
      expect(secondary.flow_phase).toBe('phase_secondary');

      const secret = choiceData(secondary, 'totp').totp_secret?.secret ?? '';
      const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: clock.now() });
      const agreements = await api.update(started.flow_id, 'totp', { code });
      expect(agreements.flow_phase).toBe('phase_agreements');
      const map = choiceData(agreements, 'agreements').agreements;
      const ids = Object.keys(map);
      expect(Object.values(map).map((a) => [a.type, a.name, a.active])).toEqual([
        ['eula', 'EULA_V1', true],
        ['privacy_policy', 'PRIVACY_V1', true],
      ]);
      expect(fieldErrors(await api.tryUpdate(started.flow_id, 'agreements', { agreed: ['peu_nope'] }))).toEqual([
        expect.objectContaining({ code: 'DoesNotExist', source: '/data/agreed/0' }),
      ]);
      // The hosted UI accepts one agreement per answer.
      const second = await api.update(started.flow_id, 'agreements', { agreed: [ids[0]] });
      expect(Object.keys(choiceData(second, 'agreements').agreements)).toEqual([ids[1]]);

      const consent = await api.update(started.flow_id, 'agreements', { agreed: [ids[1]] });
      expect(consent.flow_phase).toBe('phase_oauth_consent');
      expect(choiceData(consent, 'oauth_consent').scopes.map((s) => s.name)).toEqual(['openid', 'profile']);
      const done = await api.update(started.flow_id, 'oauth_consent', {
        scope_selections: [
          { scope: 'openid', is_allowed: true },
          { scope: 'profile', is_allowed: false },
        ],
      });
      expect(done).toMatchObject({ flow_phase: 'phase_completed', flow_choices: [] });

      const tokens = await api.complete(started.flow_id);
      expect(tokens).toMatchObject({ client_id: 'psa_demoappdemoappdemoappdemoappdemo', scope: 'openid' });
      expect(tokens.active_token).toMatchObject({
        email: 'eve@example.com',
        profile: { first_name: 'Eve', last_name: 'Ng' },
        scopes: ['openid'],
      });
      const info = tokenInfo(await call('/v2/client/token/check', { token: tokens.active_token?.token }));
      expect(info.profile).toEqual({ first_name: 'Eve', last_name: 'Ng' });
    });

    it('runs the SDKs\' own sign-up loop (password, profile, agreements until phase_completed), then sign-in', async () => {
      // The SDKs' tests send this cb_uri: the project must register it.
      const { api } = setup({
        profileFields: [{ id: 'first_name', required: true }, { id: 'last_name' }],
        agreements: [{ type: 'eula', name: 'EULA', text: 'Be nice.' }],
        redirectUris: ['https://someurl.com/callbacklink'],
      });
      const flow = await api.start({ email: 'sdk@example.com', flow_types: ['signup', 'signin'], cb_uri: 'https://someurl.com/callbacklink' });
      let result = flow;
      for (let step = 0; result.flow_phase !== 'phase_completed'; step++) {
        expect(step).toBeLessThan(5);
        const names = choiceNames(result);
        if (names.includes('password')) {
          result = await api.update(flow.flow_id, 'password', { password: GOOD_PASSWORD });
        } else if (names.includes('profile')) {
          result = await api.update(flow.flow_id, 'profile', { profile: { first_name: 'Name', last_name: 'Last' } });
        } else if (names.includes('agreements')) {
          const ids = Object.values(choiceData(result, 'agreements').agreements).map((a) => a.id);
          result = await api.update(flow.flow_id, 'agreements', { agreed: ids });
        }
      }
      await api.complete(flow.flow_id);
      const signIn = await api.start({ email: 'sdk@example.com', flow_types: ['signin'], cb_uri: 'https://someurl.com/callbacklink' });
      await api.update(signIn.flow_id, 'password', { password: GOOD_PASSWORD });
      await api.complete(signIn.flow_id);
    });

    it('asks existing users for agreements published after they signed up', async () => {
      const { emulator, api } = setup({});
      await handout(emulator, 'POST', '/__emulator/users', { email: 'old@example.com', password: GOOD_PASSWORD });
      emulator.setConfig({ agreements: [{ type: 'privacy_policy', name: 'PRIVACY_V2', text: 'New terms.' }] });
      const flow = await api.start({ email: 'old@example.com' });
      const agreements = await api.update(flow.flow_id, 'password', { password: GOOD_PASSWORD });
      expect(agreements.flow_phase).toBe('phase_agreements');
    });

    it('leaves the primary method out of phase_secondary', async () => {
      const { emulator, api } = setup({ primaries: ['email_otp'], mfa: { methods: ['email_otp', 'totp'], required: true } });
      const flow = await api.start({ email: 'two@example.com' });
      await api.restart(flow.flow_id, 'email_otp');
      const secondary = await api.update(flow.flow_id, 'email_otp', { code: emulator.outbox().at(-1)?.code });
      expect(secondary.flow_phase).toBe('phase_secondary');
      expect(choiceNames(secondary)).toEqual(['totp']);
    });
  });

  describe('username formats', () => {
    it('string: set_username, then password needs an email (need_email)', async () => {
      const { emulator, api } = setup({ usernameFormat: 'string' });
      const started = await api.start();
      expect(started.username_format).toBe('string');
      expect(choiceData(started, 'set_username')).toEqual({ required_for: ['password'] });
      const signup = await api.update(started.flow_id, 'set_username', { username: 'Joe.Bloggs' });
      expect(signup).toMatchObject({ flow_type: ['signup'], username: 'joe.bloggs' });
      expect(choiceData(signup, 'password')).toMatchObject({ enrollment: true, need_email: true });
      expect(fieldErrors(await api.tryUpdate(started.flow_id, 'password', { password: GOOD_PASSWORD }))).toEqual([
        expect.objectContaining({ code: 'FieldRequired', source: '/data/email' }),
      ]);
      const done = await api.update(started.flow_id, 'password', { password: GOOD_PASSWORD, email: 'joe@example.com' });
      // Only an email project's results name the email (issue 11); the account keeps it.
      expect(done).toMatchObject({ flow_phase: 'phase_completed', username: 'joe.bloggs' });
      expect(done.email).toBeUndefined();
      await api.complete(started.flow_id);
      expect(emulator.users()[0]).toMatchObject({ username: 'joe.bloggs', email: 'joe@example.com' });

      const signIn = await api.start({ username: 'JOE.BLOGGS' });
      expect(signIn.flow_type).toEqual(['signin']);
      const byEmail = await api.start({ email: 'joe@example.com' });
      expect(byEmail).toMatchObject({ flow_type: ['signin'], username: 'joe.bloggs' });
    });

    it('phone: the username is an E.164 number that sms_otp texts', async () => {
      const { emulator, api } = setup({ usernameFormat: 'phone', primaries: ['sms_otp'] });
      const started = await api.start();
      expect(fieldErrors(await api.tryUpdate(started.flow_id, 'set_username', { username: 'joe' }))).toEqual([
        expect.objectContaining({ code: 'DoesNotMatchPattern', source: '/data/username' }),
      ]);
      const signup = await api.update(started.flow_id, 'set_username', { username: '+1-808-555-0173' });
      expect(signup).toMatchObject({ username: '+18085550173', phone: '+18085550173' });
      expect(choiceData(signup, 'sms_otp').need_phone).toBeUndefined();
      await api.restart(started.flow_id, 'sms_otp');
      expect(emulator.outbox().at(-1)?.to).toBe('+18085550173');
    });
  });

  describe('invitations and disabled users', () => {
    it('signs an invited email up even with sign-up off; an invitation works once', async () => {
      const { emulator, call, api } = setup({ allowSignup: false });
      const created = await handout(emulator, 'POST', '/__emulator/invitations', {
        email: 'Guest@Example.com',
        cb_uri: 'http://localhost:3000/join',
      });
      expect(created.status).toBe(201);
      const { invitation } = created.json as { invitation: string };
      expect(invitation).toMatch(/^pmi_[a-z2-7]{32}$/);
      expect(emulator.outbox().at(-1)).toMatchObject({
        to: 'guest@example.com',
        link: `http://localhost:3000/join?invitation=${invitation}`,
      });
      expect(fieldErrors(await call('/v2/flow/start', { email: 'guest@example.com' }))[0]).toMatchObject({ code: 'DoesNotExist' });

      const flow = await api.start({ invitation });
      expect(flow).toMatchObject({ flow_type: ['signup'], email: 'guest@example.com' });
      await api.update(flow.flow_id, 'password', { password: GOOD_PASSWORD });
      await api.complete(flow.flow_id);
      expect(emulator.users()[0]).toMatchObject({ email: 'guest@example.com', email_verified: true });
      expect(await call('/v2/flow/start', { invitation })).toMatchObject({ status: 'CodeAlreadyUsed' });
      expect(fieldErrors(await call('/v2/flow/start', { invitation: 'pmi_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }))).toEqual([
        expect.objectContaining({ code: 'DoesNotExist', source: '/invitation' }),
      ]);
    });

    it('expires invitations', async () => {
      const { emulator, clock, call } = setup({});
      const { invitation } = (await handout(emulator, 'POST', '/__emulator/invitations', { email: 'g@example.com', expires_in_seconds: 60 })).json as {
        invitation: string;
      };
      clock.advance(60);
      expect(fieldErrors(await call('/v2/flow/start', { invitation }))).toEqual([
        expect.objectContaining({ code: 'BadState', source: '/invitation' }),
      ]);
    });

    it('answers 403 DisabledUser for a disabled account, at start, set_email and on its tokens', async () => {
      const { emulator, call, api } = setup({});
      await handout(emulator, 'POST', '/__emulator/users', { email: 'off@example.com', password: GOOD_PASSWORD });
      const flow = await api.start({ email: 'off@example.com' });
      await api.update(flow.flow_id, 'password', { password: GOOD_PASSWORD });
      const tokens = await api.complete(flow.flow_id);

      await handout(emulator, 'POST', '/__emulator/users', { email: 'off@example.com', disabled: true });
      const disabled = { httpStatus: 403, status: 'DisabledUser', summary: 'This account has been disabled' };
      expect(await call('/v2/flow/start', { email: 'off@example.com' })).toMatchObject(disabled);
      const anonymous = await api.start();
      expect(await api.tryUpdate(anonymous.flow_id, 'set_email', { email: 'off@example.com' })).toMatchObject(disabled);
      expect(await call('/v2/client/token/check', { token: tokens.active_token?.token })).toMatchObject(disabled);
      expect(await call('/v2/client/session/refresh', { refresh_token: tokens.refresh_token.token })).toMatchObject(disabled);
    });
  });
});
