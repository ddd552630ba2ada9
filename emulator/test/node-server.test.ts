import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulatorMiddleware, startEmulatorServer, type EmulatorServer } from '../src/node/index.js';
import { fetchCaller, flowResult, signUp, testEmulator, tokenInfo } from './helpers.js';
import { forEachStore } from './stores.js';

forEachStore(() => {
  describe('the Node HTTP server', () => {
    let server: EmulatorServer;

    beforeAll(async () => {
      server = await startEmulatorServer({ port: 0, emulator: testEmulator() });
    });
    afterAll(async () => {
      await server.close();
    });

    it('listens on loopback at a random port', () => {
      expect(server.port).toBeGreaterThan(0);
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    });

    it('serves the sign-up journey and the token check over fetch', async () => {
      const call = fetchCaller(server.url);
      const tokens = await signUp(call, 'node@example.com');
      const info = tokenInfo(await call('/v2/client/token/check', { token: tokens.active_token?.token }));
      expect(info.email).toBe('node@example.com');
    });

    it('answers a CORS preflight from a local origin', async () => {
      const response = await fetch(`${server.url}/v2/flow/start`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(response.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
      expect(response.headers.get('access-control-allow-methods')).toBe('POST, GET, OPTIONS');
    });

    it('answers an oversized body with 413 and unknown paths with 404', async () => {
      const call = fetchCaller(server.url);
      const big = JSON.stringify({ cb_uri: `http://localhost/${'x'.repeat(200_000)}` });
      expect(await call('/v2/flow/start', big)).toMatchObject({ httpStatus: 413, status: 'PayloadTooLarge' });
      expect(await call('/', {})).toMatchObject({ httpStatus: 404, status: 'NotFound' });
    });

    it('serves the outbox hand-out', async () => {
      const response = await fetch(`${server.url}/__emulator/outbox`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ messages: [] });
    });

    it('starts its own emulator with the given token when none is passed', async () => {
      const own = await startEmulatorServer({ port: 0, token: 'pcl_other' });
      try {
        expect(own.emulator.token).toBe('pcl_other');
        const call = fetchCaller(own.url);
        expect(await call('/v2/flow/start', {})).toMatchObject({ httpStatus: 401 });
        expect((await call('/v2/flow/start', {}, { token: 'pcl_other' })).status).toBe('Success');
      } finally {
        await own.close();
      }
    });
  });

  describe('the connect middleware', () => {
    let host: Server;
    let base: string;

    beforeAll(async () => {
      const middleware = createEmulatorMiddleware(testEmulator(), { prefix: '/api/authn/' });
      host = createServer((req, res) =>
        middleware(req, res, () => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('app');
        }),
      );
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      host.closeAllConnections();
      await new Promise((resolve) => host.close(resolve));
    });

    it('serves the API below its prefix', async () => {
      const started = flowResult(await fetchCaller(`${base}/api/authn`)('/v2/flow/start', {}));
      expect(started.flow_phase).toBe('phase_primary');
    });

    it('passes everything else to next()', async () => {
      for (const path of ['/', '/v2/flow/start', '/api/authn/other', '/api/authnv2/flow/start']) {
        const response = await fetch(`${base}${path}`, { method: 'POST', body: '{}' });
        expect(await response.text()).toBe('app');
      }
    });
  });
});
