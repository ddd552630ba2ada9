import * as v from 'valibot';
import { SessionTokensSchema } from './schemas.js';
import type { SessionTokens } from './wire.js';

/** A token pair read back from somewhere the kit does not control (the app's storage), or `null`. */
export function parseSessionTokens(value: unknown): SessionTokens | null {
  const parsed = v.safeParse(SessionTokensSchema, value);
  return parsed.success ? parsed.output : null;
}
