import { expect, vi } from 'vitest';
import { createAuthNClient, isAuthNError } from '../../../src/core/index.js';
import type { AuthNClient, AuthNClientOptions, AuthNError, AuthNErrorDetail } from '../../../src/core/index.js';
import { CLIENT_TOKEN, rawFlowResult, successEnvelope } from '../../fixtures/index.js';

export interface RecordedCall {
  url: string;
  method: string | undefined;
  headers: Headers;
  body: unknown;
  signal: AbortSignal | undefined;
}

export type Answer = (call: RecordedCall) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A `fetch` that records each call and answers with `answer` (a success with `start-email` by default). */
export function fakeFetch(answer: Answer = () => json(successEnvelope(rawFlowResult('start-email'), 'Flow started'))) {
  const calls: RecordedCall[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: RecordedCall = {
      url: String(input),
      method: init?.method,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body,
      signal: init?.signal ?? undefined,
    };
    calls.push(call);
    return answer(call);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

export type Target = { domain: string } | { baseUrl: string };

export type ExtraOptions = Partial<Pick<AuthNClientOptions, 'timeoutMs' | 'retry' | 'poll'>>;

export function clientWith(
  answer?: Answer,
  target: Target = { baseUrl: 'http://localhost:4000/' },
  extra: ExtraOptions = {},
): { client: AuthNClient; calls: RecordedCall[] } {
  const fake = fakeFetch(answer);
  const options = { clientToken: CLIENT_TOKEN, fetch: fake.fetch, ...extra, ...target } as AuthNClientOptions;
  return { client: createAuthNClient(options), calls: fake.calls };
}

/** Answers the calls in turn with `answers`; the last one answers every call after. */
export function inTurn(...answers: Answer[]): Answer {
  let next = 0;
  return (call) => {
    const answer = answers[Math.min(next, answers.length - 1)];
    next += 1;
    if (answer === undefined) {
      throw new Error('inTurn needs an answer');
    }
    return answer(call);
  };
}

/** The rejection of `promise`, which must be an AuthNError. */
export async function failureOf(promise: Promise<unknown>): Promise<AuthNError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (reason: unknown) => reason,
  );
  expect(isAuthNError(error)).toBe(true);
  return error as AuthNError;
}

export function detailOf<K extends AuthNErrorDetail['kind']>(
  error: AuthNError,
  kind: K,
): Extract<AuthNErrorDetail, { kind: K }> {
  expect(error.kind).toBe(kind);
  return error.detail as Extract<AuthNErrorDetail, { kind: K }>;
}

/** A fetch that never answers but rejects as soon as its signal aborts, as real fetch does. */
export function hangingUntilAborted(call: RecordedCall): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const signal = call.signal;
    if (!signal) {
      return;
    }
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
