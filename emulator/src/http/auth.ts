import { constantTimeEqual } from '../engine/password-hash.js';

/** True when `authorization` is `Bearer <expected>`; compared in constant time. */
export function hasBearerToken(authorization: string | undefined, expected: string): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  if (!match?.[1]) {
    return false;
  }
  const encoder = new TextEncoder();
  return constantTimeEqual(encoder.encode(match[1]), encoder.encode(expected));
}
