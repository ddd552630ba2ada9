import type { EngineContext } from './context.js';
import { fail } from './failures.js';
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
 * Re-reads a flow after an await (password hashing) and fails if another request moved it on
 * meanwhile, so two racing submits cannot both act on the same step.
 */
export function reloadUnchanged(ctx: EngineContext, before: FlowRecord): FlowRecord {
  const now = loadFlow(ctx, before.id);
  if (JSON.stringify(now.step) !== JSON.stringify(before.step)) {
    fail({
      status: 'ValidationError',
      errors: [{ code: 'BadState', source: '/choice', detail: 'The flow changed while this request ran' }],
    });
  }
  return now;
}
