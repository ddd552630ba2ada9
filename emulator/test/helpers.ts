import * as v from 'valibot';
import { expect } from 'vitest';
import {
  choiceDataSchemas,
  EnvelopeSchema,
  FlowCompleteResultSchema,
  RawFlowResultSchema,
  TokenInfoSchema,
  ValidationErrorResultSchema,
} from '../../src/core/api/schemas.js';
import type { ChoiceData, KnownChoiceName } from '../../src/core/api/wire.js';
import { createEmulator, type Emulator, type EmulatorOptions, type OutboxMessage } from '../src/index.js';
import { specIssues } from './spec-schemas.js';
import { testStore } from './stores.js';

export const TOKEN = 'pcl_testtoken';
export const START = Date.parse('2030-01-01T00:00:00Z');
export const GOOD_PASSWORD = 'My1s+Password';

/** A controllable clock for expiry tests. */
export function manualClock(start = START): { now: () => number; advance(seconds: number): void } {
  let time = start;
  return { now: () => time, advance: (seconds) => void (time += seconds * 1000) };
}

/**
 * Low scrypt cost keeps the suite fast; everything else is the default config. The store is the
 * one of the running `forEachStore` pass (stores.ts) unless `options.store` is given.
 */
export function testEmulator(options: EmulatorOptions = {}): Emulator {
  return createEmulator({
    token: TOKEN,
    ...options,
    store: options.store ?? testStore(),
    config: { scryptCost: 2 ** 10, ...options.config },
  });
}

export interface Envelope {
  httpStatus: number;
  headers: Record<string, string>;
  request_id: string;
  status: string;
  summary: string;
  result: Record<string, unknown> | null;
}

export type Caller = (path: string, body: unknown, init?: { token?: string | null; method?: string }) => Promise<Envelope>;

/** A caller over the emulator's transport-independent handler; `headers` go with every request. */
export function engineCaller(emulator: Emulator, headers: Record<string, string> = {}): Caller {
  return async (path, body, init = {}) => {
    const token = init.token === undefined ? TOKEN : init.token;
    const response = await emulator.handle({
      method: init.method ?? 'POST',
      path,
      headers: {
        ...headers,
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return parseEnvelope(path, response.status, response.headers, response.body);
  };
}

/** A caller over real HTTP (Node server or MSW). */
export function fetchCaller(baseUrl: string): Caller {
  return async (path, body, init = {}) => {
    const token = init.token === undefined ? TOKEN : init.token;
    const response = await fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    return parseEnvelope(path, response.status, headers, await response.text());
  };
}

/** Parses an answer, checking it against the spec's schemas on the way (spec-schemas.ts). */
function parseEnvelope(path: string, httpStatus: number, headers: Record<string, string>, body: string): Envelope {
  const json: unknown = JSON.parse(body);
  const pathname = path.split('?')[0] ?? path;
  if (pathname.startsWith('/v2/')) {
    expect(specIssues(pathname, httpStatus, json), `${path} against the spec`).toEqual([]);
  }
  const envelope = v.parse(EnvelopeSchema, json);
  expect(envelope.request_id).toMatch(/^prq_[a-z2-7]{32}$/);
  expect(Number.isNaN(Date.parse(envelope.request_time ?? ''))).toBe(false);
  expect(Number.isNaN(Date.parse(envelope.response_time ?? ''))).toBe(false);
  const result = envelope.result;
  return {
    httpStatus,
    headers,
    request_id: envelope.request_id ?? '',
    status: envelope.status,
    summary: envelope.summary,
    result: result === null || typeof result !== 'object' ? null : (result as Record<string, unknown>),
  };
}

export type RawFlowResult = v.InferOutput<typeof RawFlowResultSchema>;

/**
 * Asserts a successful flow answer that the kit's schemas accept (the result, and each choice's
 * data with its `choiceDataSchemas` entry), and returns its result.
 */
export function flowResult(envelope: Envelope): RawFlowResult {
  expect({ http: envelope.httpStatus, status: envelope.status, summary: envelope.summary }).toEqual({
    http: 200,
    status: 'Success',
    summary: expect.any(String),
  });
  const result = v.parse(RawFlowResultSchema, envelope.result);
  for (const entry of result.flow_choices) {
    expect(Object.keys(choiceDataSchemas)).toContain(entry.choice);
    const parsed = v.safeParse(choiceDataSchemas[entry.choice as KnownChoiceName], entry.data);
    expect(parsed.issues?.map((issue) => `${entry.choice}: ${issue.message}`) ?? []).toEqual([]);
  }
  return result;
}

/** The data of the first `choice` offered; fails the test if it is not offered. */
export function choiceData<C extends KnownChoiceName>(result: RawFlowResult, choice: C): ChoiceData<C> {
  const entry = result.flow_choices.find((candidate) => candidate.choice === choice);
  expect(entry, `${choice} in ${choiceNames(result).join(', ')}`).toBeDefined();
  return v.parse(choiceDataSchemas[choice], entry?.data) as ChoiceData<C>;
}

/**
 * The data of the first `choice` as the emulator sent it. choiceData gives the kit's reading of it,
 * which drops what means "unset" on the wire (the zero `resend_time`); this is for asserting the wire.
 */
export function wireChoiceData(result: RawFlowResult, choice: KnownChoiceName): unknown {
  const entry = result.flow_choices.find((candidate) => candidate.choice === choice);
  expect(entry, `${choice} in ${choiceNames(result).join(', ')}`).toBeDefined();
  return entry?.data;
}

/** The flow endpoints, each asserting success and returning the flow result. */
export function flowApi(call: Caller) {
  const choose = (path: string) => async (flowId: string, choice: string, data: unknown = {}) =>
    flowResult(await call(path, { flow_id: flowId, choice, data }));
  return {
    start: async (body: Record<string, unknown> = {}) => flowResult(await call('/v2/flow/start', body)),
    update: choose('/v2/flow/update'),
    restart: choose('/v2/flow/restart'),
    poll: async (flowId: string) => flowResult(await call('/v2/flow/update', { flow_id: flowId, choice: '', data: {} })),
    complete: async (flowId: string) => completeResult(await call('/v2/flow/complete', { flow_id: flowId })),
    /** The raw envelope of an update, for failures. */
    tryUpdate: (flowId: string, choice: string, data: unknown = {}) =>
      call('/v2/flow/update', { flow_id: flowId, choice, data }),
    tryRestart: (flowId: string, choice: string, data: unknown = {}) =>
      call('/v2/flow/restart', { flow_id: flowId, choice, data }),
  };
}

/** `state` and `code` of a mailed link. */
export function linkParts(message: OutboxMessage | undefined): { state: string; code: string } {
  const url = new URL(message?.link ?? 'http://invalid');
  return { state: url.searchParams.get('state') ?? '', code: url.searchParams.get('code') ?? '' };
}

/** Calls a `/__emulator/*` hand-out through the engine; `json` is the parsed body, if any. */
export async function handout(
  emulator: Emulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; headers: Record<string, string>; json: unknown; body: string }> {
  const response = await emulator.handle({
    method,
    path,
    // As a page of the developer's own sends it: the emulator refuses any other kind of POST.
    headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
    body: body === undefined ? '' : JSON.stringify(body),
  });
  const json: unknown = response.headers['content-type']?.startsWith('application/json') ? JSON.parse(response.body) : undefined;
  return { status: response.status, headers: response.headers, json, body: response.body };
}

export function completeResult(envelope: Envelope): v.InferOutput<typeof FlowCompleteResultSchema> {
  expect({ http: envelope.httpStatus, status: envelope.status }).toEqual({ http: 200, status: 'Success' });
  return v.parse(FlowCompleteResultSchema, envelope.result);
}

export function tokenInfo(envelope: Envelope): v.InferOutput<typeof TokenInfoSchema> {
  expect({ http: envelope.httpStatus, status: envelope.status }).toEqual({ http: 200, status: 'Success' });
  return v.parse(TokenInfoSchema, envelope.result);
}

export function fieldErrors(envelope: Envelope): { code: string; source: string; detail: string }[] {
  expect({ http: envelope.httpStatus, status: envelope.status }).toEqual({ http: 400, status: 'ValidationError' });
  return v.parse(ValidationErrorResultSchema, envelope.result).errors;
}

export function choiceNames(result: { flow_choices: { choice: string }[] }): string[] {
  return result.flow_choices.map((c) => c.choice);
}

/** start → set_email → password → complete; returns the complete result. */
export async function signUp(call: Caller, email: string, password = GOOD_PASSWORD) {
  const started = flowResult(await call('/v2/flow/start', { cb_uri: 'http://localhost:3000' }));
  const identified = flowResult(
    await call('/v2/flow/update', { flow_id: started.flow_id, choice: 'set_email', data: { email } }),
  );
  expect(identified.flow_type).toEqual(['signup']);
  const done = flowResult(
    await call('/v2/flow/update', { flow_id: started.flow_id, choice: 'password', data: { password } }),
  );
  expect(done.flow_phase).toBe('phase_completed');
  return completeResult(await call('/v2/flow/complete', { flow_id: started.flow_id }));
}
