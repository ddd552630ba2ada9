import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLOW_ID, flowResult, rawFlowResult, successEnvelope } from '../../fixtures/index.js';
import { clientWith, detailOf, failureOf, inTurn, json, type Answer } from './fake-fetch.js';

const REQUEST_ID = 'prq_accepted6ddoyaops3kw6clemtxj';

/** HTTP 202, as the spec's `/request/{requestId}` gives it: the request is still in progress. */
function accepted(status = 'Accepted', requestId: string | null = REQUEST_ID): Answer {
  return () =>
    json(
      {
        request_id: requestId ?? undefined,
        request_time: '2025-06-02T09:30:12.418231Z',
        response_time: '2025-06-02T09:30:12.436905Z',
        status,
        summary: 'Request accepted',
        result: { ttl_mins: 5, retry_counter: 0, location: `https://authn.aws.us.pangea.cloud/request/${requestId}` },
      },
      202,
    );
}

const signinPassword: Answer = () => json(successEnvelope(rawFlowResult('signin-password'), 'Flow updated'));

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a call the service accepts for later (HTTP 202)', () => {
  it('is polled until its result comes, and resolves with that result', async () => {
    const { client, calls } = clientWith(inTurn(accepted(), accepted(), signinPassword));
    const pending = client.flow.update(FLOW_ID, 'set_email', { email: 'joe@example.com' });
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toEqual(flowResult('signin-password'));
    expect(calls.map((call) => call.method)).toEqual(['POST', 'GET', 'GET']);
  });

  it('polls GET <host>/request/<request_id>, outside /v2, with the client token and no body', async () => {
    const { client, calls } = clientWith(inTurn(accepted(), signinPassword), { domain: 'aws.us.pangea.cloud' });
    const pending = client.flow.start();
    await vi.runAllTimersAsync();
    await pending;
    expect(calls[1]?.url).toBe(`https://authn.aws.us.pangea.cloud/request/${REQUEST_ID}`);
    expect(calls[1]?.method).toBe('GET');
    expect(calls[1]?.body).toBeUndefined();
    expect(calls[1]?.headers.get('authorization')).toBe(calls[0]?.headers.get('authorization'));
  });

  it('polls under a baseUrl the way it calls', async () => {
    const { client, calls } = clientWith(inTurn(accepted(), signinPassword), { baseUrl: '/authn' });
    const pending = client.flow.start();
    await vi.runAllTimersAsync();
    await pending;
    expect(calls.map((call) => call.url)).toEqual(['/authn/v2/flow/start', `/authn/request/${REQUEST_ID}`]);
  });

  it('waits 1 s before the first poll and 4 s before the second', async () => {
    const { client, calls } = clientWith(inTurn(accepted(), accepted(), signinPassword));
    const pending = client.flow.start();
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    await pending;
  });

  it('reads "accepted" in any case', async () => {
    const { client, calls } = clientWith(inTurn(accepted('accepted'), signinPassword));
    const pending = client.flow.start();
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toEqual(flowResult('signin-password'));
    expect(calls).toHaveLength(2);
  });

  it("polls an HTTP 202 whose body says 'Success', as the OAS writes it and Pangea's clients read it", async () => {
    const { client, calls } = clientWith(inTurn(accepted('Success'), accepted('Success'), signinPassword));
    const pending = client.flow.update(FLOW_ID, 'email_otp', { code: '123456' });
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toEqual(flowResult('signin-password'));
    expect(calls.map((call) => call.method)).toEqual(['POST', 'GET', 'GET']);
  });

  it('gives up after four polls with a timeout error naming the request', async () => {
    const { client, calls } = clientWith(accepted());
    const pending = failureOf(client.flow.start());
    await vi.runAllTimersAsync();
    const detail = detailOf(await pending, 'timeout');
    expect(detail).toEqual({ kind: 'timeout', timeoutMs: 30_000, requestId: REQUEST_ID });
    expect(calls).toHaveLength(1 + 4);
  });

  it('gives up when its time budget is spent, whatever polls are left', async () => {
    const { client, calls } = clientWith(accepted(), undefined, { poll: { attempts: 10, budgetMs: 5_000 } });
    const startedAt = Date.now();
    const pending = failureOf(client.flow.start());
    await vi.runAllTimersAsync();
    expect(detailOf(await pending, 'timeout').timeoutMs).toBe(5_000);
    // After 1 s, then after the 4 s left: the budget is spent, not overrun.
    expect(calls).toHaveLength(1 + 2);
    expect(Date.now() - startedAt).toBe(5_000);
  });

  it('stops polling when the caller aborts', async () => {
    const { client, calls } = clientWith(accepted());
    const controller = new AbortController();
    const pending = failureOf(client.flow.start({}, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(1_500);
    expect(calls).toHaveLength(2);
    controller.abort(new DOMException('The user left', 'AbortError'));
    const error = await pending;
    expect(error.kind).toBe('network');
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(2);
  });

  it('fails with the error the poll answers', async () => {
    const refused: Answer = () => json({ status: 'AuthenticationFailure', summary: 'Wrong code', result: null }, 400);
    const { client } = clientWith(inTurn(accepted(), refused));
    const pending = failureOf(client.flow.update(FLOW_ID, 'email_otp', { code: '123456' }));
    await vi.runAllTimersAsync();
    expect(detailOf(await pending, 'api').status).toBe('AuthenticationFailure');
  });

  it('polls again after a poll that met a network error, but never repeats the call itself', async () => {
    const { client, calls } = clientWith(
      inTurn(accepted(), () => Promise.reject(new TypeError('Failed to fetch')), signinPassword),
    );
    const pending = client.flow.update(FLOW_ID, 'email_otp', { code: '123456' });
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toEqual(flowResult('signin-password'));
    expect(calls.map((call) => call.method)).toEqual(['POST', 'GET', 'GET']);
  });

  it('is an invalid response when it has no request id to poll', async () => {
    const { client, calls } = clientWith(accepted('Accepted', null));
    const detail = detailOf(await failureOf(client.flow.start()), 'invalid-response');
    expect(detail.httpStatus).toBe(202);
    expect(calls).toHaveLength(1);
  });
});
