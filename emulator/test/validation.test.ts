import { describe, expect, it } from 'vitest';
import { completeResult, engineCaller, fieldErrors, flowResult, GOOD_PASSWORD, signUp, testEmulator } from './helpers.js';
import { forEachStore } from './stores.js';

const FLOW = 'pfl_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

forEachStore(() => {
  describe('ValidationError shapes for malformed bodies', () => {
    // `flow_id` is replaced by a live flow where the case needs the flow to exist.
    const cases: [name: string, path: string, body: unknown, errors: { code: string; source: string }[]][] = [
      ['invalid JSON', '/v2/flow/start', '{"email":', [{ code: 'BadFormat', source: '' }]],
      ['an array body', '/v2/flow/start', [], [{ code: 'InvalidObject', source: '' }]],
      ['a string body', '/v2/flow/update', '"hi"', [{ code: 'InvalidObject', source: '' }]],
      ['an empty body', '/v2/flow/update', '', [{ code: 'BadFormat', source: '' }]],
      [
        'update without fields',
        '/v2/flow/update',
        {},
        [
          { code: 'FieldRequired', source: '/flow_id' },
          { code: 'FieldRequired', source: '/choice' },
          { code: 'FieldRequired', source: '/data' },
        ],
      ],
      [
        'update with wrong types and an extra property',
        '/v2/flow/update',
        { flow_id: 42, choice: 7, data: [], extra: true },
        [
          { code: 'InvalidString', source: '/flow_id' },
          { code: 'InvalidString', source: '/choice' },
          { code: 'InvalidObject', source: '/data' },
          { code: 'UnexpectedProperty', source: '/extra' },
        ],
      ],
      [
        'a flow id of the wrong format',
        '/v2/flow/update',
        { flow_id: 'pfl_SHOUTING', choice: '', data: {} },
        [{ code: 'DoesNotMatchPattern', source: '/flow_id' }],
      ],
      ['set_email without email', '/v2/flow/update', { flow_id: FLOW, choice: 'set_email', data: {} }, [
        { code: 'FieldRequired', source: '/data/email' },
      ]],
      [
        'set_email with a bad email and an extra property',
        '/v2/flow/update',
        { flow_id: FLOW, choice: 'set_email', data: { email: 'not an email', name: 'Joe' } },
        [
          { code: 'BadFormatEmail', source: '/data/email' },
          { code: 'UnexpectedProperty', source: '/data/name' },
        ],
      ],
      [
        'set_email with a number',
        '/v2/flow/update',
        { flow_id: FLOW, choice: 'set_email', data: { email: 5 } },
        [{ code: 'InvalidString', source: '/data/email' }],
      ],
      ['the empty choice with data', '/v2/flow/update', { flow_id: FLOW, choice: '', data: { x: 1 } }, [
        { code: 'UnexpectedProperty', source: '/data/x' },
      ]],
      [
        'start with bad fields',
        '/v2/flow/start',
        { email: 'nope', cb_uri: 'not a uri', flow_types: ['signup', 'login'] },
        [
          { code: 'BadFormatEmail', source: '/email' },
          { code: 'BadFormatURI', source: '/cb_uri' },
          { code: 'NotEnumMember', source: '/flow_types/1' },
        ],
      ],
      ['start with a non-email username', '/v2/flow/start', { username: 'joe' }, [
        { code: 'BadFormatEmail', source: '/username' },
      ]],
      ['complete without flow_id', '/v2/flow/complete', {}, [{ code: 'FieldRequired', source: '/flow_id' }]],
      ['token check with a number', '/v2/client/token/check', { token: 1 }, [{ code: 'InvalidString', source: '/token' }]],
      ['token check with an empty token', '/v2/client/token/check', { token: '' }, [
        { code: 'BelowMinLength', source: '/token' },
        { code: 'DoesNotMatchPattern', source: '/token' },
      ]],
      // The OAS token patterns (finding 3 of the emulator audit): a wrong shape is not InvalidToken.
      ['token check with a token of no known shape', '/v2/client/token/check', { token: 'garbage' }, [
        { code: 'DoesNotMatchPattern', source: '/token' },
      ]],
      ['refresh with an active token', '/v2/client/session/refresh', { refresh_token: `ptu_${'a'.repeat(32)}` }, [
        { code: 'DoesNotMatchPattern', source: '/refresh_token' },
      ]],
      ['refresh with a user token of no known shape', '/v2/client/session/refresh', { refresh_token: `ptr_${'a'.repeat(32)}`, user_token: 'garbage' }, [
        { code: 'DoesNotMatchPattern', source: '/user_token' },
      ]],
    ];

    it.each(cases)('%s', async (_, path, body, expected) => {
      const call = engineCaller(testEmulator());
      const started = flowResult(await call('/v2/flow/start', {}));
      const withFlow =
        typeof body === 'object' && body !== null && !Array.isArray(body) && 'flow_id' in body && body.flow_id === FLOW
          ? { ...body, flow_id: started.flow_id }
          : body;
      const errors = fieldErrors(await call(path, withFlow));
      expect(errors.map(({ code, source }) => ({ code, source }))).toEqual(expected);
      for (const error of errors) {
        expect(error.detail).toMatch(/\w/);
      }
    });
  });

  // Finding 8 of the emulator audit: the OAS sets no minItems / minLength here, and the bodies of
  // flow/start and flow/complete have no `additionalProperties: false`.
  describe('bodies the OAS allows', () => {
    it('starts a flow with empty flow_types as with none, and ignores unknown keys at start and complete', async () => {
      const call = engineCaller(testEmulator());
      const started = flowResult(await call('/v2/flow/start', { email: 'new@example.com', flow_types: [], colour: 'red' }));
      expect(started.flow_type).toEqual(['signup']);
      expect(flowResult(await call('/v2/flow/start', { flow_types: [] })).flow_type).toEqual(['signup', 'signin']);
      await call('/v2/flow/update', { flow_id: started.flow_id, choice: 'password', data: { password: GOOD_PASSWORD } });
      completeResult(await call('/v2/flow/complete', { flow_id: started.flow_id, colour: 'red' }));
    });

    it('takes agreements {agreed: []} as agreeing to nothing yet', async () => {
      const call = engineCaller(testEmulator({ config: { agreements: [{ type: 'eula', name: 'EULA', text: 't' }] } }));
      const started = flowResult(await call('/v2/flow/start', { email: 'new@example.com' }));
      await call('/v2/flow/update', { flow_id: started.flow_id, choice: 'password', data: { password: GOOD_PASSWORD } });
      const answer = flowResult(await call('/v2/flow/update', { flow_id: started.flow_id, choice: 'agreements', data: { agreed: [] } }));
      expect(answer.flow_phase).toBe('phase_agreements');
    });

    it('lists the first page of sessions for an empty last', async () => {
      const call = engineCaller(testEmulator());
      const tokens = await signUp(call, 'joe@example.com');
      const listed = await call('/v2/client/session/list', { token: tokens.active_token?.token, last: '' });
      expect(listed).toMatchObject({ httpStatus: 200, status: 'Success', result: { sessions: [expect.anything()] } });
    });
  });

  describe('password policy on sign-up', () => {
    async function signUpWith(password: string, passwordPolicy = {}) {
      const call = engineCaller(testEmulator({ config: { passwordPolicy } }));
      const started = flowResult(await call('/v2/flow/start', { email: 'new@example.com' }));
      return call('/v2/flow/update', { flow_id: started.flow_id, choice: 'password', data: { password } });
    }

    it.each([
      ['Ab1+', [['BelowMinLength', 'at least 8 characters']]],
      [`Ab1+${'x'.repeat(61)}`, [['AboveMaxLength', 'at most 64 characters']]],
      ['ABCDEFG1+', [['DoesNotMatchPattern', 'lowercase letter']]],
      ['abcdefg1+', [['DoesNotMatchPattern', 'uppercase letter']]],
      ['Abcdefgh+', [['DoesNotMatchPattern', 'number']]],
      ['Abcdefgh1', [['DoesNotMatchPattern', 'special character']]],
      [
        'abc',
        [
          ['BelowMinLength', 'at least 8 characters'],
          ['DoesNotMatchPattern', 'uppercase letter'],
          ['DoesNotMatchPattern', 'number'],
          ['DoesNotMatchPattern', 'special character'],
        ],
      ],
    ])('rejects %j', async (password, expected) => {
      const errors = fieldErrors(await signUpWith(password));
      expect(errors.map((e) => [e.code, e.source])).toEqual(expected.map(([code]) => [code, '/data/password']));
      errors.forEach((error, i) => expect(error.detail).toContain(expected[i]?.[1]));
    });

    it('follows the configured policy', async () => {
      const errors = fieldErrors(await signUpWith('Ab1+Ab1+', { chars_min: 10, number_min: 3 }));
      expect(errors.map((e) => e.detail)).toEqual([
        'Password must be at least 10 characters long',
        'Password must contain at least 3 numbers',
      ]);
      const ok = await signUpWith('password', { upper_min: 0, number_min: 0, punct_min: 0 });
      expect(flowResult(ok).flow_phase).toBe('phase_completed');
    });
  });
});
