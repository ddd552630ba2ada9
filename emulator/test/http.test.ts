import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/index.js';
import { engineCaller, flowResult, signUp, testEmulator, TOKEN } from './helpers.js';
import { forEachStore } from './stores.js';

forEachStore(() => {
  describe('the shared HTTP layer', () => {
    it('answers unknown paths with 404 NotFound and wrong methods with 405', async () => {
      const emulator = testEmulator();
      const call = engineCaller(emulator);
      expect(await call('/v2/flow/get', {})).toMatchObject({ httpStatus: 404, status: 'NotFound' });
      expect(await call('/__emulator/nope', {})).toMatchObject({ httpStatus: 404, status: 'NotFound' });
      const get = await call('/v2/flow/start', '', { method: 'GET' });
      expect(get).toMatchObject({ httpStatus: 405, status: 'MethodNotAllowed' });
      expect(get.headers['allow']).toBe('POST, OPTIONS');
      const postOutbox = await emulator.handle({ method: 'POST', path: '/__emulator/outbox', headers: {}, body: '' });
      expect(postOutbox.status).toBe(405);
    });

    it('answers bodies over 64 KiB with 413 PayloadTooLarge', async () => {
      const call = engineCaller(testEmulator());
      const big = JSON.stringify({ email: 'a@example.com', cb_uri: `http://localhost/${'x'.repeat(MAX_BODY_BYTES)}` });
      expect(await call('/v2/flow/start', big)).toMatchObject({ httpStatus: 413, status: 'PayloadTooLarge' });
    });

    it('puts the request id in the x-request-id header too', async () => {
      const call = engineCaller(testEmulator());
      const envelope = await call('/v2/flow/start', {});
      expect(envelope.headers['x-request-id']).toBe(envelope.request_id);
      expect(envelope.headers['content-type']).toMatch(/^application\/json/);
    });

    it('ignores the query string when routing', async () => {
      const call = engineCaller(testEmulator());
      flowResult(await call('/v2/flow/start?debug=1', {}));
    });

    describe('CORS', () => {
      it.each([
        'http://localhost:5173',
        'https://localhost',
        'http://127.0.0.1:6006',
        'http://[::1]:3000',
        'http://authn.localhost:4000',
      ])('answers a preflight from %s with 204 and reflects the origin', async (origin) => {
        const emulator = testEmulator();
        const response = await emulator.handle({
          method: 'OPTIONS',
          path: '/v2/flow/start',
          headers: { origin, 'access-control-request-method': 'POST' },
          body: '',
        });
        expect(response).toMatchObject({
          status: 204,
          body: '',
          headers: {
            'access-control-allow-origin': origin,
            'access-control-allow-methods': 'POST, GET, OPTIONS',
            'access-control-allow-headers': 'authorization, content-type',
          },
        });
      });

      it.each(['https://evil.example', 'http://localhost.evil.example', 'null'])(
        'gives %s no CORS headers',
        async (origin) => {
          const emulator = testEmulator();
          for (const method of ['OPTIONS', 'POST']) {
            const response = await emulator.handle({
              method,
              path: '/v2/flow/start',
              headers: { origin, authorization: `Bearer ${TOKEN}` },
              body: '{}',
            });
            expect(response.headers).not.toHaveProperty('access-control-allow-origin');
          }
        },
      );

      it('reflects a local origin on ordinary answers, errors included', async () => {
        const emulator = testEmulator();
        const response = await emulator.handle({
          method: 'POST',
          path: '/v2/flow/start',
          headers: { origin: 'http://localhost:5173' },
          body: '{}',
        });
        expect(response.status).toBe(401);
        expect(response.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      });
    });

    describe('test hand-outs', () => {
      it('lists the outbox newest last and resets everything, without a bearer token', async () => {
        const emulator = testEmulator();
        const call = engineCaller(emulator);
        await signUp(call, 'joe@example.com');
        for (let i = 0; i < 2; i++) {
          const started = flowResult(await call('/v2/flow/start', { email: 'joe@example.com' }));
          await call('/v2/flow/restart', { flow_id: started.flow_id, choice: 'reset_password', data: {} });
        }
        const outbox = await emulator.handle({ method: 'GET', path: '/__emulator/outbox', headers: {}, body: '' });
        expect(outbox.status).toBe(200);
        const { messages } = JSON.parse(outbox.body) as { messages: { code: string; link: string }[] };
        expect(messages).toHaveLength(2);
        expect(messages.map((m) => m.code)).toEqual(emulator.outbox().map((m) => m.code));
        expect(messages[1]?.link).toContain(messages[1]?.code);

        const reset = await emulator.handle({ method: 'POST', path: '/__emulator/reset', headers: { 'content-type': 'application/json' }, body: '' });
        expect(reset.status).toBe(200);
        expect(emulator.outbox()).toEqual([]);
        const fresh = flowResult(await call('/v2/flow/start', { email: 'joe@example.com' }));
        expect(fresh.flow_type).toEqual(['signup']);
      });
    });
  });
});
