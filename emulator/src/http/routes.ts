import type { EngineContext, RequestInfo } from '../engine/context.js';
import {
  looseCompleteResult,
  looseEmptyResult,
  looseFlowResult,
  looseSessionList,
  looseSessionResult,
  looseTokenInfo,
} from '../engine/loose-wire.js';
import { passwordChangeRequest, sessionInvalidateRequest, sessionListRequest } from '../engine/operations/account.js';
import { checkTokenRequest, jwksRequest, logoutRequest, refreshRequest, userinfo } from '../engine/operations/client.js';
import { completeFlow } from '../engine/operations/flow-complete.js';
import { startFlow } from '../engine/operations/flow-start.js';
import { restartFlow, updateFlow } from '../engine/operations/flow-update.js';
import type { Answer } from '../engine/wire-types.js';

/** An answer ready for the envelope: its result as the config's wire form wants it. */
export interface WireAnswer {
  summary: string;
  result: unknown;
}

export type ApiOperation = (ctx: EngineContext, body: unknown, request: RequestInfo) => Promise<WireAnswer>;

type Operation<TResult> = (ctx: EngineContext, body: unknown, request: RequestInfo) => Promise<Answer<TResult>>;

/** An endpoint with the loose-wire form of its result (engine/loose-wire.ts), used when `looseWire` is on. */
function route<TResult>(operation: Operation<TResult>, loosen: (result: TResult) => unknown): ApiOperation {
  return async (ctx, body, request) => {
    // Read before the operation awaits, as the envelope's form is (handle.ts): one form per answer.
    const loose = ctx.config.looseWire;
    const answer = await operation(ctx, body, request);
    return loose ? { summary: answer.summary, result: loosen(answer.result) } : answer;
  };
}

const asIs = <TResult>(result: TResult): TResult => result;

/** The `/v2` endpoints this emulator answers; all of them are `POST`. */
export const API_ROUTES: ReadonlyMap<string, ApiOperation> = new Map<string, ApiOperation>([
  ['/v2/flow/start', route(startFlow, looseFlowResult)],
  ['/v2/flow/update', route(updateFlow, looseFlowResult)],
  ['/v2/flow/restart', route(restartFlow, looseFlowResult)],
  ['/v2/flow/complete', route(completeFlow, looseCompleteResult)],
  ['/v2/client/token/check', route(checkTokenRequest, looseTokenInfo)],
  ['/v2/client/userinfo', route(userinfo, looseSessionResult)],
  ['/v2/client/session/refresh', route(refreshRequest, looseSessionResult)],
  ['/v2/client/session/logout', route(logoutRequest, looseEmptyResult)],
  ['/v2/client/session/list', route(sessionListRequest, looseSessionList)],
  ['/v2/client/session/invalidate', route(sessionInvalidateRequest, looseEmptyResult)],
  ['/v2/client/password/change', route(passwordChangeRequest, looseEmptyResult)],
  ['/v2/client/jwks', route(jwksRequest, asIs)],
]);
