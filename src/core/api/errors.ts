import type { FieldError } from './wire.js';

/** Why a call to the AuthN API failed, discriminated by `kind`. */
export type AuthNErrorDetail =
  | {
      kind: 'api';
      /** The envelope's `status`, e.g. `AuthenticationFailure`, `ValidationError`. */
      status: string;
      httpStatus: number;
      summary: string;
      requestId: string | undefined;
      /** `result.errors` of a `ValidationError`; empty otherwise. */
      fieldErrors: FieldError[];
      /** Seconds from `Retry-After`, when the server sent one. */
      retryAfterSeconds: number | undefined;
      /** The envelope's `result`, for statuses that carry details (`correct_provider`, …). */
      result: unknown;
    }
  | { kind: 'network'; cause: unknown }
  | {
      kind: 'timeout';
      timeoutMs: number;
      /**
       * Set when the service accepted the call (HTTP 202) and its result did not come within the
       * poll budget (`timeoutMs`): the request may still complete.
       */
      requestId?: string;
    }
  | { kind: 'invalid-response'; httpStatus: number | undefined; issues: string[] };

export type AuthNErrorKind = AuthNErrorDetail['kind'];

/** The one error type the client throws. Never carries request bodies (they may hold secrets). */
export class AuthNError extends Error {
  override readonly name = 'AuthNError';
  readonly detail: AuthNErrorDetail;

  constructor(detail: AuthNErrorDetail) {
    super(describe(detail));
    this.detail = detail;
  }

  get kind(): AuthNErrorKind {
    return this.detail.kind;
  }

  /** The API status for `api` errors, `undefined` for the others. */
  get status(): string | undefined {
    return this.detail.kind === 'api' ? this.detail.status : undefined;
  }
}

export function isAuthNError(value: unknown): value is AuthNError {
  return value instanceof AuthNError;
}

function describe(detail: AuthNErrorDetail): string {
  switch (detail.kind) {
    case 'api':
      return `${detail.status}: ${detail.summary}`;
    case 'network':
      return 'The AuthN service could not be reached';
    case 'timeout':
      return `The AuthN service did not answer within ${detail.timeoutMs} ms`;
    case 'invalid-response':
      return `The AuthN service sent an unexpected response: ${detail.issues.join('; ')}`;
    default:
      return detail satisfies never;
  }
}

/** The field a validation error points at: `/data/password` → `password`, `/flow_id` → `flow_id`. */
export function fieldOf(error: FieldError): string {
  return error.source.split('/').filter(Boolean).at(-1) ?? '';
}
