import { describe, expect, it } from 'vitest';
import { newId } from '../src/engine/ids.js';
import { hashPassword, verifyPassword } from '../src/engine/password-hash.js';
import { createEmulator, DEFAULT_EMULATOR_TOKEN } from '../src/index.js';
import { nodeScrypt } from '../src/node/index.js';
import { engineCaller, flowResult, testEmulator } from './helpers.js';
import { forEachStore } from './stores.js';

/** A seeded xorshift byte source, standing in for the seedable random of a later issue. */
function seeded(seed: number): (bytes: number) => Uint8Array {
  let x = seed;
  return (bytes) =>
    Uint8Array.from({ length: bytes }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
}

describe('ids', () => {
  it('are a prefix and 32 lowercase base32 chars, and differ', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newId('pfl', (n) => crypto.getRandomValues(new Uint8Array(n)))));
    expect(ids.size).toBe(50);
    for (const id of ids) {
      expect(id).toMatch(/^pfl_[a-z2-7]{32}$/);
    }
    expect(newId('pui', (n) => new Uint8Array(n).fill(255))).toBe(`pui_${'7'.repeat(32)}`);
  });

  it('come from the injected random source', async () => {
    const first = flowResult(await engineCaller(testEmulator({ random: seeded(7) }))('/v2/flow/start', {}));
    const second = flowResult(await engineCaller(testEmulator({ random: seeded(7) }))('/v2/flow/start', {}));
    expect(first.flow_id).toBe(second.flow_id);
  });
});

describe('password hashes', () => {
  const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

  it('verify the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('Secret1+', 2 ** 10, random);
    const b = await hashPassword('Secret1+', 2 ** 10, random);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Secret1+', a)).toBe(true);
    expect(await verifyPassword('Secret1-', a)).toBe(false);
    expect(await verifyPassword('Secret1+', 'plain')).toBe(false);
  });

  it('are the same with node:crypto scrypt (the Node server) as with the pure-JS one, either way', async () => {
    const byNode = await hashPassword('Sécret1+', 2 ** 10, random, nodeScrypt);
    const byJs = await hashPassword('Sécret1+', 2 ** 10, random);
    expect(await verifyPassword('Sécret1+', byNode)).toBe(true);
    expect(await verifyPassword('Sécret1+', byJs, nodeScrypt)).toBe(true);
    expect(await verifyPassword('Secret1+', byJs, nodeScrypt)).toBe(false);
    // A corrupt cost is a mismatch, not a crash, whichever scrypt reads it.
    expect(await verifyPassword('Sécret1+', byNode.replace('$1024$', '$1000$'), nodeScrypt)).toBe(false);
  });
});

describe('createEmulator', () => {
  it('uses the documented default token and config', () => {
    const emulator = createEmulator();
    expect(emulator.token).toBe(DEFAULT_EMULATOR_TOKEN);
    expect(DEFAULT_EMULATOR_TOKEN).toMatch(/^pcl_[a-z0-9]+$/);
    // The config grew with issue 3 (every project setting of the spec); the password preset is the default.
    expect(emulator.config).toEqual({
      usernameFormat: 'email',
      allowedHosts: [],
      allowSignup: true,
      primaries: ['password'],
      passkey: { enabled: false, rpId: null, origin: null, rpName: 'AuthN emulator' },
      socialProviders: [],
      samlProviders: [],
      mfa: { methods: [], required: false },
      emailVerification: false,
      signupCaptcha: false,
      captchaSiteKey: 'emulator-captcha-site-key',
      profileFields: [],
      agreements: [],
      oauthScopes: [],
      disclaimer: null,
      passwordPolicy: { chars_min: 8, chars_max: 64, lower_min: 1, upper_min: 1, number_min: 1, punct_min: 1 },
      flowLifetimeSeconds: 1800,
      activeTokenLifetimeSeconds: 172_800,
      refreshTokenLifetimeSeconds: 604_800,
      resendIntervalSeconds: 30,
      codeLifetimeSeconds: 600,
      maxAttempts: 5,
      lockoutSeconds: 300,
      scryptCost: 2 ** 14,
      publicUrl: null,
      redirectUris: ['http://localhost/', 'https://localhost/', 'http://127.0.0.1/', 'https://127.0.0.1/', 'http://[::1]/', 'https://[::1]/'],
      looseWire: false,
    });
  });

  it('rejects a config it cannot run', () => {
    expect(() => createEmulator({ config: { scryptCost: 1000 } })).toThrow(/power of two/);
    expect(() => createEmulator({ config: { flowLifetimeSeconds: 0 } })).toThrow(/positive/);
    expect(() => createEmulator({ config: { passwordPolicy: { chars_min: 80 } } })).toThrow(/chars_max/);
  });
});

forEachStore(() => {
  describe('housekeeping', () => {
    it('purges flows a day after they expired, on a later flow/start', async () => {
      const { manualClock, flowApi } = await import('./helpers.js');
      const clock = manualClock();
      const api = flowApi(engineCaller(testEmulator({ now: clock.now, config: { flowLifetimeSeconds: 60 } })));
      const old = await api.start();
      clock.advance(60);
      expect((await api.tryUpdate(old.flow_id, '')).status).toBe('FlowExpired');
      clock.advance(86_400 + 60);
      await api.start();
      expect((await api.tryUpdate(old.flow_id, '')).status).toBe('NotFound');
    });
  });

  describe('seed and clock, programmatically', () => {
    it('repeat ids for one seed, and move time forward only', async () => {
      const a = testEmulator();
      const b = testEmulator();
      a.seed('same');
      b.seed('same');
      const [first, second] = await Promise.all([a, b].map(async (e) => flowResult(await engineCaller(e)('/v2/flow/start', {})).flow_id));
      expect(first).toBe(second);
      const before = a.now();
      a.advanceClock(90);
      expect(a.now() - before).toBeGreaterThanOrEqual(90_000);
      expect(() => a.advanceClock(-1)).toThrow(RangeError);
    });
  });
});
