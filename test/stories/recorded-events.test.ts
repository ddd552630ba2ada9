/**
 * The stories' loader of recorded fixtures (stories/support/recorded.ts) reports each recorded answer
 * exactly as `createAuthNClient` does when the server sends those bytes: the same `FlowResult`, or
 * an `AuthNError` with the same detail.
 */
import { describe, expect, it } from 'vitest';
import { createAuthNClient, isAuthNError, type FlowChoiceName } from '../../src/core/index.js';
import type { PresetName } from '@authn-flow-kit/emulator';
import { recordedAnswer, recordedFiles, recordedRequest, type RecordedExchange } from '../../stories/support/recorded.js';

/** What the client makes of the recorded response, whatever was asked. */
async function clientAnswer({ request, response }: RecordedExchange): Promise<unknown> {
  const client = createAuthNClient({
    baseUrl: 'http://authn.test/',
    clientToken: 'pcl_recorded',
    fetch: async () => new Response(JSON.stringify(response.body), { status: response.status, headers: response.headers }),
  });
  const flowId = String(request.body['flow_id']);
  const choice = request.body['choice'] as FlowChoiceName;
  const call = {
    '/v2/flow/start': () => client.flow.start({}),
    '/v2/flow/update': () => client.flow.update(flowId, choice, {} as never),
    '/v2/flow/restart': () => client.flow.restart(flowId, choice as never, {} as never),
    '/v2/flow/complete': () => client.flow.complete(flowId),
  }[request.path];
  if (call === undefined) {
    throw new Error(`not a flow call: ${request.path}`);
  }
  return call().catch((error: unknown) => error);
}

/** `resend_time` is moved onto today's clock by the loader: compared apart. */
function withoutResendTimes(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'resend_time' ? '(time)' : item)));
}

const FLOW_FILES = [...recordedFiles()].filter(([, exchange]) => exchange.request.path.startsWith('/v2/flow/'));

describe('the recorded fixtures, as machine events', () => {
  it('cover every flow call of the recording', () => {
    expect(FLOW_FILES.length).toBeGreaterThan(50);
  });

  it.each(FLOW_FILES)('%s: the answer is what the client reports', async (name, exchange) => {
    const [preset, file] = name.split('/') as [PresetName, string];
    const number = Number(file.slice(0, 2));
    const event = recordedAnswer(preset, number);
    const expected = await clientAnswer(exchange);
    if (isAuthNError(expected)) {
      expect(event.type).toBe('api.failed');
      expect(event.type === 'api.failed' ? event.error.detail : undefined).toEqual(expected.detail);
    } else if (exchange.request.path === '/v2/flow/complete') {
      expect(event).toEqual({ type: 'api.completed', flowId: exchange.request.body['flow_id'] });
    } else {
      expect(event.type).toBe('api.responded');
      expect(withoutResendTimes(event.type === 'api.responded' ? event.result : undefined)).toEqual(withoutResendTimes(expected));
    }
    expect(recordedRequest(preset, number)).toMatchObject({ type: 'api.requested', operation: exchange.request.path.split('/').at(-1) });
  });

  it('moves resend times onto today, `secondsLater` after the answer', () => {
    const event = recordedAnswer('everything', 7, { secondsLater: 10 });
    const data = event.type === 'api.responded' ? event.result.choices.find((entry) => entry.choice === 'verify_email')?.data : undefined;
    const resendTime = data !== undefined && 'resend_time' in data ? Date.parse(data.resend_time ?? '') : Number.NaN;
    // Recorded 30 s after the send; 10 s later, 20 s are left.
    expect(resendTime - Date.now()).toBeGreaterThan(18_000);
    expect(resendTime - Date.now()).toBeLessThanOrEqual(20_000);
  });
});
