import type { EngineContext } from '../engine/context.js';
import { checkTokenRequest, completeFlow, restartFlow, startFlow, updateFlow } from '../engine/flows.js';
import type { Answer } from '../engine/wire-types.js';

export type ApiOperation = (ctx: EngineContext, body: unknown) => Promise<Answer<unknown>>;

/** The `/v2` endpoints this emulator answers; all of them are `POST`. */
export const API_ROUTES: ReadonlyMap<string, ApiOperation> = new Map<string, ApiOperation>([
  ['/v2/flow/start', startFlow],
  ['/v2/flow/update', updateFlow],
  ['/v2/flow/restart', restartFlow],
  ['/v2/flow/complete', completeFlow],
  ['/v2/client/token/check', checkTokenRequest],
]);
