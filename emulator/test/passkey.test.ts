import { describe, expect, it } from 'vitest';
import { choiceData, engineCaller, fieldErrors, flowApi, testEmulator } from './helpers.js';
import { forEachStore } from './stores.js';
import { SoftAuthenticator } from '../src/testing/soft-authenticator.js';

const ORIGIN = 'http://localhost:5173';

function setup() {
  const emulator = testEmulator({ config: { preset: 'passwordless' } });
  const api = flowApi(engineCaller(emulator, { origin: ORIGIN }));
  return { emulator, api, authenticator: new SoftAuthenticator(ORIGIN) };
}

/** Signs `email` up with a new passkey; returns the identity. */
async function signUpWithPasskey({ api, authenticator }: ReturnType<typeof setup>, email: string) {
  const started = await api.start({ email });
  expect(choiceData(started, 'passkey')).toEqual({ enrollment: true, started: false });
  const ceremony = await api.restart(started.flow_id, 'passkey');
  const passkey = choiceData(ceremony, 'passkey');
  expect(passkey).toMatchObject({ enrollment: true, started: true });
  const publicKey = passkey.registration?.publicKey ?? {};
  expect(publicKey).toMatchObject({ rp: { id: 'localhost' }, attestation: 'none', user: { name: email } });
  const registration = await authenticator.register(publicKey);
  const done = await api.update(started.flow_id, 'passkey', { registration });
  expect(done.flow_phase).toBe('phase_completed');
  return (await api.complete(started.flow_id)).active_token?.identity;
}

forEachStore(() => {
  describe('passkeys (real WebAuthn verification)', () => {
    it('registers on sign-up, then signs in by discovery and by email', async () => {
      const context = setup();
      const { api, authenticator, emulator } = context;
      const identity = await signUpWithPasskey(context, 'pat@example.com');
      expect(emulator.users()[0]?.methods).toEqual(['passkey']);

      // Discovery: no email, any of the site's passkeys.
      const anonymous = await api.start();
      expect(choiceData(anonymous, 'passkey')).toEqual({ enrollment: false, started: false, discovery: true });
      const options = choiceData(await api.restart(anonymous.flow_id, 'passkey'), 'passkey').authentication?.publicKey ?? {};
      expect(options).toMatchObject({ rpId: 'localhost', allowCredentials: [] });
      const signedIn = await api.update(anonymous.flow_id, 'passkey', { authentication: await authenticator.authenticate(options) });
      expect(signedIn).toMatchObject({ flow_phase: 'phase_completed', flow_type: ['signin'], email: 'pat@example.com' });
      expect((await api.complete(anonymous.flow_id)).active_token?.identity).toBe(identity);

      // Named: the account's credentials are listed.
      const named = await api.start({ email: 'pat@example.com' });
      expect(choiceData(named, 'passkey')).toEqual({ enrollment: false, started: false });
      const allowed = choiceData(await api.restart(named.flow_id, 'passkey'), 'passkey').authentication?.publicKey ?? {};
      expect(allowed['allowCredentials']).toEqual([{ id: authenticator.credentialIds[0], type: 'public-key', transports: ['internal'] }]);
      const again = await api.update(named.flow_id, 'passkey', { authentication: await authenticator.authenticate(allowed) });
      expect(again.flow_phase).toBe('phase_completed');
    });

    it.each([
      ['another origin', { origin: 'http://localhost:9999' }],
      ['a tampered signature', { tamper: true }],
    ])('refuses an assertion from %s with AuthenticationFailure', async (_, overrides) => {
      const context = setup();
      await signUpWithPasskey(context, 'pat@example.com');
      const { api, authenticator } = context;
      const flow = await api.start({ email: 'pat@example.com' });
      const options = choiceData(await api.restart(flow.flow_id, 'passkey'), 'passkey').authentication?.publicKey ?? {};
      const envelope = await api.tryUpdate(flow.flow_id, 'passkey', {
        authentication: await authenticator.authenticate(options, overrides),
      });
      expect(envelope).toMatchObject({ httpStatus: 400, status: 'AuthenticationFailure' });
    });

    it('refuses a registration for another challenge', async () => {
      const { api, authenticator } = setup();
      const flow = await api.start({ email: 'new@example.com' });
      const options = choiceData(await api.restart(flow.flow_id, 'passkey'), 'passkey').registration?.publicKey ?? {};
      const registration = await authenticator.register(options, { challenge: 'c3RhbGUtY2hhbGxlbmdl' });
      expect(await api.tryUpdate(flow.flow_id, 'passkey', { registration })).toMatchObject({ status: 'AuthenticationFailure' });
    });

    it('needs the ceremony started, and exactly one of registration and authentication', async () => {
      const { api } = setup();
      const flow = await api.start({ email: 'new@example.com' });
      const early = fieldErrors(await api.tryUpdate(flow.flow_id, 'passkey', { registration: { id: 'a', rawId: 'a', type: 'public-key', response: { clientDataJSON: 'a', attestationObject: 'a' } } }));
      expect(early).toEqual([expect.objectContaining({ code: 'BadState', source: '/choice' })]);
      expect(fieldErrors(await api.tryUpdate(flow.flow_id, 'passkey', {}))).toEqual([
        expect.objectContaining({ code: 'MustProvideOne', source: '/data' }),
      ]);
      const shape = fieldErrors(await api.tryUpdate(flow.flow_id, 'passkey', { registration: { id: 5, type: 'x' } }));
      expect(shape.map((e) => [e.code, e.source])).toEqual([
        ['InvalidString', '/data/registration/id'],
        ['FieldRequired', '/data/registration/rawId'],
        ['InvalidConst', '/data/registration/type'],
        ['FieldRequired', '/data/registration/response'],
      ]);
    });

    it('needs no second factor after a passkey, even with MFA required', async () => {
      const emulator = testEmulator({ config: { preset: 'mfa', passkey: { enabled: true } } });
      const api = flowApi(engineCaller(emulator, { origin: ORIGIN }));
      const flow = await api.start({ email: 'new@example.com' });
      const options = choiceData(await api.restart(flow.flow_id, 'passkey'), 'passkey').registration?.publicKey ?? {};
      const registration = await new SoftAuthenticator(ORIGIN).register(options);
      expect((await api.update(flow.flow_id, 'passkey', { registration })).flow_phase).toBe('phase_completed');
    });

    it('takes the relying party from the config when set', async () => {
      const emulator = testEmulator({
        config: { preset: 'passwordless', passkey: { rpId: 'example.test', origin: 'https://app.example.test' } },
      });
      const api = flowApi(engineCaller(emulator, { origin: ORIGIN }));
      const flow = await api.start({ email: 'new@example.com' });
      const options = choiceData(await api.restart(flow.flow_id, 'passkey'), 'passkey').registration?.publicKey ?? {};
      expect(options['rp']).toEqual({ name: 'AuthN emulator', id: 'example.test' });
      const registration = await new SoftAuthenticator('https://app.example.test').register(options);
      expect((await api.update(flow.flow_id, 'passkey', { registration })).flow_phase).toBe('phase_completed');
    });
  });
});
