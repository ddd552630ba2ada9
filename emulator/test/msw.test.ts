import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulatorHandlers, type Emulator } from '../src/index.js';
import { fetchCaller, flowResult, signUp, testEmulator, tokenInfo } from './helpers.js';
import { forEachStore } from './stores.js';

let emulators: Emulator[] = [];
let server: ReturnType<typeof setupServer>;

forEachStore(() => {
  beforeAll(() => {
    const [emulator, prefixed] = [testEmulator(), testEmulator()] as const;
    emulators = [emulator, prefixed];
    server = setupServer(...createEmulatorHandlers(prefixed, { prefix: '/api/authn/' }), ...createEmulatorHandlers(emulator));
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    for (const emulator of emulators) {
      emulator.reset();
    }
  });
  afterAll(() => server.close());

  describe('the MSW handlers', () => {
    it('serve the sign-up journey on any origin', async () => {
      const call = fetchCaller('http://authn.test');
      const tokens = await signUp(call, 'msw@example.com');
      const info = tokenInfo(await call('/v2/client/token/check', { token: tokens.active_token?.token }));
      expect(info.email).toBe('msw@example.com');
      const elsewhere = flowResult(await fetchCaller('https://authn.localhost:4000')('/v2/flow/start', {}));
      expect(elsewhere.flow_type).toEqual(['signup', 'signin']);
    });

    it('keep answers faithful: status, errors and hand-outs', async () => {
      const call = fetchCaller('http://authn.test');
      expect(await call('/v2/flow/start', {}, { token: null })).toMatchObject({ httpStatus: 401, status: 'Unauthorized' });
      const outbox = await fetch('http://authn.test/__emulator/outbox');
      expect(await outbox.json()).toEqual({ messages: [] });
      const preflight = await fetch('http://authn.test/v2/flow/start', {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:6006' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    });

    it('serve below a prefix, stripping it', async () => {
      const call = fetchCaller('http://app.test/api/authn');
      await signUp(call, 'prefixed@example.com');
      // The prefixed emulator got the user; the catch-all one did not.
      const known = flowResult(await call('/v2/flow/start', { email: 'prefixed@example.com' }));
      expect(known.flow_type).toEqual(['signin']);
      const other = flowResult(await fetchCaller('http://authn.test')('/v2/flow/start', { email: 'prefixed@example.com' }));
      expect(other.flow_type).toEqual(['signup']);
    });
  });
});
