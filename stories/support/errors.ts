import { AuthNError } from '../../src/core/index.js';

/** A `ValidationError` on one field of the submitted data, as the client throws it. */
export function fieldError(field: string, code: string): AuthNError {
  return new AuthNError({
    kind: 'api',
    status: 'ValidationError',
    httpStatus: 400,
    summary: 'Validation error',
    requestId: 'prq_ofsg4ifzlw4fqmn5oyhdfxq4o6mf2wyn',
    fieldErrors: [{ code, detail: `${field} is not valid`, source: `/data/${field}` }],
    retryAfterSeconds: undefined,
    result: null,
  });
}

/** A server-side failure with no field: the step shows it as a form error. */
export function serverError(status = 'InternalError', httpStatus = 500): AuthNError {
  return new AuthNError({
    kind: 'api',
    status,
    httpStatus,
    summary: 'Internal error',
    requestId: 'prq_3yrrexfwi6bvhnbijqdgq5bxbwwnqfco',
    fieldErrors: [],
    retryAfterSeconds: undefined,
    result: null,
  });
}
