import { describe, expect, it } from 'vitest';
import {
  ERROR_FIXTURE_NAMES,
  FLOW_FIXTURE_NAMES,
  FLOW_ID,
  OTHER_FLOW_ID,
  PASSWORD,
  errorFixture,
  flowResult,
  rawCompleteResult,
  rawFlowResult,
} from '../fixtures/index.js';
import { checkPassword } from '../../src/core/index.js';

/** research/authn-flow-api.md §3. */
const FORMATS = {
  flow: /^pfl_[a-z2-7]{32}$/,
  callbackState: /^[a-zA-Z0-9_\-+/=.]{8,999}$/,
  request: /^prq_[a-z2-7]{32}$/,
  refreshToken: /^ptr_[a-z2-7]{32}$/,
  userToken: /^ptu_[a-z2-7]{32}$/,
  tokenId: /^pmt_[a-z2-7]{32}$/,
  identity: /^pui_[a-z2-7]{32}$/,
  email: /^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$/,
};

/** Every value under `key` anywhere in `value`. */
function valuesOf(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => valuesOf(item, key));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [...(k === key ? [v] : []), ...valuesOf(v, key)]);
  }
  return [];
}

describe('fixtures', () => {
  it('use the ID formats of the API', () => {
    expect([FLOW_ID, OTHER_FLOW_ID]).toEqual([expect.stringMatching(FORMATS.flow), expect.stringMatching(FORMATS.flow)]);
    for (const name of FLOW_FIXTURE_NAMES) {
      const raw = rawFlowResult(name);
      expect(raw.flow_id, name).toBe(FLOW_ID);
      for (const state of valuesOf(raw, 'state')) {
        expect(state, name).toMatch(FORMATS.callbackState);
        expect(state, name).toMatch(/^pcb_[a-z2-7]{32}$/);
      }
      for (const email of valuesOf(raw, 'email')) {
        expect(email, name).toMatch(FORMATS.email);
      }
    }
    for (const name of ERROR_FIXTURE_NAMES) {
      expect(errorFixture(name).envelope.request_id, name).toMatch(FORMATS.request);
    }
    const tokens = rawCompleteResult() as Record<string, Record<string, string>>;
    expect(tokens.refresh_token).toMatchObject({
      token: expect.stringMatching(FORMATS.refreshToken),
      id: expect.stringMatching(FORMATS.tokenId),
      identity: expect.stringMatching(FORMATS.identity),
      type: 'session',
    });
    expect(tokens.active_token).toMatchObject({
      token: expect.stringMatching(FORMATS.userToken),
      id: expect.stringMatching(FORMATS.tokenId),
      identity: expect.stringMatching(FORMATS.identity),
      type: 'user',
    });
  });

  it('hand out fresh copies, so a test cannot spoil another', () => {
    const raw = rawFlowResult('signin-password');
    raw.flow_id = OTHER_FLOW_ID;
    expect(rawFlowResult('signin-password').flow_id).toBe(FLOW_ID);
  });

  it('apply overrides before parsing', () => {
    expect(flowResult('completed', { flow_id: OTHER_FLOW_ID }).flowId).toBe(OTHER_FLOW_ID);
  });

  it('refuse to hand out a result that does not parse', () => {
    // Only a result without a usable flow id or phase fails to parse (issue 11: the tolerant reader).
    expect(() => flowResult('signin-password', { flow_phase: null })).toThrow(/signin-password/);
  });

  it('use a password that meets their own policy', () => {
    const choice = flowResult('signup-password').choices[0];
    const policy = choice?.choice === 'password' ? choice.data.password_policy : undefined;
    expect(checkPassword(policy, PASSWORD).every((rule) => rule.met)).toBe(true);
  });
});
