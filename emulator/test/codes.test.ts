import { describe, expect, it } from 'vitest';
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
  START,
  testEmulator,
  wireChoiceData,
} from './helpers.js';
import { forEachStore } from './stores.js';
import type { EmulatorConfigInput } from '../src/index.js';

function setup(config: EmulatorConfigInput = { primaries: ['email_otp'] }) {
  const clock = manualClock();
  const emulator = testEmulator({ now: clock.now, config });
  return { emulator, clock, api: flowApi(engineCaller(emulator)) };
}

const lastCode = (emulator: ReturnType<typeof testEmulator>): string => emulator.outbox().at(-1)?.code ?? '';

forEachStore(() => {
  describe('email and SMS codes', () => {
    it('signs up and in with email_otp, the code coming by mail', async () => {
      const { emulator, api } = setup();
      const started = await api.start({ email: 'otp@example.com' });
      expect(wireChoiceData(started, 'email_otp')).toEqual({ sent: false, enrollment: true, resend_time: '0001-01-01T00:00:00Z' });
      const sent = await api.restart(started.flow_id, 'email_otp');
      expect(choiceData(sent, 'email_otp')).toEqual({
        sent: true,
        enrollment: true,
        resend_time: new Date(START + 30_000).toISOString(),
      });
      expect(emulator.outbox()).toEqual([
        {
          to: 'otp@example.com',
          channel: 'email',
          subject: 'Your verification code',
          text: expect.stringContaining(lastCode(emulator)),
          code: expect.stringMatching(/^\d{6}$/),
        },
      ]);
      expect((await api.update(started.flow_id, 'email_otp', { code: lastCode(emulator) })).flow_phase).toBe('phase_completed');
      await api.complete(started.flow_id);

      const signIn = await api.start({ email: 'otp@example.com' });
      expect(signIn.flow_type).toEqual(['signin']);
      expect(choiceData(signIn, 'email_otp').enrollment).toBe(false);
      await api.restart(signIn.flow_id, 'email_otp');
      expect((await api.update(signIn.flow_id, 'email_otp', { code: lastCode(emulator) })).flow_phase).toBe('phase_completed');
      expect(emulator.users()[0]).toMatchObject({ email: 'otp@example.com', email_verified: true });
    });

    it('refuses a resend before resend_time with TooManyRequests and Retry-After, and retires the old code', async () => {
      const { emulator, clock, api } = setup();
      const flow = await api.start({ email: 'otp@example.com' });
      await api.restart(flow.flow_id, 'email_otp');
      const first = lastCode(emulator);
      clock.advance(10);
      const early = await api.tryRestart(flow.flow_id, 'email_otp');
      expect(early).toMatchObject({ httpStatus: 429, status: 'TooManyRequests', result: null });
      expect(early.headers['retry-after']).toBe('20');
      expect(emulator.outbox()).toHaveLength(1);

      clock.advance(20);
      const resent = await api.restart(flow.flow_id, 'email_otp');
      expect(choiceData(resent, 'email_otp').resend_time).toBe(new Date(START + 60_000).toISOString());
      const second = lastCode(emulator);
      if (first !== second) {
        expect(await api.tryUpdate(flow.flow_id, 'email_otp', { code: first })).toMatchObject({ status: 'MfaCodeExpired' });
      }
      expect((await api.update(flow.flow_id, 'email_otp', { code: second })).flow_phase).toBe('phase_completed');
    });

    it('counts wrong codes: AuthenticationFailure, and after maxAttempts the account is locked and the code burned until a resend', async () => {
      const { emulator, clock, api } = setup({ primaries: ['email_otp'], maxAttempts: 3 });
      const flow = await api.start({ email: 'otp@example.com' });
      await api.restart(flow.flow_id, 'email_otp');
      const code = lastCode(emulator);
      const wrong = code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 3; i++) {
        expect(await api.tryUpdate(flow.flow_id, 'email_otp', { code: wrong })).toMatchObject({
          httpStatus: 400,
          status: 'AuthenticationFailure',
        });
      }
      // The account's email codes are locked for lockoutSeconds (lockouts.test.ts), and the code stays burned after.
      expect(await api.tryUpdate(flow.flow_id, 'email_otp', { code })).toMatchObject({ httpStatus: 429, status: 'TooManyRequests' });
      clock.advance(300);
      expect(await api.tryUpdate(flow.flow_id, 'email_otp', { code })).toMatchObject({ status: 'MfaCodeExpired' });
      await api.restart(flow.flow_id, 'email_otp');
      expect((await api.update(flow.flow_id, 'email_otp', { code: lastCode(emulator) })).flow_phase).toBe('phase_completed');
    });

    it('tells a used code (CodeAlreadyUsed) from a wrong one, and expires codes', async () => {
      const { emulator, clock, api } = setup();
      const flow = await api.start({ email: 'otp@example.com' });
      await api.restart(flow.flow_id, 'email_otp');
      const code = lastCode(emulator);
      await api.update(flow.flow_id, 'email_otp', { code });
      expect(await api.tryUpdate(flow.flow_id, 'email_otp', { code })).toMatchObject({
        httpStatus: 400,
        status: 'CodeAlreadyUsed',
      });
      expect(fieldErrors(await api.tryUpdate(flow.flow_id, 'email_otp', { code: '123456' }))[0]).toMatchObject({
        code: 'BadState',
        source: '/choice',
      });

      const late = await api.start({ email: 'late@example.com' });
      await api.restart(late.flow_id, 'email_otp');
      clock.advance(600);
      expect(await api.tryUpdate(late.flow_id, 'email_otp', { code: lastCode(emulator) })).toMatchObject({
        status: 'MfaCodeExpired',
      });
    });

    it('asks for a phone (need_phone), takes it on restart sms_otp {phone}, and texts the code', async () => {
      const { emulator, api } = setup({ primaries: ['sms_otp'] });
      const flow = await api.start({ email: 'sms@example.com' });
      expect(choiceNames(flow)).toEqual(['sms_otp', 'set_phone']);
      expect(choiceData(flow, 'sms_otp')).toMatchObject({ sent: false, enrollment: true, need_phone: true });
      expect(fieldErrors(await api.tryRestart(flow.flow_id, 'sms_otp'))).toEqual([
        expect.objectContaining({ code: 'FieldRequired', source: '/data/phone' }),
      ]);
      expect(fieldErrors(await api.tryRestart(flow.flow_id, 'sms_otp', { phone: '12' }))).toEqual([
        expect.objectContaining({ code: 'DoesNotMatchPattern', source: '/data/phone' }),
      ]);
      const sent = await api.restart(flow.flow_id, 'sms_otp', { phone: '+1-808-555-0173' });
      expect(sent.phone).toBe('+18085550173');
      expect(choiceNames(sent)).toEqual(['sms_otp']);
      expect(choiceData(sent, 'sms_otp')).toMatchObject({ sent: true, enrollment: true });
      expect(emulator.outbox().at(-1)).toMatchObject({ to: '+18085550173', channel: 'sms' });
      await api.update(flow.flow_id, 'sms_otp', { code: lastCode(emulator) });
      await api.complete(flow.flow_id);
      expect(emulator.users()[0]?.phone).toBe('+18085550173');
    });

    it('lets a changed number be texted at once, without waiting for resend_time', async () => {
      const { emulator, api } = setup({ primaries: ['sms_otp'] });
      const flow = await api.start({ email: 'sms@example.com' });
      await api.restart(flow.flow_id, 'sms_otp', { phone: '+15550000001' });
      expect((await api.tryRestart(flow.flow_id, 'sms_otp')).status).toBe('TooManyRequests');
      const changed = await api.restart(flow.flow_id, 'sms_otp', { phone: '+15550000002' });
      expect(changed.phone).toBe('+15550000002');
      expect(emulator.outbox().map((m) => m.to)).toEqual(['+15550000001', '+15550000002']);
    });

    it('takes the phone through set_phone too', async () => {
      const { api } = setup({ primaries: ['sms_otp'] });
      const flow = await api.start({ email: 'sms@example.com' });
      const phoned = await api.update(flow.flow_id, 'set_phone', { phone: '+44 20 7946 0958' });
      expect(phoned.phone).toBe('+442079460958');
      expect(choiceData(phoned, 'sms_otp').need_phone).toBeUndefined();
    });
  });

  describe('email links', () => {
    it('signs in with a magic link to cb_uri; a reopened link is CodeAlreadyUsed', async () => {
      const { emulator, api } = setup({ primaries: ['magiclink'] });
      const flow = await api.start({ email: 'link@example.com', cb_uri: 'http://localhost:3000/auth' });
      const offered = choiceData(flow, 'magiclink');
      expect(wireChoiceData(flow, 'magiclink')).toEqual({ sent: false, resend_time: '0001-01-01T00:00:00Z', state: expect.stringMatching(/^pcb_/) });
      await api.restart(flow.flow_id, 'magiclink');
      const message = emulator.outbox().at(-1);
      expect(message?.link).toMatch(/^http:\/\/localhost:3000\/auth\?state=pcb_[a-z2-7]{32}&code=poc_[a-z2-7]{32}$/);
      const link = linkParts(message);
      expect(link.state).toBe(offered.state);
      expect(fieldErrors(await api.tryUpdate(flow.flow_id, 'magiclink', { ...link, state: 'pcb_other' }))).toEqual([
        expect.objectContaining({ code: 'BadState', source: '/data/state' }),
      ]);
      expect((await api.update(flow.flow_id, 'magiclink', link)).flow_phase).toBe('phase_completed');
      expect(await api.tryUpdate(flow.flow_id, 'magiclink', link)).toMatchObject({ status: 'CodeAlreadyUsed' });
    });

    it('verifies the email after sign-up; "" and verify_email {} poll until the link is used', async () => {
      const { emulator, api } = setup({ emailVerification: true });
      const flow = await api.start({ email: 'new@example.com' });
      const verify = await api.update(flow.flow_id, 'password', { password: GOOD_PASSWORD });
      expect(verify.flow_phase).toBe('phase_verify_email');
      expect(wireChoiceData(verify, 'verify_email')).toMatchObject({ sent: false, resend_time: '0001-01-01T00:00:00Z' });
      // The account exists (phase_create_user) but is not verified yet.
      expect(emulator.users()[0]).toMatchObject({ email: 'new@example.com', email_verified: false });
      await api.restart(flow.flow_id, 'verify_email');
      expect((await api.update(flow.flow_id, 'verify_email', {})).flow_phase).toBe('phase_verify_email');
      expect(fieldErrors(await api.tryUpdate(flow.flow_id, 'verify_email', { state: 'pcb_x' }))).toEqual([
        expect.objectContaining({ code: 'FieldRequired', source: '/data/code' }),
      ]);
      // The link opened in another tab moves the same flow on; this tab's poll sees it.
      await flowApi(engineCaller(emulator)).update(flow.flow_id, 'verify_email', linkParts(emulator.outbox().at(-1)));
      expect((await api.poll(flow.flow_id)).flow_phase).toBe('phase_completed');
    });

    it('makes an unverified account verify on its next sign-in', async () => {
      const { emulator, api } = setup({ emailVerification: true });
      const abandoned = await api.start({ email: 'new@example.com' });
      await api.update(abandoned.flow_id, 'password', { password: GOOD_PASSWORD });
      const signIn = await api.start({ email: 'new@example.com' });
      const verify = await api.update(signIn.flow_id, 'password', { password: GOOD_PASSWORD });
      expect(verify.flow_phase).toBe('phase_verify_email');
      await api.restart(signIn.flow_id, 'verify_email');
      await api.update(signIn.flow_id, 'verify_email', linkParts(emulator.outbox().at(-1)));
      await api.complete(signIn.flow_id);
    });

    it('makes a provisioned account verify with provisional_enrollment, then enrol', async () => {
      const { emulator, api } = setup({});
      const created = await handout(emulator, 'POST', '/__emulator/users', { email: 'prov@example.com', provisional: true });
      expect(created.status).toBe(201);
      const flow = await api.start({ email: 'prov@example.com' });
      expect(flow.flow_type).toEqual(['signin']);
      expect(choiceNames(flow)).toEqual(['provisional_enrollment']);
      await api.restart(flow.flow_id, 'provisional_enrollment');
      expect(emulator.outbox().at(-1)).toMatchObject({ to: 'prov@example.com', subject: 'Verify your account' });
      const enrol = await api.update(flow.flow_id, 'provisional_enrollment', linkParts(emulator.outbox().at(-1)));
      expect(enrol.flow_phase).toBe('phase_primary');
      expect(choiceData(enrol, 'password').enrollment).toBe(true);
      expect((await api.update(flow.flow_id, 'password', { password: GOOD_PASSWORD })).flow_phase).toBe('phase_completed');
      expect(emulator.users()[0]).toMatchObject({ provisional: false, email_verified: true, methods: ['password'] });
    });

    it('rate-limits the reset link like every other send', async () => {
      const { emulator, api } = setup({});
      await handout(emulator, 'POST', '/__emulator/users', { email: 'joe@example.com', password: GOOD_PASSWORD });
      const flow = await api.start({ email: 'joe@example.com' });
      await api.restart(flow.flow_id, 'reset_password');
      const again = await api.tryRestart(flow.flow_id, 'reset_password');
      expect(again).toMatchObject({ httpStatus: 429, status: 'TooManyRequests' });
      expect(again.headers['retry-after']).toBe('30');
      expect(fieldErrors(await api.tryRestart(flow.flow_id, 'reset_password', { email: 'other@example.com' }))).toEqual([
        expect.objectContaining({ code: 'BadState', source: '/data/email' }),
      ]);
    });
  });
});
