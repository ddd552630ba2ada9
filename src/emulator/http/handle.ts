import type { EngineContext } from '../engine/context.js';
import { ApiError, type ApiFailure } from '../engine/failures.js';
import { newId } from '../engine/ids.js';
import { isPlainObject } from '../engine/validation.js';
import { hasBearerToken } from './auth.js';
import { exceedsBodyLimit } from './body-limit.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { failureResponse, jsonResponse, successResponse, type RequestStamp } from './envelope.js';
import { API_ROUTES } from './routes.js';
import type { EmulatorRequest, EmulatorResponse } from './types.js';

export type EmulatorHandler = (request: EmulatorRequest) => Promise<EmulatorResponse>;

/** The transport-independent request handler both hosts call. It answers; it never throws. */
export function createHandler(ctx: EngineContext, clientToken: string): EmulatorHandler {
  return async (request) => {
    const origin = request.headers['origin'];
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS') {
      return { status: 204, headers: preflightHeaders(origin), body: '' };
    }
    const pathname = request.path.split('?', 1)[0] ?? '';
    const response = pathname.startsWith('/__emulator/')
      ? handleTestHandout(ctx, method, pathname)
      : await handleApi(ctx, clientToken, method, pathname, request);
    return { ...response, headers: { ...response.headers, ...corsHeaders(origin) } };
  };
}

async function handleApi(
  ctx: EngineContext,
  clientToken: string,
  method: string,
  pathname: string,
  request: EmulatorRequest,
): Promise<EmulatorResponse> {
  const requestId = newId('prq', ctx.random);
  const requestTime = ctx.now();
  const stamp = (): RequestStamp => ({ requestId, requestTime, responseTime: ctx.now() });
  const failure = (f: ApiFailure): EmulatorResponse => failureResponse(stamp(), f);

  const operation = API_ROUTES.get(pathname);
  if (!operation) {
    return failure({ status: 'NotFound', summary: `No endpoint at ${pathname}` });
  }
  if (method !== 'POST') {
    return failure({ status: 'MethodNotAllowed', allow: 'POST, OPTIONS' });
  }
  if (exceedsBodyLimit(request.body)) {
    return failure({ status: 'PayloadTooLarge' });
  }
  if (!hasBearerToken(request.headers['authorization'], clientToken)) {
    return failure({ status: 'Unauthorized' });
  }

  const body = parseJsonBody(request.body);
  if (!body.ok) {
    return failure(body.failure);
  }
  try {
    const answer = await operation(ctx, body.value);
    return successResponse(stamp(), answer.summary, answer.result);
  } catch (error) {
    if (error instanceof ApiError) {
      return failure(error.failure);
    }
    // A bug in the emulator; say so loudly but still answer like the service would.
    console.error('[authn-emulator] internal error', error);
    return failure({ status: 'InternalError' });
  }
}

type JsonBody = { ok: true; value: Record<string, unknown> } | { ok: false; failure: ApiFailure };

function parseJsonBody(text: string): JsonBody {
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

/** `/__emulator/*`: test hand-outs, deliberately outside `/v2` and without the bearer token. */
function handleTestHandout(ctx: EngineContext, method: string, pathname: string): EmulatorResponse {
  const stamp: RequestStamp = { requestId: newId('prq', ctx.random), requestTime: ctx.now(), responseTime: ctx.now() };
  switch (pathname) {
    case '/__emulator/outbox':
      if (method !== 'GET') {
        return failureResponse(stamp, { status: 'MethodNotAllowed', allow: 'GET, OPTIONS' });
      }
      return jsonResponse(200, { messages: ctx.store.listOutbox() });
    case '/__emulator/reset':
      if (method !== 'POST') {
        return failureResponse(stamp, { status: 'MethodNotAllowed', allow: 'POST, OPTIONS' });
      }
      ctx.store.clear();
      return jsonResponse(200, { reset: true });
    default:
      return failureResponse(stamp, { status: 'NotFound', summary: `No endpoint at ${pathname}` });
  }
}
