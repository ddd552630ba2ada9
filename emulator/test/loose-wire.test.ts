import { describe, expect, it } from 'vitest';
import { createAuthNClient } from '../../src/core/index.js';
import { createEmulatorFetch, type Emulator, type EmulatorConfigInput } from '../src/index.js';
import { parseCliOptions } from '../src/node/index.js';
import { GOOD_PASSWORD, handout, testEmulator, TOKEN } from './helpers.js';
import { forEachStore } from './stores.js';

/**
 * Loose-wire mode (issue 11): the loosest legal form of every answer. The raw JSON is checked
 * here, not through the spec schemas the other suites apply, since those want the strict form.
 */

interface RawAnswer {
  httpStatus: number;
  status: unknown;
  summary: unknown;
  result: unknown;
}

function rawCaller(emulator: Emulator, answers: RawAnswer[] = []) {
  return async (path: string, body: unknown): Promise<RawAnswer> => {
    const response = await emulator.handle({
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(body),
    });
    const envelope = JSON.parse(response.body) as Record<string, unknown>;
    const answer = { httpStatus: response.status, status: envelope['status'], summary: envelope['summary'], result: envelope['result'] };
    answers.push(answer);
    return answer;
  };
}

/** Reads `result.<path>` of an answer, for ids and states the next request needs. */
function pick(answer: RawAnswer, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), answer.result);
}

/** Paths of empty lists and maps, which loose-wire must send as `null` (WebAuthn's own options aside). */
function emptyCollections(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object' || /\/(registration|authentication)$/.test(path)) {
    return [];
  }
  const entries = Object.entries(value);
  if (entries.length === 0) {
    return [path];
  }
  return entries.flatMap(([key, item]) => emptyCollections(item, `${path}/${key}`));
}

function setup(config: EmulatorConfigInput) {
  const emulator = testEmulator({ config: { looseWire: true, ...config } });
  const answers: RawAnswer[] = [];
  return { emulator, answers, call: rawCaller(emulator, answers) };
}

const SCOPES = [{ name: 'openid' }, { name: 'profile' }];

forEachStore(() => {
  describe('loose-wire answers', () => {
    it('null every absent field and empty list of an OAuth sign-up, scopes as one scope string', async () => {
      const { call, answers } = setup({ oauthScopes: SCOPES });
      const started = await call('/v2/flow/start', { cb_uri: 'http://localhost:3000/', client_id: 'psa_demoappdemoappdemoappdemoappdemo' });
      expect(started).toEqual({
        httpStatus: 200,
        status: 'Success',
        summary: null,
        result: {
          flow_id: expect.stringMatching(/^pfl_/),
          flow_type: ['signup', 'signin'],
          flow_phase: 'phase_primary',
          flow_choices: [{ choice: 'set_email', data: { required_for: ['password'] } }],
          username_format: 'email',
          email: null,
          username: null,
          phone: null,
          disclaimer: null,
        },
      });
      const flowId = pick(started, 'flow_id');
      const named = await call('/v2/flow/update', { flow_id: flowId, choice: 'set_email', data: { email: 'loose@example.com' } });
      expect(named.result).toMatchObject({ email: 'loose@example.com', flow_type: ['signup'] });
      expect(pick(named, 'flow_choices', 0, 'data')).toMatchObject({ enrollment: true, need_email: null });

      const consent = await call('/v2/flow/update', { flow_id: flowId, choice: 'password', data: { password: GOOD_PASSWORD } });
      expect(pick(consent, 'flow_choices')).toEqual([{ choice: 'oauth_consent', data: { scopes: ['openid profile'] } }]);
      const selections = [{ scope: 'openid', is_allowed: true }, { scope: 'profile', is_allowed: false }];
      const done = await call('/v2/flow/update', { flow_id: flowId, choice: 'oauth_consent', data: { scope_selections: selections } });
      expect(done.result).toMatchObject({ flow_phase: 'phase_completed', flow_choices: null });

      const complete = await call('/v2/flow/complete', { flow_id: flowId });
      expect(complete.result).toEqual({
        active_token: expect.objectContaining({ token: expect.stringMatching(/^ptu_/), scopes: ['openid'], client_id: 'psa_demoappdemoappdemoappdemoappdemo', profile: null }),
        refresh_token: expect.objectContaining({ token: expect.stringMatching(/^ptr_/), enabled: true, audience: null, intelligence: null, claims: null }),
        client_id: 'psa_demoappdemoappdemoappdemoappdemo',
        scope: 'openid',
        oauth2_code_challenge: null,
        oauth2_code_challenge_method: null,
        oauth2_nonce: null,
        oauth_response_types: null,
        oauth2_redirect_uri: null,
        oauth2_state: null,
      });
      expect(answers.flatMap((answer) => emptyCollections(answer.result))).toEqual([]);
    });

    it('null the session endpoints\' empty scopes, profile and client, logout\'s result, and every summary', async () => {
      const { call, answers } = setup({});
      const started = await call('/v2/flow/start', { email: 'plain@example.com' });
      await call('/v2/flow/update', { flow_id: pick(started, 'flow_id'), choice: 'password', data: { password: GOOD_PASSWORD } });
      const complete = await call('/v2/flow/complete', { flow_id: pick(started, 'flow_id') });
      expect(complete.result).toMatchObject({ client_id: null, scope: null, active_token: { scopes: null, profile: null, client_id: null } });

      const check = await call('/v2/client/token/check', { token: pick(complete, 'active_token', 'token') });
      expect(check.result).toMatchObject({ email: 'plain@example.com', enabled: true, scopes: null, profile: null, client_id: null, audience: null });
      const refreshed = await call('/v2/client/session/refresh', { refresh_token: pick(complete, 'refresh_token', 'token') });
      expect(Object.keys(refreshed.result ?? {})).toEqual(['active_token', 'refresh_token']);
      expect(pick(refreshed, 'active_token', 'scopes')).toBeNull();
      const logout = await call('/v2/client/session/logout', { token: pick(refreshed, 'active_token', 'token') });
      expect(logout).toEqual({ httpStatus: 200, status: 'Success', summary: null, result: null });

      const refused = await call('/v2/client/session/logout', { token: pick(refreshed, 'refresh_token', 'token') });
      expect(refused).toMatchObject({ httpStatus: 400, status: 'ValidationError', summary: null, result: { errors: [{ code: 'DoesNotMatchPattern' }] } });
      const gone = await call('/v2/flow/update', { flow_id: pick(started, 'flow_id'), choice: '', data: {} });
      expect(gone).toMatchObject({ httpStatus: 404, status: 'NotFound', summary: null, result: null });
      expect(answers.map((answer) => answer.summary)).toEqual(answers.map(() => null));
      expect(answers.flatMap((answer) => emptyCollections(answer.result))).toEqual([]);
    });

    it('null unset resend times and absent flags, keeping booleans booleans', async () => {
      const { call } = setup({ primaries: ['email_otp'], passkey: { enabled: true } });
      const started = await call('/v2/flow/start', {});
      expect(pick(started, 'flow_choices', 1)).toEqual({
        choice: 'passkey',
        data: { enrollment: false, started: false, discovery: true, local_only: null, registration: null, authentication: null },
      });
      const named = await call('/v2/flow/update', { flow_id: pick(started, 'flow_id'), choice: 'set_email', data: { email: 'otp@example.com' } });
      expect(pick(named, 'flow_choices', 0)).toEqual({
        choice: 'email_otp',
        data: { sent: false, enrollment: true, resend_time: null, need_email: null },
      });
      const sent = await call('/v2/flow/restart', { flow_id: pick(started, 'flow_id'), choice: 'email_otp', data: {} });
      expect(pick(sent, 'flow_choices', 0, 'data')).toMatchObject({ sent: true, resend_time: expect.stringMatching(/^\d{4}-/) });
    });

    it('send SAML offers with their redirect and idp_init_flow null', async () => {
      const { call } = setup({ samlProviders: [{ id: 'pss_emulatorsamlprovider222222222222', name: 'Acme SSO' }] });
      const started = await call('/v2/flow/start', {});
      expect(pick(started, 'flow_choices', 1, 'data')).toMatchObject({ redirect_uri: expect.stringMatching(/^http/), idp_init_flow: null });
    });
  });
});

describe('the kit\'s client on the loose wire', () => {
  it('reads every answer of an OAuth sign-up, a session and a logout', async () => {
    const { emulator, call } = setup({ preset: 'everything', scryptCost: 2 ** 10, signupCaptcha: false, emailVerification: false, mfa: { required: false }, profileFields: [], agreements: [] });
    const client = createAuthNClient({ baseUrl: 'http://loose.test/', clientToken: TOKEN, fetch: createEmulatorFetch(emulator, { baseUrl: 'http://loose.test' }) });
    const first = await client.flow.start({ cbUri: 'http://localhost:3000/' });
    expect(first.unknownChoices).toEqual([]);
    expect(first.choices.map((entry) => entry.choice)).toEqual(['set_email', 'passkey', ...Array<string>(6).fill('social'), 'saml']);

    // The kit's start request has no client_id (vanilla-js sends one): an OAuth flow starts on the raw wire.
    const flowId = String(pick(await call('/v2/flow/start', { cb_uri: 'http://localhost:3000/', client_id: 'psa_demoappdemoappdemoappdemoappdemo' }), 'flow_id'));
    const named = await client.flow.update(flowId, 'set_email', { email: 'kit@example.com' });
    expect(named).toMatchObject({ email: 'kit@example.com', flowType: ['signup'], unknownChoices: [] });
    const consent = await client.flow.update(flowId, 'password', { password: GOOD_PASSWORD });
    expect(consent.choices).toEqual([{ choice: 'oauth_consent', data: expect.objectContaining({ scopes: [{ name: 'openid' }, { name: 'profile' }] }) }]);
    const done = await client.flow.update(flowId, 'oauth_consent', { scope_selections: [{ scope: 'openid', is_allowed: true }] });
    expect(done).toMatchObject({ phase: 'phase_completed', choices: [] });
    const tokens = await client.flow.complete(flowId);
    expect(tokens).toMatchObject({ client_id: 'psa_demoappdemoappdemoappdemoappdemo', scope: 'openid' });

    const active = tokens.active_token?.token ?? '';
    expect(await client.token.check(active)).toMatchObject({ email: 'kit@example.com' });
    const refreshed = await client.session.refresh(tokens.refresh_token.token);
    await client.session.logout(refreshed.active_token?.token ?? '');
    await expect(client.token.check(refreshed.active_token?.token ?? '')).rejects.toMatchObject({ status: 'InvalidToken' });
  });
});

describe('the looseWire switch', () => {
  it('is a config key of the hand-out, taking effect on the next request', async () => {
    const emulator = testEmulator();
    const call = rawCaller(emulator);
    expect((await call('/v2/flow/start', {})).summary).toBe('Flow started');
    const set = await handout(emulator, 'POST', '/__emulator/config', { looseWire: true });
    expect(set.json).toMatchObject({ config: { looseWire: true } });
    expect((await handout(emulator, 'GET', '/__emulator/config')).json).toMatchObject({ config: { looseWire: true } });
    expect(await call('/v2/flow/start', {})).toMatchObject({ summary: null, result: { email: null } });

    const bad = await handout(emulator, 'POST', '/__emulator/config', { looseWire: 'yes' });
    expect(bad.json).toMatchObject({ status: 'ValidationError', result: { errors: [{ code: 'InvalidBool', source: '/looseWire' }] } });
    await handout(emulator, 'POST', '/__emulator/config', { looseWire: false });
    const strict = await call('/v2/flow/start', {});
    expect(strict.summary).toBe('Flow started');
    expect(JSON.stringify(strict.result)).not.toContain('null');
  });

  it('is the CLI flag --loose-wire', () => {
    const options = parseCliOptions(['--loose-wire'], () => '{}');
    expect(options !== 'help' && options.config.looseWire).toBe(true);
    const plain = parseCliOptions([], () => '{}');
    expect(plain !== 'help' && plain.config.looseWire).toBe(false);
  });
});
