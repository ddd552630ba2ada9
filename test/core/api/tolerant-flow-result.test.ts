import { describe, expect, it } from 'vitest';
import { parseFlowResult, passwordRulesOf } from '../../../src/core/index.js';
import type { ChoiceData, FlowChoice, FlowResult, KnownChoiceName, OAuthScope } from '../../../src/core/index.js';
import { FLOW_ID, rawFlowResult } from '../../fixtures/index.js';

/** The result of `start-email` with these choices and result fields. */
function resultWith(choices: unknown, fields: Record<string, unknown> = {}): FlowResult {
  const outcome = parseFlowResult({ ...rawFlowResult('start-email'), flow_choices: choices, ...fields });
  if (!outcome.ok) {
    throw new Error(outcome.issues.join('; '));
  }
  return outcome.value;
}

/** The data of the only choice sent, which must have been kept. */
function dataOf<C extends KnownChoiceName>(choice: C, data: unknown): ChoiceData<C> {
  const result = resultWith([{ choice, data }]);
  expect(result.unknownChoices).toEqual([]);
  const entry = result.choices[0] as Extract<FlowChoice, { choice: C }> | undefined;
  expect(entry?.choice).toBe(choice);
  return entry?.data as ChoiceData<C>;
}

const GOOGLE = {
  enrollment: true,
  social_provider: 'google',
  state: 'pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks',
  redirect_uri: 'https://authn.example/flow/oauth/google?state=pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks',
};

describe('parseFlowResult: null is absent', () => {
  it('reads null flow_choices and flow_type as empty lists', () => {
    const result = resultWith(null, { flow_type: null });
    expect(result).toMatchObject({ flowId: FLOW_ID, phase: 'phase_primary', flowType: [], choices: [], unknownChoices: [] });
  });

  it('reads null optional result fields as absent', () => {
    const result = resultWith([{ choice: 'set_email', data: null }], {
      email: null,
      username: null,
      phone: null,
      disclaimer: null,
      username_format: null,
      remember_user: null,
      conditional_mfa: null,
    });
    expect(result).toMatchObject({ email: undefined, username: undefined, phone: undefined, disclaimer: undefined });
    expect(result.usernameFormat).toBe('email');
    expect(result.choices).toEqual([{ choice: 'set_email', data: {} }]);
  });

  it('reads a null required_for as absent, which is not the same as an empty list', () => {
    expect(dataOf('set_email', { required_for: null }).required_for).toBeUndefined();
    expect(dataOf('set_email', { required_for: [] }).required_for).toEqual([]);
  });

  it.each([null, '0001-01-01T00:00:00Z'])('reads a resend_time of %j as no resend time', (resendTime) => {
    expect(dataOf('email_otp', { sent: true, enrollment: false, resend_time: resendTime }).resend_time).toBeUndefined();
    expect(dataOf('sms_otp', { sent: true, enrollment: false, resend_time: resendTime }).resend_time).toBeUndefined();
    expect(dataOf('magiclink', { sent: true, state: 'pcb_x', resend_time: resendTime }).resend_time).toBeUndefined();
  });

  it('keeps a real resend_time', () => {
    expect(dataOf('email_otp', { sent: true, resend_time: '2025-06-02T09:31:00Z' }).resend_time).toBe('2025-06-02T09:31:00Z');
  });

  it('drops flow_choices entries without a choice name', () => {
    const result = resultWith([null, 42, { data: {} }, { choice: null }, { choice: 'set_email', data: {} }]);
    expect(result.choices.map((entry) => entry.choice)).toEqual(['set_email']);
    expect(result.unknownChoices).toEqual([]);
  });
});

describe('parseFlowResult: strings for booleans and numbers', () => {
  it('reads "true" and "false" as booleans', () => {
    expect(dataOf('email_otp', { sent: 'true', enrollment: 'false', need_email: 'false' })).toMatchObject({
      sent: true,
      enrollment: false,
      need_email: false,
    });
    expect(dataOf('password', { enrollment: 'true' }).enrollment).toBe(true);
  });

  it('reads numeric strings as numbers in a password policy', () => {
    const policy = dataOf('password', { enrollment: true, password_policy: { chars_min: '12', number_min: '2' } }).password_policy;
    expect(policy).toMatchObject({ chars_min: 12, number_min: 2 });
  });

  it('reads null policy limits as absent, so the defaults apply', () => {
    const policy = dataOf('set_password', {
      enrollment: true,
      password_policy: { chars_min: null, chars_max: null, lower_min: 2, upper_min: null, punct_min: null, number_min: null },
    }).password_policy;
    const rules = Object.fromEntries(passwordRulesOf(policy).map((rule) => [rule.id, [rule.min, rule.max]]));
    expect(rules).toEqual({ length: [8, undefined], lower: [2, undefined], upper: [1, undefined], number: [1, undefined], punct: [1, undefined] });
  });

  it('reads a null password_policy as none', () => {
    expect(dataOf('password', { enrollment: true, password_policy: null }).password_policy).toBeUndefined();
  });
});

describe('parseFlowResult: oauth_consent scopes', () => {
  const OBJECTS = [
    { name: 'openid', display_name: 'Your identity', description: 'Who you are' },
    { name: 'email', display_name: 'Your email address' },
  ];

  it.each<[string, unknown, OAuthScope[]]>([
    ['objects', { scopes: OBJECTS }, OBJECTS],
    ['a space-separated string (OAS authn-oauth-scope)', { scopes: 'openid  email\tprofile' }, [{ name: 'openid' }, { name: 'email' }, { name: 'profile' }]],
    ['a list of scope strings', { scopes: ['openid profile', 'email'] }, [{ name: 'openid' }, { name: 'profile' }, { name: 'email' }]],
    ['strings and objects mixed', { scopes: ['openid', { name: 'email', description: 'Your address' }] }, [{ name: 'openid' }, { name: 'email', description: 'Your address' }]],
    [
      'one authn-oauth-custom-scope object as the data (the OAS slip)',
      { name: 'custom:scope1', description: 'testing custom scope name', display_name: 'Scope one', is_system: false },
      [{ name: 'custom:scope1', description: 'testing custom scope name', display_name: 'Scope one' }],
    ],
    ['one scope object as scopes', { scopes: { name: 'openid' } }, [{ name: 'openid' }]],
    ['absent', {}, []],
    ['null', { scopes: null }, []],
    ['an empty string', { scopes: '' }, []],
  ])('reads scopes given as %s', (_label, data, expected) => {
    const scopes = dataOf('oauth_consent', data).scopes;
    expect(scopes).toEqual(expected.map((scope) => expect.objectContaining(scope)));
    expect(scopes.map((scope) => scope.name)).toEqual(expected.map((scope) => scope.name));
  });

  it('shows a scope named twice once, and drops entries without a name', () => {
    const scopes = dataOf('oauth_consent', { scopes: ['openid email', { name: 'openid' }, { display_name: 'Nameless' }, null, 7] }).scopes;
    expect(scopes.map((scope) => scope.name)).toEqual(['openid', 'email']);
  });

  it('reads null display names and descriptions as absent', () => {
    expect(dataOf('oauth_consent', { scopes: [{ name: 'openid', display_name: null, description: null }] }).scopes).toEqual([
      { name: 'openid', display_name: undefined, description: undefined },
    ]);
  });
});

describe('parseFlowResult: profile fields', () => {
  it('keys a field without an id by its name, and drops a field with neither', () => {
    const fields = dataOf('profile', {
      fields: [
        { id: 'first_name', name: 'First name', type: 'string', show_on_signup: true },
        { name: 'nickname', type: 'string', show_on_signup: 'true', required: null },
        { label: 'Nameless', type: 'string' },
        null,
      ],
    }).fields;
    expect(fields.map((field) => field.id)).toEqual(['first_name', 'nickname']);
    expect(fields[1]).toMatchObject({ id: 'nickname', name: 'nickname', show_on_signup: true, required: undefined });
  });

  it.each([null, undefined, 'none'])('reads fields %j as none', (value) => {
    expect(dataOf('profile', value === undefined ? {} : { fields: value }).fields).toEqual([]);
  });
});

describe('parseFlowResult: agreements', () => {
  const EULA = { type: 'eula', id: 'peu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a', name: 'EULA_V1', text: 'Behave.', active: true };

  it('reads null times as absent', () => {
    const data = dataOf('agreements', {
      agreements: { eula: { ...EULA, created_at: null, updated_at: null, published_at: null } },
    });
    expect(data.agreements['eula']).toMatchObject({ id: EULA.id, created_at: undefined, updated_at: undefined, published_at: undefined });
  });

  it('reads agreements sent as a list, by id', () => {
    expect(Object.keys(dataOf('agreements', { agreements: [EULA] }).agreements)).toEqual([EULA.id]);
  });

  it('drops an agreement without an id (it could not be accepted)', () => {
    const data = dataOf('agreements', { agreements: { eula: EULA, privacy: { ...EULA, id: null, type: 'privacy_policy' } } });
    expect(Object.keys(data.agreements)).toEqual(['eula']);
  });
});

describe('parseFlowResult: passkey options', () => {
  it('marks a started ceremony without a publicKey, and keeps the choice', () => {
    const data = dataOf('passkey', { enrollment: false, started: true, authentication: { mediation: 'optional' } });
    expect(data.authentication).toBeUndefined();
    expect(data.ceremonyUnavailable).toBe(true);
  });

  it('marks a started registration without its options', () => {
    expect(dataOf('passkey', { enrollment: true, started: true, authentication: null, registration: null }).ceremonyUnavailable).toBe(true);
  });

  it('does not mark a ceremony not started yet (a restart fetches its options)', () => {
    const data = dataOf('passkey', { enrollment: false, started: false, authentication: {} });
    expect(data.authentication).toBeUndefined();
    expect(data.ceremonyUnavailable).toBeUndefined();
  });

  it('does not mark a started ceremony with its options', () => {
    const publicKey = { challenge: 'Y2hhbGxlbmdl', rpId: 'localhost' };
    const data = dataOf('passkey', { enrollment: 'false', started: 'true', authentication: { publicKey } });
    expect(data.authentication?.publicKey).toEqual(publicKey);
    expect(data.ceremonyUnavailable).toBeUndefined();
  });
});

describe('parseFlowResult: choices that cannot be used are set aside', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['without redirect_uri', { ...GOOGLE, redirect_uri: undefined }, 'no usable redirect_uri'],
    ['with a null redirect_uri', { ...GOOGLE, redirect_uri: null }, 'no usable redirect_uri'],
    ['without state', { ...GOOGLE, state: '' }, 'no usable state'],
    ['without social_provider', { ...GOOGLE, social_provider: null }, 'no usable social_provider'],
  ])('sets a social choice %s aside, keeping the other choices', (_label, data, reason) => {
    const github = { ...GOOGLE, social_provider: 'github' };
    const result = resultWith([
      { choice: 'set_email', data: {} },
      { choice: 'social', data },
      { choice: 'social', data: github },
    ]);
    expect(result.choices.map((entry) => entry.choice)).toEqual(['set_email', 'social']);
    expect(result.choices[1]?.data).toMatchObject({ social_provider: 'github' });
    expect(result.unknownChoices).toEqual([{ choice: 'social', data, unavailable: true, reason }]);
  });

  it('keeps an IdP-initiated SAML choice without state', () => {
    const data = dataOf('saml', { enrollment: true, provider_id: 'pss_acme', provider_name: 'Acme SSO', idp_init_flow: true, state: null });
    expect(data).toMatchObject({ provider_id: 'pss_acme', idp_init_flow: true, state: '' });
  });

  it('sets aside an SP-initiated SAML choice without state or redirect_uri: its return could not be matched', () => {
    const saml = { enrollment: true, provider_id: 'pss_acme', provider_name: 'Acme SSO', redirect_uri: 'https://idp.example/sso' };
    const result = resultWith([
      { choice: 'set_email', data: {} },
      { choice: 'saml', data: saml },
      { choice: 'saml', data: { ...saml, state: 'pcb_x', redirect_uri: null } },
    ]);
    expect(result.choices.map((entry) => entry.choice)).toEqual(['set_email']);
    expect(result.unknownChoices.map((entry) => [entry.choice, entry.reason])).toEqual([
      ['saml', 'no usable state'],
      ['saml', 'no usable redirect_uri'],
    ]);
  });

  it('sets aside a captcha without a site key and agreements without any agreement', () => {
    const result = resultWith([
      { choice: 'captcha', data: { site_key: null } },
      { choice: 'agreements', data: { agreements: null } },
    ]);
    expect(result.choices).toEqual([]);
    expect(result.unknownChoices).toEqual([
      { choice: 'captcha', data: { site_key: null }, unavailable: true, reason: 'no usable site_key' },
      { choice: 'agreements', data: { agreements: null }, unavailable: true, reason: 'no usable agreements' },
    ]);
  });

  it('never fails the answer for a choice it sets aside', () => {
    const outcome = parseFlowResult({ ...rawFlowResult('start-email'), flow_choices: [{ choice: 'social', data: 'garbage' }] });
    expect(outcome.ok).toBe(true);
  });

  it('keeps unknown choices apart from set-aside ones', () => {
    const result = resultWith([{ choice: 'carrier_pigeon', data: { coop: 3 } }, { choice: 'social', data: {} }]);
    expect(result.unknownChoices.map((entry) => [entry.choice, entry.unavailable])).toEqual([
      ['carrier_pigeon', undefined],
      ['social', true],
    ]);
  });

  it('reads a TOTP secret missing a part as none', () => {
    expect(dataOf('totp', { enrollment: true, totp_secret: { secret: 'JBSWY3DPEHPK3PXP', qr_image: null } }).totp_secret).toBeUndefined();
  });
});

describe('parseFlowResult: what makes an answer invalid', () => {
  it.each<[string, Record<string, unknown>]>([
    ['flow_id null', { flow_id: null }],
    ['flow_id empty', { flow_id: '' }],
    ['flow_id a number', { flow_id: 42 }],
    ['flow_phase null', { flow_phase: null }],
    ['flow_phase empty', { flow_phase: '' }],
  ])('rejects %s', (_label, fields) => {
    const outcome = parseFlowResult({ ...rawFlowResult('start-email'), ...fields });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.issues.join('\n')).toContain(Object.keys(fields)[0]);
  });

  it('accepts the loosest answer that has a flow id and a phase', () => {
    const outcome = parseFlowResult({ flow_id: FLOW_ID, flow_phase: 'phase_primary', flow_type: null, flow_choices: null });
    expect(outcome).toEqual({
      ok: true,
      value: expect.objectContaining({ flowId: FLOW_ID, phase: 'phase_primary', flowType: [], choices: [], unknownChoices: [] }),
    });
  });
});
