import { describe, expect, it } from 'vitest';
import { createAuthNClient } from '../../src/core/index.js';
import { createEmulatorFetch } from '../src/index.js';
import { GOOD_PASSWORD, testEmulator, TOKEN } from './helpers.js';

describe('createEmulatorFetch', () => {
  it('answers a client in the same process with no network: sign-up to session check', async () => {
    const emulator = testEmulator();
    const client = createAuthNClient({
      baseUrl: 'http://in-page.test/',
      clientToken: TOKEN,
      fetch: createEmulatorFetch(emulator, { baseUrl: 'http://in-page.test' }),
    });
    const started = await client.flow.start({ cbUri: 'http://localhost:3000' });
    await client.flow.update(started.flowId, 'set_email', { email: 'in-page@example.com' });
    const done = await client.flow.update(started.flowId, 'password', { password: GOOD_PASSWORD });
    expect(done.phase).toBe('phase_completed');
    const tokens = await client.flow.complete(started.flowId);
    const info = await client.token.check(tokens.active_token?.token ?? '');
    expect(info.email).toBe('in-page@example.com');
    expect(emulator.users().map((user) => user.email)).toEqual(['in-page@example.com']);
  });

  it('keeps the wire faithful: an unauthorised call is the API error, 204s have no body', async () => {
    const emulator = testEmulator();
    const doFetch = createEmulatorFetch(emulator);
    const refused = await doFetch('http://emulator.local/v2/flow/start', { method: 'POST', body: '{}' });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ status: 'Unauthorized' });
    const reset = await doFetch('http://emulator.local/__emulator/reset', { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect([200, 204]).toContain(reset.status);
  });
});
