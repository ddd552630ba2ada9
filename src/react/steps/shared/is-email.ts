import type { FlowIdentifier } from '../../../core/index.js';

/**
 * A deliberately loose check (something@something.something): the server has the final word, and
 * a stricter pattern would reject real addresses. It only catches typos before a round trip. The
 * domain's labels may not be empty: the server takes `known@example.com.` (a sentence's full stop)
 * as a new address, and would lead an existing user into a second account.
 */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function isEmail(value: string): boolean {
  return EMAIL_SHAPE.test(value);
}

/** The identifier, when it is an email: where a code or link goes, unless another address is given. */
export function emailOf(identifier: FlowIdentifier | undefined): string | undefined {
  return identifier?.kind === 'email' ? identifier.value : undefined;
}
