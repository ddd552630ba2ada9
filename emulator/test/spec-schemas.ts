import * as v from 'valibot';
import { FlowResultSchema } from './spec-schemas-flow.js';
import { FORMATS, id, time } from './spec-schemas-formats.js';
import {
  CompleteResultSchema,
  EmptyResultSchema,
  JwksResultSchema,
  SessionListResultSchema,
  SessionPairSchema,
  TokenCheckResultSchema,
} from './spec-schemas-session.js';

/**
 * The response schemas of research/authn-flow-api.md, written from the spec alone (not from the
 * kit's or the emulator's own types), so that the spec test checks the emulator against the
 * document. Section numbers refer to that file. Here: the envelope and which result each endpoint
 * answers; the flow's result is in spec-schemas-flow.ts, the token and session ones in
 * spec-schemas-session.ts.
 */

/** §8, the validation `code` enum. */
export const VALIDATION_CODES = [
  'FieldRequired', 'InvalidString', 'InvalidNumber', 'InvalidInteger', 'InvalidObject', 'InvalidArray', 'InvalidNull', 'InvalidBool',
  'BadFormat', 'BadFormatPangeaDuration', 'BadFormatDateTime', 'BadFormatTime', 'BadFormatDate', 'BadFormatEmail',
  'BadFormatHostname', 'BadFormatIPv4', 'BadFormatIPv6', 'BadFormatIPAddress', 'BadFormatUUID', 'BadFormatURI',
  'BadFormatURIReference', 'BadFormatIRI', 'BadFormatIRIReference', 'BadFormatJSONPointer', 'BadFormatRelativeJSONPointer',
  'BadFormatRegex', 'BadFormatJSONPath', 'BadFormatBase64',
  'DoesNotMatchPattern', 'DoesNotMatchPatternProperties', 'NotEnumMember', 'AboveMaxLength', 'BelowMinLength', 'AboveMaxItems',
  'BelowMinItems', 'NotMultipleOf', 'NotWithinRange', 'UnexpectedProperty', 'InvalidPropertyName', 'AboveMaxProperties',
  'BelowMinProperties', 'NotContains', 'ContainsTooMany', 'ContainsTooFew', 'ItemNotUnique', 'UnexpectedAdditionalItem',
  'InvalidConst', 'IsDependentOn', 'IsTooBig', 'IsTooSmall', 'ShouldNotBeValid', 'NoUnevaluatedItems', 'NoUnevaluatedProperties',
  'DoesNotExist', 'IsReadOnly', 'CannotAddToDefault', 'MustProvideOne', 'MutuallyExclusive', 'BadState', 'InaccessibleURI',
  'ProviderDisabled', 'ConfigProjectMismatch', 'ConfigServiceMismatch', 'ConfigNotExist',
] as const;

/** §1: the envelope around every answer. */
export const EnvelopeSchema = v.strictObject({
  request_id: id(FORMATS.request),
  request_time: time,
  response_time: time,
  status: v.pipe(v.string(), v.minLength(1)),
  summary: v.string(),
  result: v.unknown(),
});

/** §8: the `result` of a ValidationError; `source` is a JSON pointer. */
export const ValidationErrorResultSchema = v.strictObject({
  errors: v.pipe(
    v.array(
      v.strictObject({
        code: v.picklist(VALIDATION_CODES),
        detail: v.pipe(v.string(), v.minLength(1)),
        source: id(/^(\/([^~/]|~[01])*)*$/),
        path: v.optional(v.string()),
      }),
    ),
    v.minLength(1),
  ),
});

/** The result schema a successful answer of each endpoint must match (§2). */
export const SUCCESS_RESULTS: Readonly<Record<string, v.GenericSchema>> = {
  '/v2/flow/start': FlowResultSchema,
  '/v2/flow/update': FlowResultSchema,
  '/v2/flow/restart': FlowResultSchema,
  '/v2/flow/complete': CompleteResultSchema,
  '/v2/client/token/check': TokenCheckResultSchema,
  '/v2/client/userinfo': SessionPairSchema,
  '/v2/client/session/refresh': SessionPairSchema,
  '/v2/client/session/logout': EmptyResultSchema,
  '/v2/client/session/list': SessionListResultSchema,
  '/v2/client/session/invalidate': EmptyResultSchema,
  '/v2/client/password/change': EmptyResultSchema,
  '/v2/client/jwks': JwksResultSchema,
};

/**
 * What is wrong with one answer of a `/v2` endpoint by the spec (empty if nothing): the envelope,
 * then the result the endpoint and status call for. The test helpers run it on every answer of
 * the suite; spec-responses.test.ts runs it on the recorded journeys.
 */
export function specIssues(path: string, httpStatus: number, body: unknown): string[] {
  const issues = (schema: v.GenericSchema, value: unknown, where: string) =>
    v.safeParse(schema, value).issues?.map((issue) => `${where}${v.getDotPath(issue) ?? ''}: ${issue.message}`) ?? [];
  const envelope = v.safeParse(EnvelopeSchema, body);
  if (!envelope.success) {
    return issues(EnvelopeSchema, body, 'envelope.');
  }
  const { status, result } = envelope.output;
  if (status === 'Success') {
    const schema = SUCCESS_RESULTS[path];
    if (!schema) {
      return [`${path} is not an endpoint of the spec, yet it succeeded`];
    }
    return [...issues(schema, result, 'result.'), ...(httpStatus === 200 ? [] : [`HTTP ${httpStatus} for a success`])];
  }
  if (status === 'ValidationError') {
    return [...issues(ValidationErrorResultSchema, result, 'result.'), ...(httpStatus === 400 ? [] : [`HTTP ${httpStatus} for a ValidationError`])];
  }
  return [...(result === null ? [] : ['result: not null for a failure']), ...(httpStatus >= 400 ? [] : [`HTTP ${httpStatus} for ${status}`])];
}
