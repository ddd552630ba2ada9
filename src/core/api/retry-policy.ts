import { isAuthNError, type AuthNError } from './errors.js';
import { wait } from './wait.js';

/**
 * The retry policy: which failed calls the client sends again by itself, and when.
 *
 * A call is sent again only if repeating it cannot do anything the user did not ask for once.
 *
 * - **Repeatable calls** change nothing the user would notice when sent twice: `flow/start` (a
 *   second flow; the first expires unused) unless it carries an IdP-initiated SAML ticket (spent by
 *   the first start that lands), a state read (`flow/update` with choice `""`),
 *   `client/token/check`, `client/session/list`, `client/jwks`, and the poll of an accepted request (`GET request/{id}`).
 *   They are retried after a network error (no answer came) and after HTTP 500, 502, 503 or 504
 *   (the SDKs' `RETRYABLE_HTTP_CODES`).
 * - **Every other call** may have landed, and landing twice is not harmless: an update with a
 *   choice submits a code or a password (a code is single-use, wrong passwords count towards a
 *   lockout), `flow/restart` sends a new code, `flow/complete` ends the flow, `client/session/refresh`
 *   spends a refresh token that rotates, `client/userinfo` spends a single-use login code, a
 *   repeated `client/session/logout` or `client/session/invalidate` answers an error for a session
 *   it did end, and a repeated `client/password/change` sends an old password that is no longer
 *   right (a wrong guess towards a lockout). They are sent
 *   again only when the answer proves they never reached the service: a rate limit (HTTP 429 or
 *   status `TooManyRequests`), which refuses a request before it is processed. Not after a network
 *   error or a timeout (the request may have been processed and only the answer lost), and not
 *   after a 5xx: a proxy answers 502, 503 or 504 also when the service dropped the connection
 *   after it had the request.
 * - **Waiting**: a stated `Retry-After` is waited out exactly, if it is at most
 *   `maxRetryAfterSeconds`; a longer one is not waited: the error surfaces with its
 *   `retryAfterSeconds`, so the screen can say how long. A rate limit that states no wait is not
 *   retried (sending again at once would only meet the limit again). Otherwise the wait doubles
 *   from half a second (0.5 s, 1 s, …, at most 8 s; the Node SDK's), less up to a quarter at
 *   random, so that many pages refused at once do not come back at once.
 * - **Bounds**: at most `attempts` sends in all. A timeout (`timeoutMs`) is never retried: it
 *   bounds how long the user waits on one send. Nothing is retried once the caller aborts, and an
 *   abort ends a wait at once. A retry sends the same headers as the first send: the SDKs add
 *   `X-Pangea-Retried-Request-Ids`, but the service's CORS allow-list is not published, and a
 *   header missing from it makes the browser refuse the call before it is sent.
 */
export interface RetryOptions {
  /** Sends in all, the first included; `1` never retries. @default 3 */
  attempts: number;
  /** The longest `Retry-After` the client waits out by itself. @default 5 */
  maxRetryAfterSeconds: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 3, maxRetryAfterSeconds: 5 };

const RETRYABLE_HTTP_CODES: readonly number[] = [500, 502, 503, 504];
const INITIAL_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** The wait before send number `attempt + 1`, growing with `attempt` (1 for the first retry). */
function backoffMs(attempt: number): number {
  const full = Math.min(INITIAL_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS);
  return full * (1 - Math.random() * 0.25);
}

/**
 * How long to wait before sending again after `error` on send number `attempt`, or `null` not to
 * send again. `repeatable` says whether the call is one of the repeatable calls above.
 */
function delayBeforeRetry(
  error: AuthNError,
  repeatable: boolean,
  attempt: number,
  options: RetryOptions,
): number | null {
  if (attempt >= options.attempts) {
    return null;
  }
  const detail = error.detail;
  switch (detail.kind) {
    case 'network':
      return repeatable ? backoffMs(attempt) : null;
    case 'timeout':
    case 'invalid-response':
      return null;
    case 'api': {
      const rateLimited = detail.httpStatus === 429 || detail.status === 'TooManyRequests';
      if (!rateLimited && !(repeatable && RETRYABLE_HTTP_CODES.includes(detail.httpStatus))) {
        return null;
      }
      if (detail.retryAfterSeconds !== undefined) {
        return detail.retryAfterSeconds <= options.maxRetryAfterSeconds ? detail.retryAfterSeconds * 1000 : null;
      }
      return rateLimited ? null : backoffMs(attempt);
    }
    default:
      return detail satisfies never;
  }
}

/** Sends with `send` until it succeeds or the policy says to stop; then the last error is thrown. */
export async function withRetries<T>(
  send: () => Promise<T>,
  repeatable: boolean,
  options: RetryOptions | null,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      const stop = options === null || signal?.aborted === true || !isAuthNError(error);
      const delay = stop ? null : delayBeforeRetry(error, repeatable, attempt, options);
      if (delay === null) {
        throw error;
      }
      await wait(delay, signal);
    }
  }
}
