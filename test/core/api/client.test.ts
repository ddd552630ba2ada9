import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthNError } from '../../../src/core/index.js';
import {
  CLIENT_TOKEN,
  EMAIL,
  ERROR_FIXTURE_NAMES,
  FLOW_ID,
  PASSWORD,
  RESET_STATE,
  apiError,
  errorFixture,
  flowResult,
  rawCompleteResult,
  rawFlowResult,
  successEnvelope,
} from '../../fixtures/index.js';
import { clientWith, detailOf, failureOf, hangingUntilAborted, json, type Answer } from './fake-fetch.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createAuthNClient: where calls go', () => {
  it.each([
    ['aws.us.pangea.cloud', 'https://authn.aws.us.pangea.cloud/v2/flow/start'],
    ['aws.eu.pangea.cloud', 'https://authn.aws.eu.pangea.cloud/v2/flow/start'],
    ['localhost:4000', 'http://authn.localhost:4000/v2/flow/start'],
    ['localhost', 'http://authn.localhost/v2/flow/start'],
    ['notlocalhost.example', 'https://authn.notlocalhost.example/v2/flow/start'],
  ])('domain %s → %s', async (domain, url) => {
    const { client, calls } = clientWith(undefined, { domain });
    await client.flow.start();
    expect(calls.map((call) => call.url)).toEqual([url]);
  });

  it.each([
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000/v2/flow/start'],
    ['http://127.0.0.1:4000/', 'http://127.0.0.1:4000/v2/flow/start'],
    ['https://login.example.com/authn', 'https://login.example.com/authn/v2/flow/start'],
    ['/authn/', '/authn/v2/flow/start'],
    ['/authn', '/authn/v2/flow/start'],
  ])('baseUrl %s → %s', async (baseUrl, url) => {
    const { client, calls } = clientWith(undefined, { baseUrl });
    await client.flow.start();
    expect(calls[0]?.url).toBe(url);
  });

  it('exposes the base URL it resolved, ending with a slash', () => {
    expect(clientWith(undefined, { domain: 'aws.us.pangea.cloud' }).client.baseUrl).toBe('https://authn.aws.us.pangea.cloud/');
    expect(clientWith(undefined, { baseUrl: '/authn' }).client.baseUrl).toBe('/authn/');
  });

  it('posts each operation to its endpoint', async () => {
    const { client, calls } = clientWith((call) =>
      call.url.endsWith('flow/complete')
        ? json(successEnvelope(rawCompleteResult()))
        : call.url.endsWith('client/token/check')
          ? json(successEnvelope(rawCompleteResult().active_token))
          : json(successEnvelope(rawFlowResult('signin-password'))),
    );
    await client.flow.start();
    await client.flow.update(FLOW_ID, 'password', { password: PASSWORD });
    await client.flow.getState(FLOW_ID);
    await client.flow.restart(FLOW_ID, 'reset_password', {});
    await client.flow.complete(FLOW_ID);
    await client.token.check('ptu_5x2ciyazd3ppur3llbrb5ehzgnx5kmpc');
    expect(calls.map((call) => [call.method, call.url.replace('http://localhost:4000/', '')])).toEqual([
      ['POST', 'v2/flow/start'],
      ['POST', 'v2/flow/update'],
      ['POST', 'v2/flow/update'],
      ['POST', 'v2/flow/restart'],
      ['POST', 'v2/flow/complete'],
      ['POST', 'v2/client/token/check'],
    ]);
  });
});

describe('createAuthNClient: what calls send', () => {
  it('sends the client token as a bearer token, and JSON', async () => {
    const { client, calls } = clientWith();
    await client.flow.start();
    expect(calls[0]?.headers.get('authorization')).toBe(`Bearer ${CLIENT_TOKEN}`);
    expect(calls[0]?.headers.get('content-type')).toBe('application/json');
  });

  it('sends start options in snake_case', async () => {
    const { client, calls } = clientWith();
    await client.flow.start({
      email: EMAIL,
      cbUri: 'http://localhost:3000/callback',
      flowTypes: ['signup', 'signin'],
      invitation: 'pmi_t4lq5z6kxahg2llhnpcs2hkjstlakxb7',
    });
    expect(calls[0]?.body).toEqual({
      email: EMAIL,
      cb_uri: 'http://localhost:3000/callback',
      flow_types: ['signup', 'signin'],
      invitation: 'pmi_t4lq5z6kxahg2llhnpcs2hkjstlakxb7',
    });
  });

  it('sends the ticket an IdP-initiated SAML sign-in lands with', async () => {
    const { client, calls } = clientWith();
    await client.flow.start({ cbUri: 'http://localhost:3000/callback', samlIdpInitiatedTicket: 'pst_idpticket42' });
    expect(calls[0]?.body).toEqual({ cb_uri: 'http://localhost:3000/callback', saml_idp_initiated_ticket: 'pst_idpticket42' });
  });

  it('omits start options that are not given', async () => {
    const { client, calls } = clientWith();
    await client.flow.start();
    await client.flow.start({ username: 'joe' });
    expect(calls.map((call) => call.body)).toEqual([{}, { username: 'joe' }]);
  });

  it('sends update and restart as flow_id, choice and data', async () => {
    const { client, calls } = clientWith(() => json(successEnvelope(rawFlowResult('reset-sent'))));
    await client.flow.update(FLOW_ID, 'set_email', { email: EMAIL });
    await client.flow.restart(FLOW_ID, 'reset_password', {});
    await client.flow.update(FLOW_ID, 'reset_password', { state: RESET_STATE, code: 'poc_e7eomorqjzfzp5ra2y5m' });
    expect(calls.map((call) => call.body)).toEqual([
      { flow_id: FLOW_ID, choice: 'set_email', data: { email: EMAIL } },
      { flow_id: FLOW_ID, choice: 'reset_password', data: {} },
      { flow_id: FLOW_ID, choice: 'reset_password', data: { state: RESET_STATE, code: 'poc_e7eomorqjzfzp5ra2y5m' } },
    ]);
  });

  it('asks for the current state with choice "" and empty data', async () => {
    const { client, calls } = clientWith();
    await client.flow.getState(FLOW_ID);
    expect(calls[0]?.url).toMatch(/\/v2\/flow\/update$/);
    expect(calls[0]?.body).toEqual({ flow_id: FLOW_ID, choice: '', data: {} });
  });

  it('sends device_id to flow/complete only when given', async () => {
    const { client, calls } = clientWith(() => json(successEnvelope(rawCompleteResult(), 'Flow completed')));
    await client.flow.complete(FLOW_ID);
    await client.flow.complete(FLOW_ID, { deviceId: 'c0a8e1d2-device' });
    expect(calls.map((call) => call.body)).toEqual([
      { flow_id: FLOW_ID },
      { flow_id: FLOW_ID, device_id: 'c0a8e1d2-device' },
    ]);
  });
});

describe('createAuthNClient: what calls return', () => {
  it('returns the parsed flow result', async () => {
    const { client } = clientWith(() => json(successEnvelope(rawFlowResult('signin-password'))));
    await expect(client.flow.update(FLOW_ID, 'set_email', { email: EMAIL })).resolves.toEqual(
      flowResult('signin-password'),
    );
  });

  it('returns the tokens of flow/complete', async () => {
    const { client } = clientWith(() => json(successEnvelope(rawCompleteResult(), 'Flow completed')));
    const result = await client.flow.complete(FLOW_ID);
    expect(result.refresh_token.token).toBe('ptr_5gvszpbfspk73jcwygtloudkkakse4ke');
    expect(result.active_token?.token).toBe('ptu_5x2ciyazd3ppur3llbrb5ehzgnx5kmpc');
    expect(result.active_token?.identity).toBe('pui_nkjsmsp6mfud6vgt5jhqcx3dnecf35ex');
  });

  it('judges success by the envelope status, not the HTTP code', async () => {
    const { client } = clientWith(() =>
      json({ status: 'ValidationError', summary: 'bad request', result: { errors: [] } }, 200),
    );
    const error = await failureOf(client.flow.start());
    expect(detailOf(error, 'api')).toMatchObject({ status: 'ValidationError', httpStatus: 200 });
  });
});

describe('createAuthNClient: api failures', () => {
  it.each(ERROR_FIXTURE_NAMES)('%s becomes an api error with the envelope details', async (name) => {
    const { envelope, httpStatus, headers } = errorFixture(name);
    const { client } = clientWith(() => json(envelope, httpStatus, headers));
    const error = await failureOf(client.flow.update(FLOW_ID, 'password', { password: PASSWORD }));
    expect(error).toBeInstanceOf(AuthNError);
    expect(error.status).toBe(envelope.status);
    expect(detailOf(error, 'api')).toMatchObject({
      status: envelope.status,
      httpStatus,
      summary: envelope.summary,
      requestId: envelope.request_id,
    });
    // The fixture helper builds the same error the client throws, so machine tests are faithful.
    expect(error.detail).toEqual(apiError(name).detail);
  });

  it('lists the field errors of a ValidationError', async () => {
    const { envelope } = errorFixture('validation-password');
    const { client } = clientWith(() => json(envelope, 400));
    const detail = detailOf(await failureOf(client.flow.update(FLOW_ID, 'password', { password: 'short' })), 'api');
    expect(detail.fieldErrors).toEqual([
      {
        code: 'BelowMinLength',
        detail: 'password is shorter than the minimum of 8 characters',
        source: '/data/password',
      },
    ]);
  });

  it('has no field errors for other statuses, even if the result looks alike', async () => {
    const { client } = clientWith(() =>
      json(
        {
          status: 'AuthenticationFailure',
          summary: 'Authentication failed',
          result: { errors: [{ code: 'X', detail: 'x', source: '/data/password' }] },
        },
        400,
      ),
    );
    const detail = detailOf(await failureOf(client.flow.start()), 'api');
    expect(detail.fieldErrors).toEqual([]);
  });

  it('keeps the result of statuses that carry details', async () => {
    const { client } = clientWith(() =>
      json({ status: 'InvalidAuthMethod', summary: 'Wrong method', result: { correct_provider: 'google' } }, 400),
    );
    const detail = detailOf(await failureOf(client.flow.update(FLOW_ID, '', {})), 'api');
    expect(detail.result).toEqual({ correct_provider: 'google' });
  });

  it('tolerates an error envelope without summary or request id', async () => {
    const { client } = clientWith(() => json({ status: 'InternalError' }, 500), undefined, { retry: false });
    const detail = detailOf(await failureOf(client.flow.start()), 'api');
    expect(detail).toMatchObject({ status: 'InternalError', httpStatus: 500, summary: '', requestId: undefined });
  });

  it('reads Retry-After given in seconds', async () => {
    const { envelope } = errorFixture('too-many-requests');
    const { client } = clientWith(() => json(envelope, 429, { 'Retry-After': '120' }));
    const detail = detailOf(await failureOf(client.flow.restart(FLOW_ID, 'email_otp', {})), 'api');
    expect(detail.retryAfterSeconds).toBe(120);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-02T09:30:00Z'));
    const { envelope } = errorFixture('too-many-requests');
    const { client } = clientWith(() => json(envelope, 429, { 'Retry-After': 'Mon, 02 Jun 2025 09:31:30 GMT' }));
    const detail = detailOf(await failureOf(client.flow.restart(FLOW_ID, 'email_otp', {})), 'api');
    expect(detail.retryAfterSeconds).toBe(90);
  });

  it('never reports a negative wait for an HTTP date in the past', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-02T09:30:00Z'));
    const { envelope } = errorFixture('too-many-requests');
    const { client } = clientWith(() => json(envelope, 429, { 'Retry-After': 'Mon, 02 Jun 2025 09:00:00 GMT' }));
    const detail = detailOf(await failureOf(client.flow.start()), 'api');
    expect(detail.retryAfterSeconds).toBe(0);
  });

  it.each([
    ['absent', undefined],
    ['unreadable', 'soon'],
  ])('has no retry delay when Retry-After is %s', async (_label, header) => {
    const { envelope } = errorFixture('too-many-requests');
    const { client } = clientWith(() => json(envelope, 429, header === undefined ? {} : { 'Retry-After': header }));
    const detail = detailOf(await failureOf(client.flow.start()), 'api');
    expect(detail.retryAfterSeconds).toBeUndefined();
  });
});

describe('createAuthNClient: transport failures', () => {
  it('reports a fetch that rejects as a network error, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const { client } = clientWith(() => Promise.reject(cause));
    const error = await failureOf(client.flow.start());
    expect(detailOf(error, 'network').cause).toBe(cause);
  });

  it('gives up after timeoutMs, aborting the fetch', async () => {
    const { client, calls } = clientWith(hangingUntilAborted, undefined, { timeoutMs: 20 });
    const error = await failureOf(client.flow.start());
    expect(detailOf(error, 'timeout').timeoutMs).toBe(20);
    expect(calls[0]?.signal?.aborted).toBe(true);
  });

  it('stops when the caller aborts, and does not call it a timeout', async () => {
    const { client, calls } = clientWith(hangingUntilAborted, undefined, { timeoutMs: 60_000 });
    const controller = new AbortController();
    const pending = failureOf(client.flow.start({}, { signal: controller.signal }));
    const reason = new DOMException('The user left', 'AbortError');
    controller.abort(reason);
    const error = await pending;
    expect(error.kind).not.toBe('timeout');
    expect(calls[0]?.signal?.aborted).toBe(true);
    expect(calls[0]?.signal?.reason).toBe(reason);
  });

  it('passes a signal to fetch even when the caller gives none', async () => {
    const { client, calls } = clientWith();
    await client.flow.start();
    expect(calls[0]?.signal).toBeInstanceOf(AbortSignal);
    expect(calls[0]?.signal?.aborted).toBe(false);
  });
});

describe('createAuthNClient: invalid responses', () => {
  // A 429 or 5xx that is not JSON is a refusal or an outage, not this: see transport-answers.test.ts.
  it.each([200, 404])('rejects a body that is not JSON, keeping the HTTP status (%i)', async (httpStatus) => {
    const { client } = clientWith(() => new Response('<html>Not here</html>', { status: httpStatus }));
    const detail = detailOf(await failureOf(client.flow.start()), 'invalid-response');
    expect(detail.httpStatus).toBe(httpStatus);
    expect(detail.issues.length).toBeGreaterThan(0);
  });

  it('rejects an envelope without status', async () => {
    const { client } = clientWith(() => json({ summary: 'Flow started', result: rawFlowResult('start-email') }));
    expect(detailOf(await failureOf(client.flow.start()), 'invalid-response').httpStatus).toBe(200);
  });

  it('rejects a JSON body that is not an envelope', async () => {
    const { client } = clientWith(() => json(['Success']));
    expect((await failureOf(client.flow.start())).kind).toBe('invalid-response');
  });

  // Issue 11: a missing flow_type is an empty list now; only a flow id or phase missing is fatal.
  it('rejects a Success whose result is not a flow result (no flow_phase)', async () => {
    const { client } = clientWith(() => json(successEnvelope({ flow_id: FLOW_ID, flow_choices: [] })));
    const detail = detailOf(await failureOf(client.flow.start()), 'invalid-response');
    expect(detail.issues.join('\n')).toMatch(/flow_phase/);
  });

  it('rejects a Success with no result at all', async () => {
    const { client } = clientWith(() => json({ status: 'Success', summary: 'Flow started' }));
    expect((await failureOf(client.flow.start())).kind).toBe('invalid-response');
  });

  // Issue 11: a known choice whose data cannot be used is set aside, not the whole answer refused.
  it('keeps an answer with a known choice whose data is malformed, setting that choice aside', async () => {
    const raw = rawFlowResult('start-email');
    raw.flow_choices = [{ choice: 'social', data: { enrollment: true, social_provider: 'google' } }];
    const { client } = clientWith(() => json(successEnvelope(raw)));
    const result = await client.flow.start();
    expect(result.choices).toEqual([]);
    expect(result.unknownChoices).toMatchObject([{ choice: 'social', unavailable: true }]);
  });

  it('rejects a completion without a refresh token', async () => {
    const { active_token } = rawCompleteResult();
    const { client } = clientWith(() => json(successEnvelope({ active_token })));
    expect((await failureOf(client.flow.complete(FLOW_ID))).kind).toBe('invalid-response');
  });
});

describe('createAuthNClient: secrets', () => {
  const failures: [string, Answer][] = [
    ['AuthenticationFailure', () => json(errorFixture('authentication-failure').envelope, 400)],
    ['ValidationError', () => json(errorFixture('validation-password').envelope, 400)],
    ['network', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['timeout', hangingUntilAborted],
    ['not JSON', () => new Response('oops', { status: 500 })],
    ['malformed result', () => json(successEnvelope({ flow_id: FLOW_ID }))],
  ];

  it.each(failures)('a %s failure does not carry the submitted password', async (_label, answer) => {
    const { client } = clientWith(answer, undefined, { timeoutMs: 20 });
    const error = await failureOf(client.flow.update(FLOW_ID, 'password', { password: PASSWORD, email: EMAIL }));
    expect(String(error)).not.toContain(PASSWORD);
    expect(error.message).not.toContain(PASSWORD);
    expect(JSON.stringify(error.detail)).not.toContain(PASSWORD);
    expect(JSON.stringify(error)).not.toContain(PASSWORD);
  });
});
