import { AuthNError } from './errors.js';
import type { Answer } from './transport.js';
import { wait } from './wait.js';

/**
 * How an answer the service accepted for later (HTTP 202 `Accepted`) is polled, at
 * `GET <host>/request/{request_id}`: the path of the spec (`/request/{requestId}`, outside `/v2`)
 * and of the Node SDK (`pollResult`: `request/${requestId}` on the service's host).
 */
export interface PollOptions {
  /** Polls at most. @default 4 */
  attempts: number;
  /** The longest the client polls, from the 202 on, in milliseconds. @default 30000 */
  budgetMs: number;
}

/**
 * Four polls after 1, 4, 9 and 16 s (the Python SDK's `retry_count²` seconds) fit the 30 s
 * budget, about what vanilla-js waits (4, 9 and 16 s): long enough for a queued request, short
 * enough for someone looking at a spinner.
 */
export const DEFAULT_POLL: PollOptions = { attempts: 4, budgetMs: 30_000 };

/** The path of the poll for `requestId`, relative to the service's base URL. */
export function pollPath(requestId: string): string {
  return `request/${encodeURIComponent(requestId)}`;
}

/**
 * Polls with `pollOnce` until the answer is no longer `Accepted`, and returns it. An error
 * answer is thrown as it comes. Out of polls or budget, throws a `timeout` error that names the
 * accepted request: it may still complete, the client will not know.
 */
export async function pollUntilDone(
  requestId: string,
  pollOnce: () => Promise<Answer>,
  options: PollOptions,
  signal?: AbortSignal,
): Promise<Extract<Answer, { kind: 'done' }>> {
  const deadline = Date.now() + options.budgetMs;
  for (let poll = 1; poll <= options.attempts; poll += 1) {
    const left = deadline - Date.now();
    if (left <= 0) {
      break;
    }
    await wait(Math.min(poll * poll * 1000, left), signal);
    const answer = await pollOnce();
    if (answer.kind === 'done') {
      return answer;
    }
  }
  throw new AuthNError({ kind: 'timeout', timeoutMs: options.budgetMs, requestId });
}
