import { describe, expect, it } from 'vitest';
import {
  CALLBACK_MAX_AGE_MS,
  callbackRecordOf,
  parseCallback,
  resolveCallback,
  type CallbackRecord,
} from '../../../src/core/index.js';
import { FLOW_ID, RESET_STATE, flowResult } from '../../fixtures/index.js';

const NOW = Date.parse('2025-06-02T09:30:00Z');
const GOOGLE_STATE = 'pcb_googlegooglegooglegooglegoogle';
const SAML_STATE = 'pcb_samlsamlsamlsamlsamlsamlsamlsa';
const VERIFY_STATE = 'pcb_verifyverifyverifyverifyverify';
const CODE = 'poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk';

const RECORD: CallbackRecord = {
  flowId: FLOW_ID,
  savedAt: NOW,
  entries: [
    { state: GOOGLE_STATE, target: { choice: 'social', provider: 'google' } },
    { state: SAML_STATE, target: { choice: 'saml', providerId: 'pss_acme', providerName: 'Acme SSO' } },
    { state: VERIFY_STATE, target: { choice: 'verify_email' } },
  ],
};

const back = (state: string) => parseCallback(`http://localhost:3000/?state=${state}&code=${CODE}`);

describe('callbackRecordOf', () => {
  it('saves the state of each choice that can call back, and nothing else', () => {
    const flow = flowResult('start-email', {
      flow_choices: [
        { choice: 'set_email', data: {} },
        {
          choice: 'social',
          data: { enrollment: true, social_provider: 'google', state: GOOGLE_STATE, redirect_uri: 'https://a.example/' },
        },
        {
          choice: 'saml',
          data: { provider_id: 'pss_acme', provider_name: 'Acme SSO', state: SAML_STATE, redirect_uri: 'https://b.example/' },
        },
      ],
    });
    expect(callbackRecordOf(flow, NOW)).toEqual({ flowId: FLOW_ID, savedAt: NOW, entries: RECORD.entries.slice(0, 2) });
  });

  it('saves an emailed link choice by its state', () => {
    const record = callbackRecordOf(flowResult('signin-password'), NOW);
    expect(record?.entries).toEqual([{ state: RESET_STATE, target: { choice: 'reset_password' } }]);
  });

  it('has nothing to save for a flow without such choices, or a link choice without a state', () => {
    expect(callbackRecordOf(flowResult('signup-password'), NOW)).toBeNull();
    const flow = flowResult('start-email', { flow_choices: [{ choice: 'magiclink', data: { sent: false } }] });
    expect(callbackRecordOf(flow, NOW)).toBeNull();
  });
});

describe('resolveCallback', () => {
  it('resumes a social return with the provider and the whole callback URL', () => {
    const callback = back(GOOGLE_STATE);
    expect(resolveCallback(callback, RECORD, NOW)).toEqual({
      kind: 'resume',
      resume: {
        flowId: FLOW_ID,
        choice: 'social',
        data: { social_provider: 'google', uri: `http://localhost:3000/?state=${GOOGLE_STATE}&code=${CODE}` },
      },
    });
  });

  it('resumes a SAML return with the provider id and name', () => {
    expect(resolveCallback(back(SAML_STATE), RECORD, NOW)).toMatchObject({
      kind: 'resume',
      resume: { choice: 'saml', data: { provider_id: 'pss_acme', provider_name: 'Acme SSO', uri: expect.any(String) } },
    });
  });

  it('resumes an emailed link with its state and code', () => {
    expect(resolveCallback(back(VERIFY_STATE), RECORD, NOW)).toEqual({
      kind: 'resume',
      resume: { flowId: FLOW_ID, choice: 'verify_email', data: { state: VERIFY_STATE, code: CODE } },
    });
  });

  it('refuses a state the record does not hold', () => {
    expect(resolveCallback(back('pcb_someoneelsesstatesomeoneelses'), RECORD, NOW)).toEqual({
      kind: 'refused',
      reason: 'unknown-state',
    });
  });

  it('refuses a return with no record, or an old one, as opened elsewhere', () => {
    expect(resolveCallback(back(GOOGLE_STATE), null, NOW)).toEqual({ kind: 'refused', reason: 'no-saved-flow' });
    expect(resolveCallback(back(GOOGLE_STATE), RECORD, NOW + CALLBACK_MAX_AGE_MS + 1)).toEqual({
      kind: 'refused',
      reason: 'no-saved-flow',
    });
  });

  it('refuses a malformed return and ignores a page without one', () => {
    expect(resolveCallback(parseCallback('http://localhost:3000/?state=x'), RECORD, NOW)).toEqual({
      kind: 'refused',
      reason: 'malformed',
    });
    expect(resolveCallback(parseCallback('http://localhost:3000/'), RECORD, NOW)).toEqual({ kind: 'none' });
  });
});
