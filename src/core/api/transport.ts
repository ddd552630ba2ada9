import * as v from 'valibot';
import { AuthNError, type AuthNErrorDetail } from './errors.js';
import { EnvelopeSchema, ValidationErrorResultSchema } from './schemas.js';
import type { FieldError } from './wire.js';

/** What one HTTP exchange needs: where the service is, how to call it, how long to wait. */
export interface Transport {
  /** Ends with `/`; flow and client endpoints sit under `v2/`, the poll endpoint does not. */
  baseUrl: string;
  clientToken: string;
  fetch: typeof fetch | undefined;
  timeoutMs: number;
}

export type Exchange =
  | { method: 'POST'; path: string; body: Record<string, unknown> }
  | { method: 'GET'; path: string };

/**
 * An answer the service gave: done (`Success`, its `result` still to be read by the caller), or
 * accepted for later (HTTP 202 `Accepted`), to be polled by its request id. Every other answer
 * is thrown as an `AuthNError`.
 */
export type Answer = { kind: 'done'; httpStatus: number; result: unknown } | { kind: 'accepted'; requestId: string };

/** One request, no retry: the fetch under `timeoutMs` and the caller's signal, then its answer read. */
export async function exchange(transport: Transport, request: Exchange, signal?: AbortSignal): Promise<Answer> {
  const doFetch = transport.fetch ?? globalThis.fetch;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), transport.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  // Only the headers every call has always sent: one the service's CORS allow-list lacks would fail the preflight.
  const authorization = { Authorization: `Bearer ${transport.clientToken}` };
  let response: Response;
  let text: string;
  try {
    response = await doFetch(
      `${transport.baseUrl}${request.path}`,
      request.method === 'POST'
        ? {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...authorization },
            body: JSON.stringify(request.body),
            signal: combined,
          }
        : { method: 'GET', headers: authorization, signal: combined },
    );
    text = await response.text();
  } catch (cause) {
    if (timeout.signal.aborted && !signal?.aborted) {
      throw new AuthNError({ kind: 'timeout', timeoutMs: transport.timeoutMs });
    }
    throw new AuthNError({ kind: 'network', cause });
  } finally {
    clearTimeout(timer);
  }
  return answerOf(response, text);
}

function answerOf(response: Response, text: string): Answer {
  const httpStatus = response.status;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refusalOrInvalid(response, [`not JSON (HTTP ${httpStatus})`]);
  }
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) {
    throw refusalOrInvalid(response, envelope.issues.map((issue) => issue.message));
  }
  const { status, summary, result } = envelope.output;
  const requestId = envelope.output.request_id ?? headerRequestId(response);
  // Pangea's clients poll on HTTP 202 whatever the body says, and the OAS's 202 (`/request/{requestId}`,
  // in progress) has the envelope's status "Success": the HTTP code decides before the body's word.
  if (httpStatus === 202 || /^accepted$/i.test(status)) {
    if (requestId === undefined) {
      throw new AuthNError({ kind: 'invalid-response', httpStatus, issues: ['Accepted without a request_id to poll'] });
    }
    return { kind: 'accepted', requestId };
  }
  // The SDKs compare with "Success"; the spec's own example writes "success".
  if (/^success$/i.test(status)) {
    return { kind: 'done', httpStatus, result };
  }
  throw new AuthNError({
    kind: 'api',
    status,
    httpStatus,
    summary,
    requestId,
    fieldErrors: fieldErrorsOf(status, result),
    retryAfterSeconds: retryAfterSeconds(response),
    result,
  });
}

/**
 * The status the SDKs give a 429 or 5xx whatever its body (theirs raise `ServiceTemporarilyUnavailable`
 * for any 503): a proxy's HTML page or an API gateway's `{"message": …}` in front of the service is
 * a refusal or an outage the user can wait out, not a malformed answer.
 */
function statusOfBareAnswer(httpStatus: number): string | undefined {
  if (httpStatus === 429) {
    return 'TooManyRequests';
  }
  if (httpStatus === 503) {
    return 'ServiceNotAvailable';
  }
  return httpStatus >= 500 && httpStatus <= 599 ? 'InternalError' : undefined;
}

function refusalOrInvalid(response: Response, issues: string[]): AuthNError {
  const status = statusOfBareAnswer(response.status);
  const detail: AuthNErrorDetail =
    status === undefined
      ? { kind: 'invalid-response', httpStatus: response.status, issues }
      : {
          kind: 'api',
          status,
          httpStatus: response.status,
          summary: '',
          requestId: headerRequestId(response),
          fieldErrors: [],
          retryAfterSeconds: retryAfterSeconds(response),
          result: undefined,
        };
  return new AuthNError(detail);
}

/** The SDKs read the request id from this header too; it is there when the body is not an envelope. */
function headerRequestId(response: Response): string | undefined {
  return response.headers.get('x-request-id')?.trim() || undefined;
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after')?.trim();
  if (!header) {
    return undefined;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds);
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function fieldErrorsOf(status: string, result: unknown): FieldError[] {
  if (status !== 'ValidationError') {
    return [];
  }
  const parsed = v.safeParse(ValidationErrorResultSchema, result);
  return parsed.success ? parsed.output.errors : [];
}
