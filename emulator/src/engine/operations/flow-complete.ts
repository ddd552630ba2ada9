import type { EngineContext } from '../context.js';
import { fail, failValidation } from '../failures.js';
import { loadFlow } from '../flow-store.js';
import { viewFlow } from '../flow-view.js';
import { CompleteFlowBodySchema } from '../request-schemas.js';
import { issueSession } from '../tokens.js';
import { parseOrFail } from '../validation.js';
import type { Answer, WireFlowCompleteResult } from '../wire-types.js';

/** `flow/complete`: tokens for a `phase_completed` flow, which is then consumed. */
export async function completeFlow(ctx: EngineContext, body: unknown): Promise<Answer<WireFlowCompleteResult>> {
  const input = parseOrFail(CompleteFlowBodySchema, body);
  const flow = loadFlow(ctx, input.flow_id);
  const view = viewFlow(ctx, flow);
  if (view.phase !== 'phase_completed') {
    failValidation([{ code: 'BadState', source: '/flow_id', detail: 'The flow is not completed yet' }]);
  }
  const user = flow.draft === null ? view.user : undefined;
  if (!user) {
    return failValidation([{ code: 'DoesNotExist', source: '/flow_id', detail: 'The account no longer exists' }]);
  }
  if (user.disabled) {
    fail({ status: 'DisabledUser' });
  }
  ctx.store.deleteFlow(flow.id);
  const scopes = flow.consent ?? [];
  const result = issueSession(ctx, user, { scopes, clientId: flow.clientId });
  if (flow.clientId !== null) {
    result.client_id = flow.clientId;
    result.scope = scopes.join(' ');
  }
  return { summary: 'Flow completed', result };
}
