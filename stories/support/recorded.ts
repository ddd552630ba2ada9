/**
 * The emulator's recorded exchanges (fixtures/recorded/<preset>/NN-*.json, written by
 * `npm run fixtures:record`) turned into the machine events a host would report for them: the
 * request becomes `api.requested`, the answer `api.responded`, `api.completed` or `api.failed`,
 * built as `createAuthNClient` builds them (test/stories/recorded-events.test.ts checks that
 * against the real client, file by file).
 */
import {
  AuthNError,
  parseFlowResult,
  type FieldError,
  type FlowEvent,
  type FlowIdentifier,
  type FlowInput,
  type FlowOperation,
  type FlowResume,
} from '../../src/core/index.js';
import type { PresetName } from '@authn-flow-kit/emulator';

export interface RecordedExchange {
  request: { method: 'POST'; path: string; body: Record<string, unknown> };
  response: {
    status: number;
    headers: Record<string, string>;
    body: { request_id: string; request_time: string; status: string; summary: string; result: unknown };
  };
}

const FILES = import.meta.glob<RecordedExchange>('../../fixtures/recorded/*/*.json', { eager: true, import: 'default' });

/** Every recorded file as `<preset>/<name>` → its exchange (a fresh copy on each read). */
export function recordedFiles(): Map<string, RecordedExchange> {
  return new Map(Object.entries(FILES).map(([path, exchange]) => [path.split('/').slice(-2).join('/'), exchange]));
}

/** The exchange numbered `number` (the `NN` of its file name) in a preset's recording. */
export function recordedExchange(preset: PresetName, number: number): RecordedExchange {
  const prefix = `/${preset}/${String(number).padStart(2, '0')}-`;
  const path = Object.keys(FILES).find((candidate) => candidate.includes(prefix));
  const exchange = path === undefined ? undefined : FILES[path];
  if (exchange === undefined) {
    throw new Error(`No recorded fixture ${preset}/${String(number).padStart(2, '0')}-*.json: run npm run fixtures:record`);
  }
  return structuredClone(exchange);
}

export interface RecordedOptions {
  /**
   * How long after the recording the story is: the recorder runs on a frozen 2030 clock, so every
   * `resend_time` is moved onto today's clock, this many seconds on. 0 (the default) is the moment
   * the answer came, with the resend cooldown still running; 120 is past every cooldown.
   * @default 0
   */
  secondsLater?: number;
}

function operationOf(path: string): FlowOperation {
  const operation = /^\/v2\/flow\/(start|update|restart|complete)$/.exec(path)?.[1];
  if (operation === undefined) {
    throw new Error(`${path} is not a flow call: the machine has no event for it`);
  }
  return operation as FlowOperation;
}

/** What the user typed, as the identifier step reports it (never a secret). */
function identifierOf(data: unknown): FlowIdentifier | undefined {
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (typeof fields['email'] === 'string') {
    return { kind: 'email', value: fields['email'] };
  }
  return typeof fields['username'] === 'string' ? { kind: 'username', value: fields['username'] } : undefined;
}

/** The `api.requested` the request of exchange `number` is. */
export function recordedRequest(preset: PresetName, number: number): FlowEvent {
  const { path, body } = recordedExchange(preset, number).request;
  const operation = operationOf(path);
  if (operation === 'start') {
    return { type: 'api.requested', operation, identifier: identifierOf(body) };
  }
  const flowId = String(body['flow_id']);
  if (operation === 'complete') {
    return { type: 'api.requested', operation, flowId };
  }
  const choice = String(body['choice']) as Extract<FlowEvent, { type: 'api.requested' }>['choice'];
  const identifier = choice === 'set_email' || choice === 'set_username' ? identifierOf(body['data']) : undefined;
  return { type: 'api.requested', operation, flowId, choice, identifier };
}

/** Moves every `resend_time` of a flow result from the recording's clock onto today's. */
function rebaseTimes(result: unknown, recordedAt: string, secondsLater: number): void {
  // The story is `secondsLater` after the answer: today's clock, less that much.
  const shift = Date.now() - secondsLater * 1000 - Date.parse(recordedAt);
  const choices = (result as { flow_choices?: { data?: Record<string, unknown> }[] } | null)?.flow_choices ?? [];
  for (const { data } of choices) {
    const time = typeof data?.['resend_time'] === 'string' ? Date.parse(data['resend_time']) : Number.NaN;
    // The zero time (`0001-01-01`) means "now"; it stays in the past.
    if (data !== undefined && Number.isFinite(time) && time > 0) {
      data['resend_time'] = new Date(time + shift).toISOString();
    }
  }
}

/** The answer of exchange `number`, as the client reports it. */
export function recordedAnswer(preset: PresetName, number: number, { secondsLater = 0 }: RecordedOptions = {}): FlowEvent {
  const { request, response } = recordedExchange(preset, number);
  const operation = operationOf(request.path);
  const flowId = typeof request.body['flow_id'] === 'string' ? request.body['flow_id'] : undefined;
  const { status, summary, result, request_id: requestId, request_time: recordedAt } = response.body;
  if (status !== 'Success') {
    const retryAfter = response.headers['retry-after'];
    const error = new AuthNError({
      kind: 'api',
      status,
      httpStatus: response.status,
      summary,
      requestId,
      fieldErrors: status === 'ValidationError' ? ((result as { errors?: FieldError[] } | null)?.errors ?? []) : [],
      retryAfterSeconds: retryAfter === undefined ? undefined : Number(retryAfter),
      result,
    });
    return { type: 'api.failed', operation, flowId, error };
  }
  if (operation === 'complete') {
    return { type: 'api.completed', flowId: flowId ?? '' };
  }
  rebaseTimes(result, recordedAt, secondsLater);
  const parsed = parseFlowResult(result);
  if (!parsed.ok) {
    throw new Error(`${preset} #${number} does not parse: ${parsed.issues.join('; ')}`);
  }
  return { type: 'api.responded', operation, result: parsed.value };
}

/** Request and answer of each exchange, in the order given: a stretch of a recorded journey. */
export function recorded(preset: PresetName, numbers: readonly number[], options: RecordedOptions = {}): FlowEvent[] {
  return numbers.flatMap((number) => [recordedRequest(preset, number), recordedAnswer(preset, number, options)]);
}

/**
 * The page a provider or an emailed link sent the user back to, matched to its flow: the machine's
 * input for the recorded update of exchange `number` (its `flow_id`, `choice` and `data` as sent).
 */
export function recordedReturn(preset: PresetName, number: number): FlowInput {
  const { body } = recordedExchange(preset, number).request;
  return { resume: { flowId: String(body['flow_id']), choice: body['choice'], data: body['data'] } as FlowResume };
}
