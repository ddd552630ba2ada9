import { toIso } from '../engine/clock.js';
import { describeFailure, type ApiFailure } from '../engine/failures.js';
import type { EmulatorResponse } from './types.js';

/** The Pangea response envelope (spec §1) around every `/v2` answer. */
export interface Envelope {
  request_id: string;
  request_time: string;
  response_time: string;
  status: string;
  summary: string | null;
  result: unknown;
}

/**
 * `loose` (the `looseWire` config) leaves out the `summary`, as `null`: the OAS does not require
 * it, and a client must not depend on it. The results themselves are loosened per endpoint
 * (routes.ts, engine/loose-wire.ts).
 */
export type WireForm = 'strict' | 'loose';

export interface RequestStamp {
  requestId: string;
  requestTime: number;
  responseTime: number;
}

export function successResponse(stamp: RequestStamp, summary: string, result: unknown, form: WireForm = 'strict'): EmulatorResponse {
  return envelopeResponse(200, {}, stamp, { status: 'Success', summary: summaryIn(form, summary), result });
}

export function failureResponse(stamp: RequestStamp, failure: ApiFailure, form: WireForm = 'strict'): EmulatorResponse {
  const { httpStatus, summary, result, headers } = describeFailure(failure);
  return envelopeResponse(httpStatus, headers, stamp, { status: failure.status, summary: summaryIn(form, summary), result });
}

function summaryIn(form: WireForm, summary: string): string | null {
  return form === 'loose' ? null : summary;
}

function envelopeResponse(
  httpStatus: number,
  headers: Record<string, string>,
  stamp: RequestStamp,
  outcome: Pick<Envelope, 'status' | 'summary' | 'result'>,
): EmulatorResponse {
  const envelope: Envelope = {
    request_id: stamp.requestId,
    request_time: toIso(stamp.requestTime),
    response_time: toIso(stamp.responseTime),
    ...outcome,
  };
  return {
    status: httpStatus,
    headers: { ...jsonHeaders(), 'x-request-id': stamp.requestId, ...headers },
    body: JSON.stringify(envelope),
  };
}

export function jsonResponse(status: number, value: unknown): EmulatorResponse {
  return { status, headers: jsonHeaders(), body: JSON.stringify(value) };
}

function jsonHeaders(): Record<string, string> {
  return { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
}
