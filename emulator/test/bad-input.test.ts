import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EnvelopeSchema } from '../../src/core/api/schemas.js';
import { MAX_BODY_BYTES, type EmulatorConfigInput } from '../src/index.js';
import {
  engineCaller,
  fieldErrors,
  flowApi,
  GOOD_PASSWORD,
  handout,
  manualClock,
  testEmulator,
  type Caller,
} from './helpers.js';
import { forEachStore } from './stores.js';

type Reach = (api: ReturnType<typeof flowApi>) => Promise<string>;

const identify: Reach = async (api) => (await api.start()).flow_id;
const signUpPrimary: Reach = async (api) => (await api.start({ email: 'new@example.com' })).flow_id;
const afterPassword =
  (steps: [string, unknown][]): Reach =>
  async (api) => {
    const id = await signUpPrimary(api);
    await api.update(id, 'password', { password: GOOD_PASSWORD });
    for (const [choice, data] of steps) {
      await api.update(id, choice, data);
    }
    return id;
  };
const captcha = afterPassword([]);
const profile = afterPassword([['captcha', { code: 'emulator-captcha-pass' }]]);

/** [what, config, how to reach a flow offering the choice, endpoint, choice, data, expected errors] */
const cases: [string, EmulatorConfigInput, Reach, 'update' | 'restart', string, unknown, [string, string][]][] = [
  ['set_email with a number', {}, identify, 'update', 'set_email', { email: 1 }, [['InvalidString', '/data/email']]],
  ['set_username without username', { usernameFormat: 'string' }, identify, 'update', 'set_username', {}, [['FieldRequired', '/data/username']]],
  ['set_phone with letters', { primaries: ['sms_otp'] }, signUpPrimary, 'update', 'set_phone', { phone: 'abc' }, [['DoesNotMatchPattern', '/data/phone']]],
  [
    'password of the wrong type, with an extra property',
    {},
    signUpPrimary,
    'update',
    'password',
    { password: 5, extra: 1 },
    [
      ['InvalidString', '/data/password'],
      ['UnexpectedProperty', '/data/extra'],
    ],
  ],
  ['email_otp with five digits', { primaries: ['email_otp'] }, signUpPrimary, 'update', 'email_otp', { code: '12345' }, [['DoesNotMatchPattern', '/data/code']]],
  ['sms_otp with a number', { primaries: ['sms_otp'] }, signUpPrimary, 'update', 'sms_otp', { code: 123456 }, [['InvalidString', '/data/code']]],
  ['totp with letters', { primaries: ['totp'] }, signUpPrimary, 'update', 'totp', { code: 'abcdef' }, [['DoesNotMatchPattern', '/data/code']]],
  ['magiclink with half a link', { primaries: ['magiclink'] }, signUpPrimary, 'update', 'magiclink', { state: 'pcb_x' }, [['FieldRequired', '/data/code']]],
  ['social with an unknown provider', { socialProviders: ['google'] }, identify, 'update', 'social', { social_provider: 'myspace', uri: 'x' }, [['NotEnumMember', '/data/social_provider']]],
  [
    'saml without its ids',
    { samlProviders: [{ id: 'pss_emulatorsamlprovider222222222222', name: 'S' }] },
    identify,
    'update',
    'saml',
    {},
    [
      ['FieldRequired', '/data/provider_id'],
      ['FieldRequired', '/data/provider_name'],
    ],
  ],
  ['passkey with an array', { passkey: { enabled: true } }, signUpPrimary, 'update', 'passkey', { registration: [] }, [['InvalidObject', '/data/registration']]],
  ['captcha with an empty token', { signupCaptcha: true }, captcha, 'update', 'captcha', { code: '' }, [['BelowMinLength', '/data/code']]],
  [
    'profile with a number',
    { signupCaptcha: true, profileFields: [{ id: 'first_name' }] },
    profile,
    'update',
    'profile',
    { profile: { first_name: 1 } },
    [['InvalidString', '/data/profile/first_name']],
  ],
  [
    'profile with a bad date and integer',
    { signupCaptcha: true, profileFields: [{ id: 'born', type: 'date' }, { id: 'age', type: 'integer' }, { id: 'ok', type: 'boolean' }] },
    profile,
    'update',
    'profile',
    { profile: { born: '1 May', age: 'ten', ok: 'yes' } },
    [
      ['BadFormatDate', '/data/profile/born'],
      ['InvalidInteger', '/data/profile/age'],
      ['InvalidBool', '/data/profile/ok'],
    ],
  ],
  [
    'agreements with one id not in a list',
    { agreements: [{ type: 'eula', name: 'E', text: 't' }] },
    afterPassword([]),
    'update',
    'agreements',
    { agreed: 'peu_x' },
    [['InvalidArray', '/data/agreed']],
  ],
  [
    'oauth_consent with a string boolean',
    { oauthScopes: [{ name: 'openid' }] },
    async (api) => {
      const flow = await api.start({ email: 'new@example.com', client_id: 'psa_appappappappappappappappappappap' });
      await api.update(flow.flow_id, 'password', { password: GOOD_PASSWORD });
      return flow.flow_id;
    },
    'update',
    'oauth_consent',
    { scope_selections: [{ scope: 'openid', is_allowed: 'yes' }] },
    [['InvalidBool', '/data/scope_selections/0/is_allowed']],
  ],
  ['restart email_otp with a bad email', { primaries: ['email_otp'] }, signUpPrimary, 'restart', 'email_otp', { email: 'x' }, [['BadFormatEmail', '/data/email']]],
  ['restart passkey with data', { passkey: { enabled: true } }, signUpPrimary, 'restart', 'passkey', { x: 1 }, [['UnexpectedProperty', '/data/x']]],
  ['the empty choice with data', {}, identify, 'update', '', { x: 1 }, [['UnexpectedProperty', '/data/x']]],
];

forEachStore(() => {
  describe('every malformed choice body is a ValidationError with per-field errors', () => {
    it.each(cases)('%s', async (_, config, reach, endpoint, choice, data, expected) => {
      const api = flowApi(engineCaller(testEmulator({ config })));
      const flowId = await reach(api);
      const envelope = endpoint === 'update' ? await api.tryUpdate(flowId, choice, data) : await api.tryRestart(flowId, choice, data);
      const errors = fieldErrors(envelope);
      expect(errors.map((e) => [e.code, e.source])).toEqual(expected);
      errors.forEach((error) => expect(error.detail).toMatch(/\w/));
    });

    it.each([
      ['/v2/client/session/refresh', {}, [['FieldRequired', '/refresh_token']]],
      ['/v2/client/session/logout', { token: 5 }, [['InvalidString', '/token']]],
      ['/v2/client/userinfo', { code: 'pmc_x', flow_id: 'x' }, [['DoesNotMatchPattern', '/code'], ['DoesNotMatchPattern', '/flow_id']]],
      ['/v2/client/jwks', { x: 1 }, [['UnexpectedProperty', '/x']]],
      ['/v2/flow/start', { invitation: 'pmi_short' }, [['DoesNotMatchPattern', '/invitation']]],
      // OAS authn-serviceaccount-id, which flow/complete would echo.
      ['/v2/flow/start', { client_id: 'my-app' }, [['DoesNotMatchPattern', '/client_id']]],
    ])('%s %j', async (path, body, expected) => {
      const errors = fieldErrors(await engineCaller(testEmulator())(path, body));
      expect(errors.map((e) => [e.code, e.source])).toEqual(expected);
    });
  });

  describe('each failure has its own documented status', () => {
    it('answers the README table', async () => {
      const clock = manualClock();
      const emulator = testEmulator({ now: clock.now, config: { primaries: ['email_otp'], maxAttempts: 2, flowLifetimeSeconds: 600 } });
      const call = engineCaller(emulator);
      const api = flowApi(call);
      const flow = await api.start({ email: 'x@example.com' });
      await api.restart(flow.flow_id, 'email_otp');
      const code = emulator.outbox().at(-1)?.code ?? '';
      const wrong = code === '000000' ? '111111' : '000000';
      const seen: [string, number, string][] = [];
      const note = async (what: string, envelope: Promise<{ httpStatus: number; status: string }>) => {
        const { httpStatus, status } = await envelope;
        seen.push([what, httpStatus, status]);
      };
      await note('resend before resend_time', api.tryRestart(flow.flow_id, 'email_otp'));
      await note('wrong code', api.tryUpdate(flow.flow_id, 'email_otp', { code: wrong }));
      await note('wrong code, attempts used up', api.tryUpdate(flow.flow_id, 'email_otp', { code: wrong }));
      await note('account locked', api.tryUpdate(flow.flow_id, 'email_otp', { code }));
      clock.advance(300);
      await note('burned code', api.tryUpdate(flow.flow_id, 'email_otp', { code }));
      await api.restart(flow.flow_id, 'email_otp');
      const fresh = emulator.outbox().at(-1)?.code ?? '';
      await api.update(flow.flow_id, 'email_otp', { code: fresh });
      await note('replayed code', api.tryUpdate(flow.flow_id, 'email_otp', { code: fresh }));
      await note('choice not in this phase', api.tryUpdate(flow.flow_id, 'password', { password: 'x' }));
      await note('malformed body', call('/v2/flow/update', { flow_id: 1 }));
      await note('unknown flow', api.tryUpdate('pfl_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', ''));
      clock.advance(600);
      await note('expired flow', api.tryUpdate(flow.flow_id, ''));
      await note('oversized body', call('/v2/flow/start', JSON.stringify({ cb_uri: 'x'.repeat(MAX_BODY_BYTES) })));
      await note('no bearer token', call('/v2/flow/start', {}, { token: null }));
      await handout(emulator, 'POST', '/__emulator/users', { email: 'off@example.com', disabled: true });
      await note('disabled user', call('/v2/flow/start', { email: 'off@example.com' }));
      expect(seen).toEqual([
        ['resend before resend_time', 429, 'TooManyRequests'],
        ['wrong code', 400, 'AuthenticationFailure'],
        ['wrong code, attempts used up', 400, 'AuthenticationFailure'],
        ['account locked', 429, 'TooManyRequests'],
        ['burned code', 400, 'MfaCodeExpired'],
        ['replayed code', 400, 'CodeAlreadyUsed'],
        ['choice not in this phase', 400, 'ValidationError'],
        ['malformed body', 400, 'ValidationError'],
        ['unknown flow', 404, 'NotFound'],
        ['expired flow', 400, 'FlowExpired'],
        ['oversized body', 413, 'PayloadTooLarge'],
        ['no bearer token', 401, 'Unauthorized'],
        ['disabled user', 403, 'DisabledUser'],
      ]);
    });
  });

  describe('arbitrary bodies', () => {
    const KNOWN_STATUSES = new Set([
      'Success',
      'ValidationError',
      'AuthenticationFailure',
      'MfaCodeExpired',
      'CodeAlreadyUsed',
      'TooManyRequests',
      'DisabledUser',
      'NotFound',
      'FlowExpired',
      'InvalidToken',
      'ExpiredToken',
    ]);
    const FIELDS = [
      'email', 'username', 'phone', 'password', 'code', 'state', 'uri', 'social_provider', 'provider_id', 'provider_name',
      'registration', 'authentication', 'profile', 'agreed', 'scope_selections', 'token', 'refresh_token', '__proto__', 'constructor',
    ];
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom('a@example.com', GOOD_PASSWORD, '123456', 'pcb_x', 'http://localhost/?state=a&code=b', '+15551234567'),
    );
    const data = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 4 }));
    const CHOICES = ['', 'set_email', 'set_username', 'set_phone', 'password', 'set_password', 'reset_password', 'verify_email', 'magiclink',
      'provisional_enrollment', 'email_otp', 'sms_otp', 'totp', 'social', 'saml', 'passkey', 'captcha', 'agreements', 'profile',
      'oauth_consent', 'set_mail', 7];

    it('never crash the emulator nor corrupt its users', async () => {
      const emulator = testEmulator({ config: { preset: 'everything', scryptCost: 2 } });
      const call: Caller = engineCaller(emulator);
      const api = flowApi(call);
      await handout(emulator, 'POST', '/__emulator/users', { email: 'keep@example.com', password: GOOD_PASSWORD, agreed: [] });
      const before = JSON.stringify(emulator.users());
      const flows = [(await api.start()).flow_id, (await api.start({ email: 'new@example.com' })).flow_id, (await api.start({ email: 'keep@example.com' })).flow_id];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('/v2/flow/update', '/v2/flow/restart', '/v2/flow/start', '/v2/flow/complete', '/v2/client/token/check',
            '/v2/client/session/refresh', '/v2/client/userinfo', '/v2/client/session/logout', '/v2/client/session/list',
            '/v2/client/session/invalidate', '/v2/client/password/change'),
          fc.constantFrom(...flows),
          fc.constantFrom(...CHOICES),
          data,
          fc.boolean(),
          async (path, flowId, choice, payload, wrapped) => {
            const body = wrapped ? { flow_id: flowId, choice, data: payload } : payload;
            const envelope = await call(path, body);
            expect(v.is(EnvelopeSchema, envelope)).toBe(true);
            expect(envelope.httpStatus).toBeLessThan(500);
            expect(KNOWN_STATUSES).toContain(envelope.status);
          },
        ),
        { numRuns: 400 },
      );
      const keep = JSON.parse(JSON.stringify(emulator.users())).filter((u: { email: string }) => u.email === 'keep@example.com');
      expect(JSON.stringify(keep)).toBe(before);
      // The account still signs in with its password.
      const signIn = await api.start({ email: 'keep@example.com' });
      await api.update(signIn.flow_id, 'password', { password: GOOD_PASSWORD });
    });
  });
});
