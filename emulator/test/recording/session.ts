import type { Emulator, OutboxMessage } from '../../src/index.js';

/** One `/v2` call as it went over the wire: the request, and the response with its envelope. */
export interface Exchange {
  request: { method: 'POST'; path: string; body: Record<string, unknown> };
  /** All headers as recorded; the fixture files keep only `retry-after` (see fixture-files.ts). */
  response: { status: number; headers: Record<string, string>; body: RecordedEnvelope };
}

export interface RecordedEnvelope {
  request_id: string;
  request_time: string;
  response_time: string;
  status: string;
  summary: string;
  result: unknown;
}

/** A flow result, as far as the walks read it. */
export interface WalkedFlow {
  flow_id: string;
  flow_phase: string;
  flow_choices: { choice: string; data: Record<string, unknown> }[];
}

/** Where the walks reach the emulator: fixed, so links in the fixtures do not depend on a port. */
export const RECORDED_BASE_URL = 'http://localhost:4000';

/**
 * Drives one emulator in process and keeps every `/v2` exchange, in order. Each call states the
 * status it expects and throws otherwise: a walk that went astray must not write fixtures.
 * Hand-outs (`/__emulator/*`) are the test's plumbing, not API traffic: they are not kept.
 */
export class RecordingSession {
  readonly exchanges: Exchange[] = [];

  constructor(
    readonly emulator: Emulator,
    private readonly token: string,
  ) {}

  async call(path: string, body: Record<string, unknown>, expected = 'Success'): Promise<RecordedEnvelope> {
    const response = await this.emulator.handle({
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
      baseUrl: RECORDED_BASE_URL,
    });
    const envelope = JSON.parse(response.body) as RecordedEnvelope;
    this.exchanges.push({
      request: { method: 'POST', path, body },
      response: { status: response.status, headers: response.headers, body: envelope },
    });
    if (envelope.status !== expected) {
      throw new Error(`${path} ${JSON.stringify(body)} answered ${envelope.status} (${envelope.summary}), not ${expected}`);
    }
    return envelope;
  }

  async start(body: Record<string, unknown> = {}): Promise<WalkedFlow> {
    return (await this.call('/v2/flow/start', body)).result as WalkedFlow;
  }

  async update(flowId: string, choice: string, data: Record<string, unknown> = {}, expected = 'Success'): Promise<WalkedFlow> {
    return (await this.call('/v2/flow/update', { flow_id: flowId, choice, data }, expected)).result as WalkedFlow;
  }

  async restart(flowId: string, choice: string, data: Record<string, unknown> = {}, expected = 'Success'): Promise<WalkedFlow> {
    return (await this.call('/v2/flow/restart', { flow_id: flowId, choice, data }, expected)).result as WalkedFlow;
  }

  /** `flow/complete`; returns the active and refresh tokens. */
  async complete(flowId: string): Promise<{ active: string; refresh: string }> {
    const result = (await this.call('/v2/flow/complete', { flow_id: flowId })).result as TokenPair;
    return { active: result.active_token.token, refresh: result.refresh_token.token };
  }

  /** A hand-out, answered with JSON (or a redirect); not recorded. */
  async handout(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: unknown; location?: string }> {
    const response = await this.emulator.handle({
      method,
      path,
      headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
      body: body === undefined ? '' : JSON.stringify(body),
      baseUrl: RECORDED_BASE_URL,
    });
    const json: unknown = response.headers['content-type']?.startsWith('application/json') ? JSON.parse(response.body) : undefined;
    const location = response.headers['location'];
    return { status: response.status, json, ...(location === undefined ? {} : { location }) };
  }

  /** The newest message sent to `to`. */
  lastMessage(to: string): OutboxMessage {
    const message = this.emulator.outbox().filter((candidate) => candidate.to === to).at(-1);
    if (!message) {
      throw new Error(`Nothing was sent to ${to}`);
    }
    return message;
  }

  /** `state` and `code` of the newest link sent to `to`. */
  lastLink(to: string): { state: string; code: string } {
    const url = new URL(this.lastMessage(to).link ?? '');
    return { state: url.searchParams.get('state') ?? '', code: url.searchParams.get('code') ?? '' };
  }
}

interface TokenPair {
  active_token: { token: string };
  refresh_token: { token: string };
}

/** The data of the first `choice` offered; throws if it is not. */
export function offered(flow: WalkedFlow, choice: string): Record<string, unknown> {
  const entry = flow.flow_choices.find((candidate) => candidate.choice === choice);
  if (!entry) {
    throw new Error(`${choice} is not offered in ${flow.flow_phase}: ${flow.flow_choices.map((c) => c.choice).join(', ')}`);
  }
  return entry.data;
}
