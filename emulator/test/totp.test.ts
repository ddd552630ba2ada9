import { inflateSync } from 'node:zlib';
import { Secret, TOTP } from 'otpauth';
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { choiceData, choiceNames, engineCaller, flowApi, GOOD_PASSWORD, manualClock, testEmulator } from './helpers.js';
import { forEachStore } from './stores.js';

function code(secret: string, at: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });
}

async function enrolled() {
  const clock = manualClock();
  const emulator = testEmulator({ now: clock.now, config: { preset: 'mfa', maxAttempts: 3 } });
  const api = flowApi(engineCaller(emulator));
  const flow = await api.start({ email: 'mfa@example.com' });
  const secondary = await api.update(flow.flow_id, 'password', { password: GOOD_PASSWORD });
  return { clock, emulator, api, flow, secondary };
}

/** The dark modules of a 1-bit greyscale PNG made by the emulator, read back at module centres. */
function readQr(dataUri: string, modules: number): boolean[][] {
  const png = Buffer.from(dataUri.replace(/^data:image\/png;base64,/, ''), 'base64');
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const idat = png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8);
  const raw = inflateSync(idat);
  const rowBytes = Math.ceil(width / 8) + 1;
  const scale = width / (modules + 8);
  return Array.from({ length: modules }, (_, row) =>
    Array.from({ length: modules }, (_, col) => {
      const y = Math.floor((row + 4 + 0.5) * scale);
      const x = Math.floor((col + 4 + 0.5) * scale);
      const byte = raw[y * rowBytes + 1 + (x >> 3)] ?? 0;
      return (byte & (0x80 >> (x & 7))) === 0;
    }),
  );
}

forEachStore(() => {
  describe('TOTP (RFC 6238)', () => {
    it('enrols in phase_secondary with a QR code PNG of the otpauth URI and the secret', async () => {
      const { secondary } = await enrolled();
      expect(secondary.flow_phase).toBe('phase_secondary');
      expect(choiceNames(secondary)).toEqual(['totp', 'email_otp', 'sms_otp', 'set_phone']);
      const totp = choiceData(secondary, 'totp');
      const secret = totp.totp_secret?.secret ?? '';
      expect(totp.enrollment).toBe(true);
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      const uri = new TOTP({ issuer: 'AuthN emulator', label: 'mfa@example.com', secret: Secret.fromBase32(secret) }).toString();
      const { modules } = create(uri, { errorCorrectionLevel: 'M' });
      const expected = Array.from({ length: modules.size }, (_, r) =>
        Array.from({ length: modules.size }, (_, c) => modules.get(r, c) === 1),
      );
      expect(readQr(totp.totp_secret?.qr_image ?? '', modules.size)).toEqual(expected);
    });

    it('accepts a code one step off either way, not two', async () => {
      for (const [offset, accepted] of [
        [-30_000, true],
        [0, true],
        [30_000, true],
        [-60_000, false],
        [60_000, false],
      ] as const) {
        const { clock, api, flow, secondary } = await enrolled();
        const secret = choiceData(secondary, 'totp').totp_secret?.secret ?? '';
        const envelope = await api.tryUpdate(flow.flow_id, 'totp', { code: code(secret, clock.now() + offset) });
        expect({ offset, status: envelope.status }).toEqual({ offset, status: accepted ? 'Success' : 'AuthenticationFailure' });
      }
    });

    it('signs in with the enrolled secret, refuses the same step twice, and locks after maxAttempts', async () => {
      const { clock, api, flow, secondary } = await enrolled();
      const secret = choiceData(secondary, 'totp').totp_secret?.secret ?? '';
      const first = code(secret, clock.now());
      await api.update(flow.flow_id, 'totp', { code: first });
      await api.complete(flow.flow_id);

      const signIn = await api.start({ email: 'mfa@example.com' });
      const mfa = await api.update(signIn.flow_id, 'password', { password: GOOD_PASSWORD });
      expect(mfa.flow_phase).toBe('phase_secondary');
      expect(mfa.flow_choices).toEqual([{ choice: 'totp', data: { enrollment: false } }]);
      expect(await api.tryUpdate(signIn.flow_id, 'totp', { code: first })).toMatchObject({ status: 'CodeAlreadyUsed' });

      const wrong = first === '000000' ? '111111' : '000000';
      for (let i = 0; i < 3; i++) {
        expect((await api.tryUpdate(signIn.flow_id, 'totp', { code: wrong })).status).toBe('AuthenticationFailure');
      }
      // Locked on the account for lockoutSeconds: even the next step's (right) code waits.
      const locked = await api.tryUpdate(signIn.flow_id, 'totp', { code: code(secret, clock.now() + 30_000) });
      expect(locked).toMatchObject({ httpStatus: 429, status: 'TooManyRequests' });
      expect(locked.headers['retry-after']).toBe('300');
      clock.advance(300);
      expect((await api.update(signIn.flow_id, 'totp', { code: code(secret, clock.now()) })).flow_phase).toBe('phase_completed');
    });

    it('makes a new secret on restart totp while enrolling', async () => {
      const { api, flow, secondary } = await enrolled();
      const before = choiceData(secondary, 'totp').totp_secret?.secret;
      const after = choiceData(await api.restart(flow.flow_id, 'totp'), 'totp').totp_secret?.secret;
      expect(after).toMatch(/^[A-Z2-7]{32}$/);
      expect(after).not.toBe(before);
    });

    it('enrols email codes as the second factor when chosen, then asks only for them', async () => {
      const { emulator, api, flow } = await enrolled();
      await api.restart(flow.flow_id, 'email_otp');
      await api.update(flow.flow_id, 'email_otp', { code: emulator.outbox().at(-1)?.code });
      await api.complete(flow.flow_id);
      expect(emulator.users()[0]?.mfa).toEqual(['email_otp']);
      const signIn = await api.start({ email: 'mfa@example.com' });
      const mfa = await api.update(signIn.flow_id, 'password', { password: GOOD_PASSWORD });
      expect(mfa.flow_choices).toEqual([
        { choice: 'email_otp', data: { sent: false, enrollment: false, resend_time: '0001-01-01T00:00:00Z' } },
      ]);
    });
  });
});
