import { describe, expect, it } from 'vitest';
import {
  choiceNames,
  completeResult,
  engineCaller,
  fieldErrors,
  flowResult,
  GOOD_PASSWORD,
  manualClock,
  signUp,
  START,
  testEmulator,
  tokenInfo,
  wireChoiceData,
} from './helpers.js';
import { forEachStore, testStore } from './stores.js';

forEachStore(() => {
  describe('emulator journeys over the engine', () => {
    it('starts a flow that asks for the email', async () => {
      const call = engineCaller(testEmulator());
      const envelope = await call('/v2/flow/start', { cb_uri: 'http://localhost:3000' });
      const result = flowResult(envelope);
      expect(envelope.summary).toBe('Flow started');
      expect(result.flow_id).toMatch(/^pfl_[a-z2-7]{32}$/);
      expect(result).toMatchObject({
        flow_type: ['signup', 'signin'],
        flow_phase: 'phase_primary',
        username_format: 'email',
        flow_choices: [{ choice: 'set_email', data: { required_for: ['password'] } }],
      });
    });

    it('signs up, then signs in with the same password, each time receiving tokens', async () => {
      const emulator = testEmulator();
      const call = engineCaller(emulator);
      const signedUp = await signUp(call, 'Joe@Example.com');
      expect(signedUp.active_token?.email).toBe('joe@example.com');

      const started = flowResult(await call('/v2/flow/start', {}));
      const identified = flowResult(
        await call('/v2/flow/update', { flow_id: started.flow_id, choice: 'set_email', data: { email: 'joe@example.com' } }),
      );
      expect(identified.flow_type).toEqual(['signin']);
      expect(identified.email).toBe('joe@example.com');
      expect(identified.flow_choices).toEqual([
        { choice: 'password', data: { enrollment: false, password_policy: expect.objectContaining(emulator.config.passwordPolicy) } },
        {
          choice: 'reset_password',
          data: { sent: false, resend_time: '0001-01-01T00:00:00Z', state: expect.stringMatching(/^pcb_[a-z2-7]{32}$/) },
        },
      ]);
      const done = flowResult(
        await call('/v2/flow/update', { flow_id: started.flow_id, choice: 'password', data: { password: GOOD_PASSWORD } }),
      );
      expect(done).toMatchObject({ flow_phase: 'phase_completed', flow_choices: [], flow_type: ['signin'] });

      const tokens = completeResult(await call('/v2/flow/complete', { flow_id: started.flow_id }));
      expect(tokens.active_token?.identity).toBe(signedUp.active_token?.identity);
      expect(tokens.active_token?.token).not.toBe(signedUp.active_token?.token);
    });

    it('offers sign-up with the policy, under both namings, for an unknown email', async () => {
      const emulator = testEmulator({ config: { passwordPolicy: { chars_min: 12 } } });
      const call = engineCaller(emulator);
      const started = flowResult(await call('/v2/flow/start', {}));
      const result = flowResult(
        await call('/v2/flow/update', { flow_id: started.flow_id, choice: 'set_email', data: { email: 'new@example.com' } }),
      );
      expect(result.flow_type).toEqual(['signup']);
      expect(result.flow_choices).toEqual([
        {
          choice: 'password',
          data: {
            enrollment: true,
            // Both namings: the OAS requires the `password_` ones, live answers use the short ones.
            password_policy: {
              chars_min: 12,
              chars_max: 64,
              lower_min: 1,
              upper_min: 1,
              number_min: 1,
              punct_min: 1,
              password_chars_min: 12,
              password_chars_max: 64,
              password_lower_min: 1,
              password_upper_min: 1,
              password_number_min: 1,
              password_punct_min: 1,
            },
          },
        },
      ]);
    });

    it('goes straight to the identified state when start carries the email', async () => {
      const call = engineCaller(testEmulator());
      await signUp(call, 'known@example.com');
      const known = flowResult(await call('/v2/flow/start', { email: 'known@example.com', flow_types: ['signin'] }));
      expect(known.flow_type).toEqual(['signin']);
      expect(choiceNames(known)).toEqual(['password', 'reset_password']);
      const unknown = flowResult(await call('/v2/flow/start', { email: 'fresh@example.com' }));
      expect(unknown.flow_type).toEqual(['signup']);
      expect(choiceNames(unknown)).toEqual(['password']);
    });

    it('rejects a wrong password with AuthenticationFailure and keeps the flow usable', async () => {
      const call = engineCaller(testEmulator());
      await signUp(call, 'joe@example.com');
      const started = flowResult(await call('/v2/flow/start', { email: 'joe@example.com' }));
      const wrong = await call('/v2/flow/update', {
        flow_id: started.flow_id,
        choice: 'password',
        data: { password: 'Not1the+password' },
      });
      expect(wrong).toMatchObject({ httpStatus: 400, status: 'AuthenticationFailure', summary: 'Authentication failed' });
      const right = await call('/v2/flow/update', {
        flow_id: started.flow_id,
        choice: 'password',
        data: { password: GOOD_PASSWORD },
      });
      expect(flowResult(right).flow_phase).toBe('phase_completed');
    });

    it('returns the state unchanged for the empty choice', async () => {
      const call = engineCaller(testEmulator());
      const started = flowResult(await call('/v2/flow/start', { email: 'a@example.com' }));
      const polled = await call('/v2/flow/update', { flow_id: started.flow_id, choice: '', data: {} });
      expect(polled.summary).toBe('Flow updated');
      expect(flowResult(polled)).toEqual(started);
    });

    it('refuses a choice that is not offered in the current phase (BadState)', async () => {
      const call = engineCaller(testEmulator());
      const started = flowResult(await call('/v2/flow/start', {}));
      const early = await call('/v2/flow/update', {
        flow_id: started.flow_id,
        choice: 'password',
        data: { password: GOOD_PASSWORD },
      });
      expect(fieldErrors(early)).toEqual([{ code: 'BadState', source: '/choice', detail: expect.any(String) }]);
      const unimplemented = await call('/v2/flow/update', {
        flow_id: started.flow_id,
        choice: 'totp',
        data: { code: '123456' },
      });
      expect(fieldErrors(unimplemented)[0]).toMatchObject({ code: 'BadState', source: '/choice' });
      const restart = await call('/v2/flow/restart', { flow_id: started.flow_id, choice: 'set_email', data: {} });
      expect(fieldErrors(restart)[0]).toMatchObject({ code: 'BadState', source: '/choice' });
    });

    it('answers the SDK typo set_mail with NotEnumMember', async () => {
      const call = engineCaller(testEmulator());
      const started = flowResult(await call('/v2/flow/start', {}));
      const envelope = await call('/v2/flow/update', {
        flow_id: started.flow_id,
        choice: 'set_mail',
        data: { email: 'a@example.com' },
      });
      expect(fieldErrors(envelope)).toEqual([
        { code: 'NotEnumMember', source: '/choice', detail: expect.stringContaining('set_mail') },
      ]);
    });

    it('completes only a completed flow, and only once', async () => {
      const call = engineCaller(testEmulator());
      const started = flowResult(await call('/v2/flow/start', { email: 'a@example.com' }));
      const early = await call('/v2/flow/complete', { flow_id: started.flow_id });
      expect(fieldErrors(early)).toEqual([{ code: 'BadState', source: '/flow_id', detail: expect.any(String) }]);
      await call('/v2/flow/update', { flow_id: started.flow_id, choice: 'password', data: { password: GOOD_PASSWORD } });
      completeResult(await call('/v2/flow/complete', { flow_id: started.flow_id }));
      const again = await call('/v2/flow/complete', { flow_id: started.flow_id });
      expect(again).toMatchObject({ httpStatus: 404, status: 'NotFound' });
    });

    it('issues tokens that token/check recognises until they expire', async () => {
      const clock = manualClock();
      const emulator = testEmulator({ now: clock.now });
      const call = engineCaller(emulator);
      const tokens = await signUp(call, 'joe@example.com');
      const active = tokens.active_token;
      expect(active).toMatchObject({
        type: 'user',
        token: expect.stringMatching(/^ptu_[a-z2-7]{32}$/),
        id: expect.stringMatching(/^pmt_[a-z2-7]{32}$/),
        identity: expect.stringMatching(/^pui_[a-z2-7]{32}$/),
        email: 'joe@example.com',
        profile: {},
        life: 172_800,
        expire: new Date(START + 172_800_000).toISOString(),
        created_at: new Date(START).toISOString(),
        scopes: [],
      });
      expect(tokens.refresh_token).toMatchObject({
        type: 'session',
        token: expect.stringMatching(/^ptr_[a-z2-7]{32}$/),
        life: 604_800,
      });

      clock.advance(195);
      const checked = await call('/v2/client/token/check', { token: active?.token });
      const info = tokenInfo(checked);
      expect(info).not.toHaveProperty('token');
      expect(info).toMatchObject({ identity: active?.identity, email: 'joe@example.com', life: 172_605 });

      const unknown = await call('/v2/client/token/check', { token: 'ptu_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' });
      expect(unknown).toMatchObject({ httpStatus: 400, status: 'InvalidToken' });

      clock.advance(172_800);
      const expired = await call('/v2/client/token/check', { token: active?.token });
      expect(expired).toMatchObject({ httpStatus: 400, status: 'ExpiredToken' });
    });

    it('expires flows after flowLifetimeSeconds', async () => {
      const clock = manualClock();
      const call = engineCaller(testEmulator({ now: clock.now, config: { flowLifetimeSeconds: 60 } }));
      const started = flowResult(await call('/v2/flow/start', {}));
      clock.advance(59);
      flowResult(await call('/v2/flow/update', { flow_id: started.flow_id, choice: '', data: {} }));
      clock.advance(1);
      for (const [path, body] of [
        ['/v2/flow/update', { flow_id: started.flow_id, choice: '', data: {} }],
        ['/v2/flow/restart', { flow_id: started.flow_id, choice: 'reset_password', data: {} }],
        ['/v2/flow/complete', { flow_id: started.flow_id }],
      ] as const) {
        expect(await call(path, body)).toMatchObject({
          httpStatus: 400,
          status: 'FlowExpired',
          summary: 'The flow has expired',
        });
      }
    });

    it('answers 404 NotFound for a well-formed but unknown flow id', async () => {
      const call = engineCaller(testEmulator());
      const envelope = await call('/v2/flow/update', {
        flow_id: 'pfl_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        choice: '',
        data: {},
      });
      expect(envelope).toMatchObject({ httpStatus: 404, status: 'NotFound', result: null });
    });

    it.each([
      ['no token', null],
      ['a wrong token', 'pcl_wrong'],
    ])('answers 401 Unauthorized with %s', async (_, token) => {
      const call = engineCaller(testEmulator());
      const envelope = await call('/v2/flow/start', {}, { token });
      expect(envelope).toMatchObject({ httpStatus: 401, status: 'Unauthorized' });
    });

    it('mails a reset link on restart reset_password, and the link leads to a new password', async () => {
      const clock = manualClock();
      const emulator = testEmulator({ now: clock.now });
      const call = engineCaller(emulator);
      await signUp(call, 'joe@example.com');
      const started = flowResult(
        await call('/v2/flow/start', { email: 'joe@example.com', cb_uri: 'http://localhost:3000/callback?x=1' }),
      );
      const state = started.flow_choices.find((c) => c.choice === 'reset_password')?.data;
      expect(emulator.outbox()).toEqual([]);

      const restarted = await call('/v2/flow/restart', {
        flow_id: started.flow_id,
        choice: 'reset_password',
        data: {},
      });
      const result = flowResult(restarted);
      expect(restarted.summary).toBe('Flow restarted');
      expect(result.flow_choices[1]).toEqual({
        choice: 'reset_password',
        data: { sent: true, resend_time: new Date(START + 30_000).toISOString(), state: (state as { state: string }).state },
      });

      const [message] = emulator.outbox();
      expect(message).toMatchObject({ to: 'joe@example.com', channel: 'email', code: expect.stringMatching(/^poc_/) });
      const link = new URL(message?.link ?? '');
      expect(`${link.origin}${link.pathname}`).toBe('http://localhost:3000/callback');
      expect(link.searchParams.get('x')).toBe('1');
      expect(link.searchParams.get('state')).toBe((state as { state: string }).state);
      expect(link.searchParams.get('code')).toBe(message?.code);
      expect(message?.text).toContain(message?.link);

      const wrongCode = await call('/v2/flow/update', {
        flow_id: started.flow_id,
        choice: 'reset_password',
        data: { state: link.searchParams.get('state'), code: 'poc_wrongwrongwrong' },
      });
      expect(wrongCode).toMatchObject({ httpStatus: 400, status: 'AuthenticationFailure' });

      const setPassword = flowResult(
        await call('/v2/flow/update', {
          flow_id: started.flow_id,
          choice: 'reset_password',
          data: { state: link.searchParams.get('state'), code: link.searchParams.get('code') },
        }),
      );
      expect(setPassword).toMatchObject({ flow_phase: 'phase_set_password', flow_type: ['signin'] });
      expect(choiceNames(setPassword)).toEqual(['set_password']);
      expect(wireChoiceData(setPassword, 'set_password')).toMatchObject({
        password_policy: { chars_min: 8, password_chars_min: 8, password_lower_min: 1, password_upper_min: 1, password_punct_min: 1 },
      });
      const weak = await call('/v2/flow/update', {
        flow_id: started.flow_id,
        choice: 'set_password',
        data: { password: 'weak' },
      });
      expect(fieldErrors(weak).length).toBeGreaterThan(0);
      flowResult(
        await call('/v2/flow/update', {
          flow_id: started.flow_id,
          choice: 'set_password',
          data: { password: 'New2+Password' },
        }),
      );
      completeResult(await call('/v2/flow/complete', { flow_id: started.flow_id }));

      const again = flowResult(await call('/v2/flow/start', { email: 'joe@example.com' }));
      const old = await call('/v2/flow/update', {
        flow_id: again.flow_id,
        choice: 'password',
        data: { password: GOOD_PASSWORD },
      });
      expect(old.status).toBe('AuthenticationFailure');
      const fresh = await call('/v2/flow/update', {
        flow_id: again.flow_id,
        choice: 'password',
        data: { password: 'New2+Password' },
      });
      expect(flowResult(fresh).flow_phase).toBe('phase_completed');
    });

    it('sends the reset link to http://localhost when the flow has no cb_uri', async () => {
      const emulator = testEmulator();
      const call = engineCaller(emulator);
      await signUp(call, 'joe@example.com');
      const started = flowResult(await call('/v2/flow/start', { email: 'joe@example.com' }));
      await call('/v2/flow/restart', { flow_id: started.flow_id, choice: 'reset_password', data: {} });
      expect(emulator.outbox()[0]?.link).toMatch(/^http:\/\/localhost\/\?state=pcb_[a-z2-7]{32}&code=poc_[a-z2-7]{32}$/);
    });

    describe('flow_types and allowSignup', () => {
      it('refuses an unknown email in a sign-in-only flow (DoesNotExist at the email)', async () => {
        const call = engineCaller(testEmulator());
        const started = flowResult(await call('/v2/flow/start', { flow_types: ['signin'] }));
        expect(started.flow_type).toEqual(['signin']);
        const envelope = await call('/v2/flow/update', {
          flow_id: started.flow_id,
          choice: 'set_email',
          data: { email: 'nobody@example.com' },
        });
        expect(fieldErrors(envelope)).toEqual([
          { code: 'DoesNotExist', source: '/data/email', detail: 'No account exists for this email' },
        ]);
      });

      it('refuses a known email in a sign-up-only flow (BadState at the email)', async () => {
        const call = engineCaller(testEmulator());
        await signUp(call, 'joe@example.com');
        const envelope = await call('/v2/flow/start', { email: 'joe@example.com', flow_types: ['signup'] });
        expect(fieldErrors(envelope)).toEqual([
          { code: 'BadState', source: '/email', detail: 'An account with this email already exists' },
        ]);
      });

      it('makes every flow sign-in only when allowSignup is false', async () => {
        const call = engineCaller(testEmulator({ config: { allowSignup: false } }));
        const started = flowResult(await call('/v2/flow/start', {}));
        expect(started.flow_type).toEqual(['signin']);
        const envelope = await call('/v2/flow/start', { email: 'new@example.com' });
        expect(fieldErrors(envelope)[0]).toMatchObject({ code: 'DoesNotExist', source: '/email' });
        const signupOnly = await call('/v2/flow/start', { flow_types: ['signup'] });
        expect(fieldErrors(signupOnly)[0]).toMatchObject({ code: 'ProviderDisabled', source: '/flow_types' });
      });
    });

    it('forgets everything on reset()', async () => {
      const emulator = testEmulator();
      const call = engineCaller(emulator);
      await signUp(call, 'joe@example.com');
      emulator.reset();
      const started = flowResult(await call('/v2/flow/start', { email: 'joe@example.com' }));
      expect(started.flow_type).toEqual(['signup']);
    });

    it('stores scrypt hashes, never the password', async () => {
      const store = testStore();
      const call = engineCaller(testEmulator({ store }));
      await signUp(call, 'joe@example.com');
      const user = store.getUserByEmail('joe@example.com');
      expect(user?.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
      expect(user?.passwordHash).not.toContain(GOOD_PASSWORD);
    });
  });
});
