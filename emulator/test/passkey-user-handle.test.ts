import { describe, expect, it } from 'vitest';
import { choiceData, engineCaller, flowApi, testEmulator } from './helpers.js';
import { SoftAuthenticator } from '../src/testing/soft-authenticator.js';

const ORIGIN = 'http://localhost:5173';

/**
 * Spec §5 "passkey": `registration.publicKey.user.id` is the plain user id, which the browser side
 * base64url-encodes for WebAuthn; the assertion's `userHandle` is base64url-decoded before sending,
 * so it comes back as that same id.
 */
describe('passkey user handle', () => {
  async function registered() {
    const emulator = testEmulator({ config: { preset: 'passwordless' } });
    const api = flowApi(engineCaller(emulator, { origin: ORIGIN }));
    const authenticator = new SoftAuthenticator(ORIGIN);
    const signup = await api.start({ email: 'pat@example.com' });
    const options = choiceData(await api.restart(signup.flow_id, 'passkey'), 'passkey').registration?.publicKey ?? {};
    const userId = (options['user'] as { id: string }).id;
    await api.update(signup.flow_id, 'passkey', { registration: await authenticator.register(options) });
    const identity = (await api.complete(signup.flow_id)).active_token?.identity;
    return { api, authenticator, userId, identity };
  }

  it('sends the plain user id as user.id', async () => {
    const { userId, identity } = await registered();
    expect(userId).toMatch(/^pui_[a-z2-7]{32}$/);
    expect(userId).toBe(identity);
  });

  it('accepts the decoded handle, and refuses another user’s', async () => {
    const { api, authenticator, userId } = await registered();
    const flow = await api.start();
    const options = choiceData(await api.restart(flow.flow_id, 'passkey'), 'passkey').authentication?.publicKey ?? {};
    const assertion = await authenticator.authenticate(options);
    expect((assertion['response'] as { userHandle: string }).userHandle).toBe(userId);
    const forged = { ...assertion, response: { ...(assertion['response'] as object), userHandle: 'pui_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' } };
    expect(await api.tryUpdate(flow.flow_id, 'passkey', { authentication: forged })).toMatchObject({ status: 'AuthenticationFailure' });
    expect((await api.update(flow.flow_id, 'passkey', { authentication: assertion })).flow_phase).toBe('phase_completed');
  });
});
