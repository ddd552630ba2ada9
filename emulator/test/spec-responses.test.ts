import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, type ApiFailureStatus, type EmulatorResponse } from '../src/index.js';
import { GOOD_PASSWORD, manualClock, testEmulator, TOKEN } from './helpers.js';
import { recordAllPresets } from './recording/record.js';
import { FLOW_PHASES } from './spec-schemas-flow.js';
import { EnvelopeSchema, specIssues, SUCCESS_RESULTS } from './spec-schemas.js';

/** One answer of the emulator, with what it answered. */
interface Sent {
  label: string;
  path: string;
  response: EmulatorResponse;
}

/** Every preset's recorded journeys (the fixtures' walks, unscrubbed). */
async function journeyResponses(): Promise<Sent[]> {
  const sent: Sent[] = [];
  for (const [preset, exchanges] of await recordAllPresets()) {
    exchanges.forEach((exchange, index) => {
      const { status, headers, body } = exchange.response;
      sent.push({
        label: `${preset} #${index + 1} ${exchange.request.path}`,
        path: exchange.request.path,
        response: { status, headers, body: JSON.stringify(body) },
      });
    });
  }
  return sent;
}

/** A tour of the failures the journeys do not reach, one request per documented status. */
async function failureResponses(): Promise<Sent[]> {
  const clock = manualClock();
  const emulator = testEmulator({ now: clock.now, config: { primaries: ['password', 'email_otp'], flowLifetimeSeconds: 600 } });
  const sent: Sent[] = [];
  const send = async (label: string, path: string, body: unknown, init: { method?: string; token?: string | null } = {}) => {
    const token = init.token === undefined ? TOKEN : init.token;
    const response = await emulator.handle({
      method: init.method ?? 'POST',
      path,
      headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    sent.push({ label, path, response });
    return JSON.parse(response.body) as { result: Record<string, unknown> | null };
  };
  const update = (label: string, flowId: unknown, choice: string, data: unknown = {}) =>
    send(label, '/v2/flow/update', { flow_id: flowId, choice, data });

  await send('no token', '/v2/flow/start', {}, { token: null });
  await send('wrong token', '/v2/flow/start', {}, { token: 'pcl_wrong' });
  await send('unknown path', '/v2/flow/get', {});
  await send('wrong method', '/v2/flow/start', '', { method: 'GET' });
  await send('oversized body', '/v2/flow/start', JSON.stringify({ cb_uri: `http://localhost/${'x'.repeat(MAX_BODY_BYTES)}` }));
  await send('not JSON', '/v2/flow/start', '{"email":');
  await send('unknown property', '/v2/flow/start', { colour: 'blue' });
  await update('unknown flow', 'pfl_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '');

  const flow = (await send('start', '/v2/flow/start', { email: 'spec@example.com' })).result;
  await update('the SDK typo set_mail', flow?.['flow_id'], 'set_mail', { email: 'spec@example.com' });
  await update('out of phase', flow?.['flow_id'], 'totp', { code: '123456' });
  await send('restart email_otp', '/v2/flow/restart', { flow_id: flow?.['flow_id'], choice: 'email_otp', data: {} });
  await send('resend too soon', '/v2/flow/restart', { flow_id: flow?.['flow_id'], choice: 'email_otp', data: {} });
  const firstCode = emulator.outbox().at(-1)?.code;
  clock.advance(30);
  await send('resend', '/v2/flow/restart', { flow_id: flow?.['flow_id'], choice: 'email_otp', data: {} });
  await update('a code retired by the resend', flow?.['flow_id'], 'email_otp', { code: firstCode });
  await update('the good code', flow?.['flow_id'], 'email_otp', { code: emulator.outbox().at(-1)?.code });
  const tokens = (await send('complete', '/v2/flow/complete', { flow_id: flow?.['flow_id'] })).result as { active_token: { token: string } };
  await update('a completed flow', flow?.['flow_id'], '');
  const own = { token: tokens.active_token.token };
  await send('list sessions', '/v2/client/session/list', { ...own, size: 1 });
  await send('invalidate an unknown session', '/v2/client/session/invalidate', { ...own, session_id: 'pmt_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' });
  await emulator.handle({
    method: 'POST',
    path: '/__emulator/users',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'spec@example.com', password: GOOD_PASSWORD }),
  });
  const minted = await emulator.handle({
    method: 'POST',
    path: '/__emulator/login-code',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'spec@example.com' }),
  });
  const code = (JSON.parse(minted.body) as { code: string }).code;
  const second = (await send('a second session', '/v2/client/userinfo', { code })).result as { active_token: { token: string; id: string } };
  await send('invalidate a session', '/v2/client/session/invalidate', { token: second.active_token.token, session_id: second.active_token.id });
  await send('change password, wrong old one', '/v2/client/password/change', { ...own, old_password: 'wrong', new_password: 'My2n+Password' });
  await send('change password', '/v2/client/password/change', { ...own, old_password: GOOD_PASSWORD, new_password: 'My2n+Password' });

  const stale = (await send('start again', '/v2/flow/start', {})).result;
  clock.advance(600);
  await update('expired flow', stale?.['flow_id'], '');
  clock.advance(172_800);
  await send('expired token', '/v2/client/token/check', { token: tokens.active_token.token });

  await emulator.handle({
    method: 'POST',
    path: '/__emulator/users',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'off@example.com', password: GOOD_PASSWORD, disabled: true }),
  });
  await send('disabled user', '/v2/flow/start', { email: 'off@example.com' });
  return sent;
}

describe('every answer of the emulator against the response schemas of the spec', () => {
  let sent: (Sent & { envelope: v.InferOutput<typeof EnvelopeSchema> })[];

  beforeAll(async () => {
    const all = [...(await journeyResponses()), ...(await failureResponses())];
    sent = all.map((s) => ({ ...s, envelope: v.parse(EnvelopeSchema, JSON.parse(s.response.body)) }));
  }, 30_000);

  it('is the §1 envelope around the result its endpoint and status call for (§2, §4, §6, §7, §8)', () => {
    for (const { label, path, response } of sent) {
      expect(specIssues(path, response.status, JSON.parse(response.body)), label).toEqual([]);
      expect(response.headers['content-type'], label).toMatch(/^application\/json/);
    }
  });

  it('repeats the request id in x-request-id, and gives Retry-After with TooManyRequests', () => {
    for (const { label, response, envelope } of sent) {
      expect(response.headers['x-request-id'], label).toBe(envelope.request_id);
      if (envelope.status === 'TooManyRequests') {
        expect(response.headers['retry-after'], label).toMatch(/^[1-9]\d*$/);
      }
    }
  });

  it('covers every endpoint, every phase a response can show, and every documented failure status', () => {
    const successes = sent.filter((s) => s.envelope.status === 'Success');
    expect(new Set(successes.map((s) => s.path))).toEqual(new Set(Object.keys(SUCCESS_RESULTS)));
    const phases = successes.map((s) => (s.envelope.result as { flow_phase?: string }).flow_phase);
    // phase_create_user is internal and never answered (spec §10.2).
    expect(FLOW_PHASES.filter((phase) => phase !== 'phase_create_user' && !phases.includes(phase))).toEqual([]);
    const documented: ApiFailureStatus[] = [
      'ValidationError',
      'AuthenticationFailure',
      'MfaCodeExpired',
      'CodeAlreadyUsed',
      'DisabledUser',
      'TooManyRequests',
      'Unauthorized',
      'NotFound',
      'FlowExpired',
      'InvalidToken',
      'ExpiredToken',
      'PayloadTooLarge',
      'MethodNotAllowed',
    ];
    const failures = sent.filter((s) => s.envelope.status !== 'Success');
    expect(new Set(failures.map((f) => f.envelope.status))).toEqual(new Set(documented));
  });
});
