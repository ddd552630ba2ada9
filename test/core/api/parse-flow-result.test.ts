import { describe, expect, it } from 'vitest';
import { parseFlowResult } from '../../../src/core/index.js';
import type { FlowResult } from '../../../src/core/index.js';
import { EMAIL, FLOW_FIXTURE_NAMES, FLOW_ID, rawFlowResult } from '../../fixtures/index.js';

function parsed(raw: unknown): FlowResult {
  const outcome = parseFlowResult(raw);
  if (!outcome.ok) {
    throw new Error(outcome.issues.join('; '));
  }
  return outcome.value;
}

function issuesOf(raw: unknown): string[] {
  const outcome = parseFlowResult(raw);
  expect(outcome.ok).toBe(false);
  return outcome.ok ? [] : outcome.issues;
}

describe('parseFlowResult', () => {
  it.each(FLOW_FIXTURE_NAMES)('accepts the %s fixture', (name) => {
    expect(parseFlowResult(rawFlowResult(name)).ok).toBe(true);
  });

  it('maps the wire names to the kit names', () => {
    const raw = { ...rawFlowResult('signin-password'), disclaimer: 'By signing in you accept the terms.' };
    const result = parsed(raw);
    expect(result).toMatchObject({
      flowId: FLOW_ID,
      flowType: ['signin'],
      phase: 'phase_primary',
      email: EMAIL,
      usernameFormat: 'email',
      disclaimer: 'By signing in you accept the terms.',
      unknownChoices: [],
    });
    expect(result.choices.map((entry) => entry.choice)).toEqual(['password', 'reset_password']);
    // Go's zero time means no code was sent yet (research §5): no resend time.
    expect(result.choices[1]?.data).toMatchObject({ sent: false, resend_time: undefined });
  });

  it('keeps unknown choices aside instead of failing', () => {
    const result = parsed(rawFlowResult('unknown-choice'));
    expect(result.choices.map((entry) => entry.choice)).toEqual(['password']);
    expect(result.unknownChoices).toEqual([{ choice: 'future_thing', data: { novel: true, level: 3 } }]);
  });

  it('keeps an unknown choice that has no data', () => {
    const raw = { ...rawFlowResult('completed'), flow_choices: [{ choice: 'future_thing' }] };
    expect(parsed(raw).unknownChoices).toEqual([{ choice: 'future_thing', data: undefined }]);
  });

  it('keeps repeated choices in order (one social entry per provider)', () => {
    const raw = rawFlowResult('start-email');
    const google = (raw.flow_choices as unknown[])[1] as { data: Record<string, unknown> };
    const github = { choice: 'social', data: { ...google.data, social_provider: 'github' } };
    raw.flow_choices = [...(raw.flow_choices as unknown[]), github];
    const socials = parsed(raw).choices.filter((entry) => entry.choice === 'social');
    expect(socials.map((entry) => (entry.data as { social_provider: string }).social_provider)).toEqual([
      'google',
      'github',
    ]);
  });

  it('reads a known choice sent without data as empty data', () => {
    const raw = { ...rawFlowResult('start-email'), flow_choices: [{ choice: 'set_email' }] };
    expect(parsed(raw).choices).toEqual([{ choice: 'set_email', data: {} }]);
  });

  it('keeps fields a newer server adds to a known choice', () => {
    const raw = {
      ...rawFlowResult('start-email'),
      flow_choices: [{ choice: 'set_email', data: { required_for: ['password'], hint: 'work email' } }],
    };
    expect(parsed(raw).choices[0]?.data).toEqual({ required_for: ['password'], hint: 'work email' });
  });

  it('drops flow types it does not know', () => {
    const raw = { ...rawFlowResult('start-email'), flow_type: ['signup', 'invite_only', 'signin'] };
    expect(parsed(raw).flowType).toEqual(['signup', 'signin']);
  });

  it('passes an unknown phase through', () => {
    const raw = { ...rawFlowResult('signin-password'), flow_phase: 'phase_future' };
    expect(parsed(raw).phase).toBe('phase_future');
  });

  it.each([
    ['absent', undefined, 'email'],
    ['empty', '', 'email'],
    ['email', 'email', 'email'],
    ['string', 'string', 'string'],
    ['phone', 'phone', 'phone'],
    ['unknown', 'fingerprint', 'email'],
  ])('reads username_format %s as %s', (_label, format, expected) => {
    const raw = rawFlowResult('start-email');
    delete raw.username_format;
    if (format !== undefined) {
      raw.username_format = format;
    }
    expect(parsed(raw).usernameFormat).toBe(expected);
  });

  it('accepts the older password_* policy names', () => {
    const raw = rawFlowResult('signup-password');
    raw.flow_choices = [
      {
        choice: 'password',
        data: {
          enrollment: true,
          password_policy: {
            password_chars_min: 12,
            password_chars_max: 64,
            password_lower_min: 1,
            password_upper_min: 1,
            password_punct_min: 0,
            password_number_min: 2,
          },
        },
      },
    ];
    const data = parsed(raw).choices[0]?.data as { password_policy: Record<string, number> };
    expect(data.password_policy).toMatchObject({ password_chars_min: 12, password_number_min: 2 });
  });

  it('accepts the newer policy names', () => {
    const data = parsed(rawFlowResult('signup-password')).choices[0]?.data as {
      enrollment: boolean;
      password_policy: Record<string, number>;
    };
    expect(data.enrollment).toBe(true);
    expect(data.password_policy).toMatchObject({ chars_min: 8, chars_max: 64, punct_min: 1 });
  });

  it('reads malformed fields of a known choice as absent, keeping the choice', () => {
    const raw = {
      ...rawFlowResult('signin-password'),
      flow_choices: [
        { choice: 'password', data: { enrollment: 'yes' } },
        { choice: 'reset_password', data: { sent: 'no' } },
      ],
    };
    const result = parsed(raw);
    expect(result.choices).toEqual([
      { choice: 'password', data: { enrollment: undefined } },
      { choice: 'reset_password', data: { sent: undefined } },
    ]);
    expect(result.unknownChoices).toEqual([]);
  });

  it.each(['flow_id', 'flow_phase'])('rejects a result without %s', (key) => {
    const raw = rawFlowResult('signin-password');
    delete raw[key];
    expect(issuesOf(raw).join('\n')).toContain(key);
  });

  it.each(['flow_type', 'flow_choices'])('reads a result without %s as one with none', (key) => {
    const raw = rawFlowResult('signin-password');
    delete raw[key];
    const result = parsed(raw);
    expect(result.flowId).toBe(FLOW_ID);
    expect(key === 'flow_type' ? result.flowType : result.choices).toEqual([]);
  });

  it.each([null, 'Flow started', [], 42])('rejects %j', (raw) => {
    expect(parseFlowResult(raw).ok).toBe(false);
  });
});
