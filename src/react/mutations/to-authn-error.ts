import { AuthNError } from '../../core/index.js';

/**
 * The client only throws `AuthNError`, but an injected `fetch`, a mutation-cache hook or a bug can
 * throw anything; the machine and `onError` always get the typed error.
 */
export function toAuthNError(error: unknown): AuthNError {
  return error instanceof AuthNError ? error : new AuthNError({ kind: 'network', cause: error });
}

/** A mutation's or query's function whose every failure is an `AuthNError` (`toAuthNError`). */
export function typed<TArgs extends unknown[], T>(call: (...args: TArgs) => Promise<T>): (...args: TArgs) => Promise<T> {
  return async (...args) => {
    try {
      return await call(...args);
    } catch (error) {
      throw toAuthNError(error);
    }
  };
}
