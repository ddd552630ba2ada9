import { describe, expect, it } from 'vitest';
import { FLOW_ID, PASSWORD, flowResult, rawFlowResult, successEnvelope } from '../../fixtures/index.js';
import { clientWith, detailOf, failureOf, json } from './fake-fetch.js';

describe('reading the envelope status', () => {
  it.each(['success', 'SUCCESS', 'Success'])('reads %j as success (the spec example is lowercase)', async (status) => {
    const { client } = clientWith(() => json({ ...successEnvelope(rawFlowResult('signin-password')), status }));
    await expect(client.flow.start()).resolves.toEqual(flowResult('signin-password'));
  });

  it('does not read a status that merely contains "success" as success', async () => {
    const envelope = { ...successEnvelope(rawFlowResult('signin-password')), status: 'NotSuccess' };
    const { client } = clientWith(() => json(envelope, 400));
    expect(detailOf(await failureOf(client.flow.start()), 'api').status).toBe('NotSuccess');
  });
});

describe('a 429 or 5xx whose body is not an envelope', () => {
  const page = (status: number, headers: Record<string, string> = {}) => () =>
    new Response('<html><body>Service Unavailable</body></html>', {
      status,
      headers: { 'Content-Type': 'text/html', ...headers },
    });

  it.each([
    [503, 'ServiceNotAvailable'],
    [429, 'TooManyRequests'],
    [500, 'InternalError'],
    [502, 'InternalError'],
    [504, 'InternalError'],
  ])('HTTP %i is an api error with status %s, which the screen can explain and retry', async (httpStatus, status) => {
    const { client } = clientWith(page(httpStatus), undefined, { retry: false });
    const detail = detailOf(await failureOf(client.flow.update(FLOW_ID, 'password', { password: PASSWORD })), 'api');
    expect(detail).toEqual({
      kind: 'api',
      status,
      httpStatus,
      summary: '',
      requestId: undefined,
      fieldErrors: [],
      retryAfterSeconds: undefined,
      result: undefined,
    });
  });

  it("reads an API gateway's JSON message the same way, with its Retry-After and request id", async () => {
    const { client } = clientWith(
      () => json({ message: 'Too Many Requests' }, 429, { 'Retry-After': '12', 'X-Request-Id': 'prq_gateway' }),
      undefined,
      { retry: false },
    );
    const detail = detailOf(await failureOf(client.flow.start()), 'api');
    expect(detail).toMatchObject({ status: 'TooManyRequests', retryAfterSeconds: 12, requestId: 'prq_gateway' });
  });

  it('keeps the envelope request id over the header', async () => {
    const envelope = { status: 'AuthenticationFailure', summary: 'no', request_id: 'prq_envelope' };
    const { client } = clientWith(() => json(envelope, 400, { 'X-Request-Id': 'prq_header' }));
    expect(detailOf(await failureOf(client.flow.start()), 'api').requestId).toBe('prq_envelope');
  });

  it('stays an invalid response for a 4xx page that is not a rate limit (a wrong baseUrl)', async () => {
    const { client } = clientWith(page(403), undefined, { retry: false });
    expect(detailOf(await failureOf(client.flow.start()), 'invalid-response').httpStatus).toBe(403);
  });
});
