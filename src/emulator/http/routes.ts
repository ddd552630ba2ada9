import type { EngineContext, RequestInfo } from '../engine/context.js';
import { checkTokenRequest, jwksRequest, logoutRequest, refreshRequest, userinfo } from '../engine/operations/client.js';
import { completeFlow } from '../engine/operations/flow-complete.js';
import { startFlow } from '../engine/operations/flow-start.js';
import { restartFlow, updateFlow } from '../engine/operations/flow-update.js';
import type { Answer } from '../engine/wire-types.js';

export type ApiOperation = (ctx: EngineContext, body: unknown, request: RequestInfo) => Promise<Answer<unknown>>;

/** The `/v2` endpoints this emulator answers; all of them are `POST`. */
export const API_ROUTES: ReadonlyMap<string, ApiOperation> = new Map<string, ApiOperation>([
  ['/v2/flow/start', startFlow],
  ['/v2/flow/update', updateFlow],
  ['/v2/flow/restart', restartFlow],
  ['/v2/flow/complete', completeFlow],
  ['/v2/client/token/check', checkTokenRequest],
  ['/v2/client/userinfo', userinfo],
  ['/v2/client/session/refresh', refreshRequest],
  ['/v2/client/session/logout', logoutRequest],
  ['/v2/client/jwks', jwksRequest],
]);
