import type { FieldError } from './field-errors.js';

/**
 * Every way a request can fail, as the envelope `status` it produces. HTTP codes and summaries
 * are decided in one place (describeFailure) so the README table and the code cannot drift.
 */
export type ApiFailure =
  | { status: 'ValidationError'; errors: FieldError[] }
  | { status: 'AuthenticationFailure' }
  | { status: 'MfaCodeExpired' }
  | { status: 'CodeAlreadyUsed' }
  | { status: 'DisabledUser' }
  | { status: 'TooManyRequests'; retryAfterSeconds: number }
  | { status: 'Unauthorized' }
  | { status: 'NotFound'; summary?: string }
  | { status: 'FlowExpired' }
  | { status: 'InvalidToken' }
  | { status: 'ExpiredToken' }
  | { status: 'PayloadTooLarge' }
  | { status: 'MethodNotAllowed'; allow: string }
  /** A hand-out asked from a page the emulator does not serve, or a `Host` it does not answer to. */
  | { status: 'Forbidden'; summary: string }
  /** A hand-out POST that is not `application/json` (what a cross-site form could send). */
  | { status: 'UnsupportedMediaType' }
  | { status: 'InternalError' };

export type ApiFailureStatus = ApiFailure['status'];

/** Thrown inside the engine; the HTTP layer turns it into an envelope. */
export class ApiError extends Error {
  readonly failure: ApiFailure;

  constructor(failure: ApiFailure) {
    super(failure.status);
    this.name = 'ApiError';
    this.failure = failure;
  }
}

export function fail(failure: ApiFailure): never {
  throw new ApiError(failure);
}

export function failValidation(errors: FieldError[]): never {
  throw new ApiError({ status: 'ValidationError', errors });
}

export interface FailureDescription {
  httpStatus: number;
  summary: string;
  result: unknown;
  headers: Record<string, string>;
}

export function describeFailure(failure: ApiFailure): FailureDescription {
  const plain = (httpStatus: number, summary: string): FailureDescription => ({
    httpStatus,
    summary,
    result: null,
    headers: {},
  });
  switch (failure.status) {
    case 'ValidationError':
      return {
        httpStatus: 400,
        summary: summarizeValidation(failure.errors),
        result: { errors: failure.errors },
        headers: {},
      };
    case 'AuthenticationFailure':
      return plain(400, 'Authentication failed');
    case 'MfaCodeExpired':
      return plain(400, 'The code has expired; send a new one');
    case 'CodeAlreadyUsed':
      return plain(400, 'The code has already been used');
    case 'DisabledUser':
      return plain(403, 'This account has been disabled');
    case 'TooManyRequests':
      return {
        ...plain(429, `Too many requests; retry in ${failure.retryAfterSeconds} s`),
        headers: { 'retry-after': String(failure.retryAfterSeconds) },
      };
    case 'Unauthorized':
      return plain(401, 'Not authorized to access this resource');
    case 'NotFound':
      return plain(404, failure.summary ?? 'Not found');
    case 'FlowExpired':
      return plain(400, 'The flow has expired');
    case 'InvalidToken':
      return plain(400, 'Invalid token');
    case 'ExpiredToken':
      return plain(400, 'Token has expired');
    case 'PayloadTooLarge':
      return plain(413, 'Request body is too large');
    case 'MethodNotAllowed':
      return { ...plain(405, 'Method not allowed'), headers: { allow: failure.allow } };
    case 'Forbidden':
      return plain(403, failure.summary);
    case 'UnsupportedMediaType':
      return plain(415, 'The body must be application/json');
    case 'InternalError':
      return plain(500, 'Internal error');
    default:
      return failure satisfies never;
  }
}

function summarizeValidation(errors: FieldError[]): string {
  const first = errors[0];
  if (!first) {
    return 'Bad request';
  }
  return errors.length === 1 ? first.detail : `${first.detail} (and ${errors.length - 1} more)`;
}
