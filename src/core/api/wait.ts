import { AuthNError } from './errors.js';

/** What a call the caller aborted rejects with: the same `network` error an aborted fetch gives. */
function cancelledBy(signal: AbortSignal | undefined): AuthNError {
  return new AuthNError({ kind: 'network', cause: signal?.reason });
}

/** Resolves after `ms`, or rejects with `cancelledBy(signal)` as soon as the caller aborts. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelledBy(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelledBy(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
