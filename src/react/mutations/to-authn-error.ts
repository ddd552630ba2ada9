import { AuthNError } from '../../core/index.js';

/**
 * The client only throws `AuthNError`, but an injected `fetch`, a mutation-cache hook or a bug can
 * throw anything; the machine and `onError` always get the typed error.
 */
export function toAuthNError(error: unknown): AuthNError {
  return error instanceof AuthNError ? error : new AuthNError({ kind: 'network', cause: error });
}
