import type { FlowResult } from '../api/wire.js';
import type { FlowIdentifier } from './flow.types.js';

/**
 * The identifier to show (and to start again with after expiry) once a response arrives. What the
 * user typed stays, since that is what they will recognise: a response's email replaces it only
 * when it is the same address (the server's spelling of it, case aside). With nothing typed (a
 * return from a provider or an emailed link) the response's email, else its username, names the
 * user.
 */
export function identifierAfter(
  result: Pick<FlowResult, 'email' | 'username'>,
  typed: FlowIdentifier | undefined,
): FlowIdentifier | undefined {
  if (typed === undefined) {
    return result.email
      ? { kind: 'email', value: result.email }
      : result.username
        ? { kind: 'username', value: result.username }
        : undefined;
  }
  return typed.kind === 'email' && result.email?.toLowerCase() === typed.value.trim().toLowerCase()
    ? { kind: 'email', value: result.email }
    : typed;
}
