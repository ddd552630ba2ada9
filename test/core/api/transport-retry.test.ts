import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthNClient } from '../../../src/core/index.js';
import {
  FLOW_ID,
  PASSWORD,
  errorFixture,
  rawCompleteResult,
  rawFlowResult,
  successEnvelope,
} from '../../fixtures/index.js';
import { clientWith, detailOf, failureOf, hangingUntilAborted, inTurn, json, type Answer } from './fake-fetch.js';

const started = () => json(successEnvelope(rawFlowResult('signin-password'), 'Flow started'));
const completed = () => json(successEnvelope(rawCompleteResult(), 'Flow completed'));
const networkDown: Answer = () => Promise.reject(new TypeError('Failed to fetch'));
const proxyPage = (status: number, headers: Record<string, string> = {}): Answer => () =>
  new Response(`<html>${status}</html>`, { status, headers: { 'Content-Type': 'text/html', ...headers } });
const internalError: Answer = () => json({ status: 'InternalError', summary: 'boom', result: null }, 500);
const rateLimited = (retryAfter?: string): Answer => () =>
  json(errorFixture('too-many-requests').envelope, 429, retryAfter === undefined ? {} : { 'Retry-After': retryAfter });

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Lets every wait run out, so a test sees all the sends the policy allows. */
async function settled<T>(promise: Promise<T>): Promise<T> {
  const outcome = promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  await vi.runAllTimersAsync();
  const result = await outcome;
  if (!result.ok) {
    throw result.error;
  }
  return result.value;
}

describe('retry policy: repeatable calls', () => {
  const repeatable: [string, (client: AuthNClient) => Promise<unknown>, () => Response][] = [
    ['flow/start', (client) => client.flow.start(), started],
    ['a state read (flow/update with choice "")', (client) => client.flow.getState(FLOW_ID), started],
    [
      'client/token/check',
      (client) => client.token.check('ptu_5x2ciyazd3ppur3llbrb5ehzgnx5kmpc'),
      () => json(successEnvelope(rawCompleteResult().active_token)),
    ],
    ['client/jwks', (client) => client.jwks(), () => json(successEnvelope({ keys: [] }))],
  ];

  it.each(repeatable)('%s is sent again after a network error, and succeeds', async (_label, call, success) => {
    const { client, calls } = clientWith(inTurn(networkDown, success));
    await expect(settled(call(client))).resolves.toBeDefined();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.body).toEqual(calls[0]?.body);
  });

  it.each([
    ['a proxy 503 page', proxyPage(503)],
    ['a 502', proxyPage(502)],
    ['a 504', proxyPage(504)],
    ['an InternalError 500', internalError],
  ])('flow/start is sent again after %s, and succeeds', async (_label, failure) => {
    const { client, calls } = clientWith(inTurn(failure, started));
    await expect(settled(client.flow.start())).resolves.toMatchObject({ flowId: FLOW_ID });
    expect(calls).toHaveLength(2);
  });

  it('waits before the first retry half a second, less up to a quarter', async () => {
    const { client, calls } = clientWith(inTurn(networkDown, started));
    const pending = client.flow.start();
    await vi.advanceTimersByTimeAsync(374);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(126);
    expect(calls).toHaveLength(2);
    await pending;
  });

  it('waits out a Retry-After exactly', async () => {
    const { client, calls } = clientWith(inTurn(proxyPage(503, { 'Retry-After': '3' }), started));
    const pending = client.flow.start();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await expect(pending).resolves.toMatchObject({ flowId: FLOW_ID });
  });

  it('does not wait out a Retry-After over the cap: the error says how long', async () => {
    const { client, calls } = clientWith(proxyPage(503, { 'Retry-After': '6' }));
    const error = await failureOf(settled(client.flow.start()));
    expect(detailOf(error, 'api').retryAfterSeconds).toBe(6);
    expect(calls).toHaveLength(1);
  });

  it('sends three times at most, then fails with the last answer', async () => {
    const { client, calls } = clientWith(inTurn(networkDown, networkDown, proxyPage(503)));
    const error = await failureOf(settled(client.flow.start()));
    expect(detailOf(error, 'api')).toMatchObject({ httpStatus: 503 });
    expect(calls).toHaveLength(3);
  });

  it.each([
    ['a timeout', hangingUntilAborted],
    ['an answer it cannot read', () => json(successEnvelope({ flow_choices: 'nope' }))],
    ['a rate limit that states no wait', rateLimited()],
    ['a refusal (ValidationError)', () => json(errorFixture('validation-password').envelope, 400)],
  ])('flow/start is not sent again after %s', async (_label, failure) => {
    const { client, calls } = clientWith(failure, undefined, { timeoutMs: 50 });
    await failureOf(settled(client.flow.start()));
    expect(calls).toHaveLength(1);
  });

  it('stops waiting, and sends nothing more, when the caller aborts', async () => {
    const { client, calls } = clientWith(networkDown);
    const controller = new AbortController();
    const pending = failureOf(client.flow.start({}, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    const reason = new DOMException('The user left', 'AbortError');
    controller.abort(reason);
    expect(detailOf(await pending, 'network').cause).toBe(reason);
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(1);
  });

  it('follows the options: more attempts, or none', async () => {
    const five = clientWith(networkDown, undefined, { retry: { attempts: 5 } });
    await failureOf(settled(five.client.flow.start()));
    expect(five.calls).toHaveLength(5);
    const none = clientWith(networkDown, undefined, { retry: false });
    await failureOf(settled(none.client.flow.start()));
    expect(none.calls).toHaveLength(1);
  });

  it('waits out a longer Retry-After when the cap allows it', async () => {
    const options = { retry: { maxRetryAfterSeconds: 30 } };
    const { client, calls } = clientWith(inTurn(rateLimited('20'), started), undefined, options);
    const pending = client.flow.start();
    await vi.advanceTimersByTimeAsync(19_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toMatchObject({ flowId: FLOW_ID });
  });
});

describe('retry policy: calls that may have landed are sent once', () => {
  const once: [string, (client: AuthNClient) => Promise<unknown>][] = [
    ['an update with a password', (client) => client.flow.update(FLOW_ID, 'password', { password: PASSWORD })],
    ['an update with a code', (client) => client.flow.update(FLOW_ID, 'email_otp', { code: '123456' })],
    [
      'a start with an IdP-initiated SAML ticket (single-use)',
      (client) => client.flow.start({ samlIdpInitiatedTicket: 'pst_idpticket42' }),
    ],
    ['a restart (sends a new code)', (client) => client.flow.restart(FLOW_ID, 'email_otp', {})],
    ['flow/complete', (client) => client.flow.complete(FLOW_ID)],
    ['a session refresh (its token rotates)', (client) => client.session.refresh('ptr_5gvszpbfspk73jcwygtl')],
    ['userinfo (the code is single-use)', (client) => client.userinfo('pmc_d6chl6qz2m3pqkgp4hsyzl5xw2hh3v6r')],
    ['logout', (client) => client.session.logout('ptu_5x2ciyazd3ppur3llbrb5ehzgnx5kmpc')],
  ];
  const failures: [string, Answer][] = [
    ['a network error', networkDown],
    ['an InternalError 500', internalError],
    ['a proxy 502', proxyPage(502)],
    ['a proxy 503', proxyPage(503)],
    ['a 504', proxyPage(504)],
  ];
  const cells = once.flatMap(([call, send]) =>
    failures.map(([failure, answer]) => [call, failure, send, answer] as const),
  );

  it.each(cells)('%s is not sent again after %s', async (_call, _failure, send, answer) => {
    const { client, calls } = clientWith(inTurn(answer, completed));
    await failureOf(settled(send(client)));
    expect(calls).toHaveLength(1);
  });

  it('is not sent again after a timeout', async () => {
    const { client, calls } = clientWith(hangingUntilAborted, undefined, { timeoutMs: 50 });
    const error = await failureOf(settled(client.flow.update(FLOW_ID, 'password', { password: PASSWORD })));
    expect(error.kind).toBe('timeout');
    expect(calls).toHaveLength(1);
  });

  it('is sent again after a rate limit with a short Retry-After: it was refused, not processed', async () => {
    const { client, calls } = clientWith(inTurn(rateLimited('2'), started));
    const pending = client.flow.update(FLOW_ID, 'email_otp', { code: '123456' });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toMatchObject({ flowId: FLOW_ID });
    expect(calls.map((call) => call.body)).toEqual([
      { flow_id: FLOW_ID, choice: 'email_otp', data: { code: '123456' } },
      { flow_id: FLOW_ID, choice: 'email_otp', data: { code: '123456' } },
    ]);
  });

  it.each([
    ['over the cap', '30', 30],
    ['absent', undefined, undefined],
  ])('is not sent again after a rate limit whose Retry-After is %s', async (_label, header, seconds) => {
    const { client, calls } = clientWith(rateLimited(header));
    const error = await failureOf(settled(client.flow.update(FLOW_ID, 'email_otp', { code: '123456' })));
    expect(detailOf(error, 'api')).toMatchObject({ status: 'TooManyRequests', retryAfterSeconds: seconds });
    expect(calls).toHaveLength(1);
  });
});
