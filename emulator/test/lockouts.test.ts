import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { EmulatorConfigInput } from '../src/index.js';
import { createSqliteStore } from '../src/node/index.js';
import { choiceData, engineCaller, flowApi, GOOD_PASSWORD, handout, manualClock, testEmulator } from './helpers.js';
import { forEachStore } from './stores.js';

const totpAt = (secret: string, at: number): string =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

/** A code no step within the drift window produces, so it is wrong for sure. */
function wrongTotp(secret: string, at: number): string {
  const near = new Set([-30_000, 0, 30_000].map((offset) => totpAt(secret, at + offset)));
  return ['000000', '111111', '222222', '333333'].find((candidate) => !near.has(candidate)) ?? '444444';
}

const wrongFor = (code: string): string => (code === '000000' ? '111111' : '000000');

function setup(config: EmulatorConfigInput) {
  const clock = manualClock();
  const emulator = testEmulator({ now: clock.now, config });
  return { clock, emulator, api: flowApi(engineCaller(emulator)) };
}

/** An account with a password and an enrolled TOTP secret; every sign-in asks for a TOTP code. */
async function totpAccount() {
  const { clock, api } = setup({ preset: 'mfa' });
  const signUp = await api.start({ email: 'locked@example.com' });
  const secondary = await api.update(signUp.flow_id, 'password', { password: GOOD_PASSWORD });
  const secret = choiceData(secondary, 'totp').totp_secret?.secret ?? '';
  await api.update(signUp.flow_id, 'totp', { code: totpAt(secret, clock.now()) });
  await api.complete(signUp.flow_id);
  // The next step: the one just used is refused as a replay, not as a wrong code.
  clock.advance(30);
  const signIn = async (): Promise<string> => {
    const flow = await api.start({ email: 'locked@example.com' });
    expect((await api.update(flow.flow_id, 'password', { password: GOOD_PASSWORD })).flow_phase).toBe('phase_secondary');
    return flow.flow_id;
  };
  return { clock, api, secret, signIn };
}

forEachStore(() => {
  describe('lockouts per account, across flows', () => {
    it('locks TOTP after maxAttempts wrong codes in all, spread over four flows, until lockoutSeconds pass', async () => {
      const { clock, api, secret, signIn } = await totpAccount();
      const flows = [await signIn(), await signIn(), await signIn(), await signIn()];
      const wrong = wrongTotp(secret, clock.now());
      // Two guesses in each of the first two flows, one in the third: five in all.
      for (const flowId of [flows[0], flows[0], flows[1], flows[1], flows[2]]) {
        expect((await api.tryUpdate(flowId ?? '', 'totp', { code: wrong })).status).toBe('AuthenticationFailure');
      }
      const locked = await api.tryUpdate(flows[2] ?? '', 'totp', { code: wrong });
      expect(locked).toMatchObject({ httpStatus: 429, status: 'TooManyRequests' });
      // A new flow buys no new guesses, and even the right code waits.
      const fresh = await signIn();
      const right = await api.tryUpdate(fresh, 'totp', { code: totpAt(secret, clock.now()) });
      expect(right).toMatchObject({ httpStatus: 429, status: 'TooManyRequests' });
      expect(right.headers['retry-after']).toBe('300');
      expect((await api.tryUpdate(flows[3] ?? '', 'totp', { code: totpAt(secret, clock.now()) })).status).toBe('TooManyRequests');

      clock.advance(299);
      expect((await api.tryUpdate(fresh, 'totp', { code: totpAt(secret, clock.now()) })).headers['retry-after']).toBe('1');
      clock.advance(1);
      expect((await api.update(fresh, 'totp', { code: totpAt(secret, clock.now()) })).flow_phase).toBe('phase_completed');
    });

    it('counts wrong email codes on the account: each new flow mails a new code, but not new guesses', async () => {
      const { clock, emulator, api } = setup({ primaries: ['email_otp'], maxAttempts: 3, lockoutSeconds: 120 });
      await handout(emulator, 'POST', '/__emulator/users', { email: 'otp@example.com' });
      const guessIn = async (): Promise<{ flowId: string; code: string }> => {
        const flow = await api.start({ email: 'otp@example.com' });
        await api.restart(flow.flow_id, 'email_otp');
        return { flowId: flow.flow_id, code: emulator.outbox().at(-1)?.code ?? '' };
      };
      for (let i = 0; i < 3; i++) {
        const { flowId, code } = await guessIn();
        expect((await api.tryUpdate(flowId, 'email_otp', { code: wrongFor(code) })).status).toBe('AuthenticationFailure');
      }
      const next = await guessIn();
      const locked = await api.tryUpdate(next.flowId, 'email_otp', { code: next.code });
      expect(locked).toMatchObject({ httpStatus: 429, status: 'TooManyRequests' });
      expect(locked.headers['retry-after']).toBe('120');

      clock.advance(120);
      expect((await api.update(next.flowId, 'email_otp', { code: next.code })).flow_phase).toBe('phase_completed');
    });

    it('clears the count on a right guess, and forgets a wrong guess after lockoutSeconds', async () => {
      const { clock, emulator, api } = setup({ primaries: ['email_otp'], maxAttempts: 3 });
      await handout(emulator, 'POST', '/__emulator/users', { email: 'otp@example.com' });
      const flow = async () => {
        const started = await api.start({ email: 'otp@example.com' });
        await api.restart(started.flow_id, 'email_otp');
        return { flowId: started.flow_id, code: emulator.outbox().at(-1)?.code ?? '' };
      };
      const first = await flow();
      for (let i = 0; i < 2; i++) {
        expect((await api.tryUpdate(first.flowId, 'email_otp', { code: wrongFor(first.code) })).status).toBe('AuthenticationFailure');
      }
      await api.update(first.flowId, 'email_otp', { code: first.code });
      const second = await flow();
      for (let i = 0; i < 2; i++) {
        expect((await api.tryUpdate(second.flowId, 'email_otp', { code: wrongFor(second.code) })).status).toBe('AuthenticationFailure');
      }
      clock.advance(300);
      const third = await flow();
      // Two wrong guesses 300 s ago and one now: not three in a row within the window.
      expect((await api.tryUpdate(third.flowId, 'email_otp', { code: wrongFor(third.code) })).status).toBe('AuthenticationFailure');
      expect((await api.update(third.flowId, 'email_otp', { code: third.code })).flow_phase).toBe('phase_completed');
    });

    it('locks password sign-in after maxAttempts wrong passwords over several flows; a new password ends it', async () => {
      const { clock, emulator, api } = setup({ maxAttempts: 3 });
      await handout(emulator, 'POST', '/__emulator/users', { email: 'pw@example.com', password: GOOD_PASSWORD });
      for (let i = 0; i < 3; i++) {
        const flow = await api.start({ email: 'pw@example.com' });
        expect((await api.tryUpdate(flow.flow_id, 'password', { password: `Wrong${i}+password` })).status).toBe('AuthenticationFailure');
      }
      const flow = await api.start({ email: 'pw@example.com' });
      const locked = await api.tryUpdate(flow.flow_id, 'password', { password: GOOD_PASSWORD });
      expect(locked).toMatchObject({ httpStatus: 429, status: 'TooManyRequests' });
      expect(locked.headers['retry-after']).toBe('300');

      clock.advance(60);
      // An admin (or a reset) setting a new password lifts the lock the old one's guesses caused.
      await handout(emulator, 'POST', '/__emulator/users', { email: 'pw@example.com', password: 'New1+password' });
      expect((await api.update(flow.flow_id, 'password', { password: 'New1+password' })).flow_phase).toBe('phase_completed');
    });

    it('counts each kind of secret on its own: a right password does not reset the TOTP count', async () => {
      const { clock, api, secret, signIn } = await totpAccount();
      const wrong = wrongTotp(secret, clock.now());
      for (let i = 0; i < 5; i++) {
        // A new flow, and a right password, before every wrong TOTP code.
        expect((await api.tryUpdate(await signIn(), 'totp', { code: wrong })).status).toBe('AuthenticationFailure');
      }
      expect((await api.tryUpdate(await signIn(), 'totp', { code: totpAt(secret, clock.now()) })).status).toBe('TooManyRequests');
    });
  });
});

describe('lockouts in a SQLite file', () => {
  it('survive a restart of the emulator on the same file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'authn-lockouts-'));
    const file = join(directory, 'emulator.db');
    const clock = manualClock();
    try {
      const first = createSqliteStore(file);
      const before = testEmulator({ now: clock.now, store: first, config: { maxAttempts: 2 } });
      await handout(before, 'POST', '/__emulator/users', { email: 'kept@example.com', password: GOOD_PASSWORD });
      const api = flowApi(engineCaller(before));
      for (let i = 0; i < 2; i++) {
        const flow = await api.start({ email: 'kept@example.com' });
        await api.tryUpdate(flow.flow_id, 'password', { password: 'Wrong1+password' });
      }
      first.close();

      const second = createSqliteStore(file);
      const after = flowApi(engineCaller(testEmulator({ now: clock.now, store: second, config: { maxAttempts: 2 } })));
      const flow = await after.start({ email: 'kept@example.com' });
      expect(await after.tryUpdate(flow.flow_id, 'password', { password: GOOD_PASSWORD })).toMatchObject({ status: 'TooManyRequests' });
      second.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
