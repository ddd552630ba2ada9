import type { RequestInfo } from '../engine/context.js';
import { ApiError, type ApiFailure } from '../engine/failures.js';
import { newId } from '../engine/ids.js';
import { hasBearerToken } from './auth.js';
import { exceedsBodyLimit } from './body-limit.js';
import type { EmulatorControls } from './controls.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { failureResponse, successResponse, type RequestStamp, type WireForm } from './envelope.js';
import { handleHandout } from './handouts/index.js';
import { parseJsonBody } from './json-body.js';
import { refuseHandoutOrigin, refuseHost } from './request-guard.js';
import { API_ROUTES } from './routes.js';
import type { EmulatorRequest, EmulatorResponse } from './types.js';

export type EmulatorHandler = (request: EmulatorRequest) => Promise<EmulatorResponse>;

/** The transport-independent request handler both hosts call. It answers; it never throws. */
export function createHandler(controls: EmulatorControls, clientToken: string): EmulatorHandler {
  return async (request) => {
    const origin = request.headers['origin'];
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS') {
      return { status: 204, headers: preflightHeaders(origin), body: '' };
    }
    const queryAt = request.path.indexOf('?');
    const pathname = queryAt === -1 ? request.path : request.path.slice(0, queryAt);
    const search = queryAt === -1 ? '' : request.path.slice(queryAt);
    const info: RequestInfo = { origin, baseUrl: baseUrlOf(request) };
    const handout = pathname.startsWith('/__emulator/');
    const refusal =
      refuseHost(request.headers['host'], controls.ctx.config) ??
      (handout ? refuseHandoutOrigin(origin, controls.ctx.config) : undefined);
    let response =
      refusal !== undefined
        ? refusedResponse(controls, refusal)
        : handout
          ? await handleHandout(controls, method, pathname, search, request, info)
          : await handleApi(controls, clientToken, method, pathname, request, info);
    try {
      controls.ctx.store.flush?.();
    } catch (error) {
      // The writes behind this answer may be lost (a full disk, say): it must not claim success.
      console.error('[authn-emulator] could not store the writes of a request', error);
      const now = controls.ctx.now();
      response = failureResponse({ requestId: newId('prq', controls.ctx.random), requestTime: now, responseTime: now }, { status: 'InternalError' });
    }
    return { ...response, headers: { ...response.headers, ...corsHeaders(origin) } };
  };
}

async function handleApi(
  controls: EmulatorControls,
  clientToken: string,
  method: string,
  pathname: string,
  request: EmulatorRequest,
  info: RequestInfo,
): Promise<EmulatorResponse> {
  const { ctx } = controls;
  const requestId = newId('prq', ctx.random);
  const requestTime = ctx.now();
  // The config may change while an operation awaits: the form of the answer is the one asked in.
  const form: WireForm = ctx.config.looseWire ? 'loose' : 'strict';
  const stamp = (): RequestStamp => ({ requestId, requestTime, responseTime: ctx.now() });
  const failure = (f: ApiFailure): EmulatorResponse => failureResponse(stamp(), f, form);

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
    const answer = await operation(ctx, body.value, info);
    return successResponse(stamp(), answer.summary, answer.result, form);
  } catch (error) {
    if (error instanceof ApiError) {
      return failure(error.failure);
    }
    // A bug in the emulator; say so loudly but still answer like the service would.
    console.error('[authn-emulator] internal error', error);
    return failure({ status: 'InternalError' });
  }
}

function refusedResponse(controls: EmulatorControls, failure: ApiFailure): EmulatorResponse {
  const now = controls.ctx.now();
  return failureResponse({ requestId: newId('prq', controls.ctx.random), requestTime: now, responseTime: now }, failure);
}

function baseUrlOf(request: EmulatorRequest): string {
  if (request.baseUrl !== undefined) {
    return request.baseUrl.replace(/\/+$/, '');
  }
  const host = request.headers['host'];
  return host !== undefined && /^[\w.:[\]-]+$/.test(host) ? `http://${host}` : 'http://localhost';
}
