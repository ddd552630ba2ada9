import type { ApiFailure } from '../engine/failures.js';
import { isPlainObject } from '../engine/validation.js';

export type JsonBody = { ok: true; value: Record<string, unknown> } | { ok: false; failure: ApiFailure };

/** A request body that must be a JSON object; anything else is a ValidationError on the whole body. */
export function parseJsonBody(text: string): JsonBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      failure: {
        status: 'ValidationError',
        errors: [{ code: 'BadFormat', source: '', detail: 'The request body is not valid JSON' }],
      },
    };
  }
  if (!isPlainObject(value)) {
    return {
      ok: false,
      failure: {
        status: 'ValidationError',
        errors: [{ code: 'InvalidObject', source: '', detail: 'The request body must be a JSON object' }],
      },
    };
  }
  return { ok: true, value };
}
