import type { EngineContext } from './context.js';
import { fail, failValidation, type ApiFailure } from './failures.js';
import type { FlowRecord } from './records.js';

/** The live flow with this id: 404 `NotFound` if unknown, 400 `FlowExpired` once past its lifetime. */
export function loadFlow(ctx: EngineContext, id: string): FlowRecord {
  const flow = ctx.store.getFlow(id);
  if (!flow) {
    fail({ status: 'NotFound', summary: 'Flow not found' });
  }
  if (ctx.now() >= flow.expiresAt) {
    fail({ status: 'FlowExpired' });
  }
  return flow;
}

/**
 * Call after an await (password hashing, WebAuthn verification) and before writing anything:
 * fails if another request moved the flow on meanwhile, so two racing submits cannot both act on
 * the same step.
 */
export function assertFresh(ctx: EngineContext, flow: FlowRecord): void {
  const stored = ctx.store.getFlow(flow.id);
  if (!stored || stored.version !== flow.version) {
    failValidation([{ code: 'BadState', source: '/choice', detail: 'The flow changed while this request ran' }]);
  }
}

export function saveFlow(ctx: EngineContext, flow: FlowRecord): void {
  flow.version += 1;
  ctx.store.putFlow(flow);
}

/** Fails the request but keeps what the flow learned (a wrong-code count, a lock). */
export function saveAndFail(ctx: EngineContext, flow: FlowRecord, failure: ApiFailure): never {
  saveFlow(ctx, flow);
  return fail(failure);
}
