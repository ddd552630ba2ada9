import type { FlowChoiceName } from '../choice-names.js';
import { RESTART_HANDLERS, UPDATE_HANDLERS } from '../choices/registry.js';
import type { EngineContext, RequestInfo } from '../context.js';
import { fail } from '../failures.js';
import { loadFlow } from '../flow-store.js';
import { isOffered, notOffered, viewFlow } from '../flow-view.js';
import type { FlowRecord } from '../records.js';
import { ChoiceBodySchema } from '../request-schemas.js';
import { parseOrFail } from '../validation.js';
import type { Answer, WireFlowResult } from '../wire-types.js';
import { commitFlow } from './commit.js';

/**
 * `flow/update`. Order of refusals: body shape (ValidationError), unknown flow (404 NotFound),
 * expired flow (FlowExpired), a code already used in this flow (CodeAlreadyUsed, even when its
 * choice is gone by now), a choice not offered (ValidationError BadState at `/choice`), then the
 * choice's own checks.
 */
export async function updateFlow(ctx: EngineContext, body: unknown, request: RequestInfo): Promise<Answer<WireFlowResult>> {
  const input = parseOrFail(ChoiceBodySchema, body);
  const flow = loadFlow(ctx, input.flow_id);
  rejectReplayedCode(flow, input.choice, input.data);
  const view = viewFlow(ctx, flow);
  if (input.choice !== '' && !isOffered(view, input.choice)) {
    notOffered(input.choice);
  }
  await UPDATE_HANDLERS[input.choice]({ ctx, flow, view, data: input.data, request });
  return commitFlow(ctx, flow, 'Flow updated');
}

/** `flow/restart`: resends a code or link, changes the address, or starts a passkey ceremony. */
export async function restartFlow(ctx: EngineContext, body: unknown, request: RequestInfo): Promise<Answer<WireFlowResult>> {
  const input = parseOrFail(ChoiceBodySchema, body);
  const flow = loadFlow(ctx, input.flow_id);
  const view = viewFlow(ctx, flow);
  const handler = RESTART_HANDLERS[input.choice];
  if (!handler || !isOffered(view, input.choice)) {
    return notOffered(input.choice, 'restarted');
  }
  await handler({ ctx, flow, view, data: input.data, request });
  return commitFlow(ctx, flow, 'Flow restarted');
}

/** A reopened link or a resubmitted code is told apart from a wrong one, so a UI can say so. */
function rejectReplayedCode(flow: FlowRecord, choice: FlowChoiceName, data: Record<string, unknown>): void {
  const code = typeof data['code'] === 'string' ? data['code'] : codeInUri(data['uri']);
  if (code !== undefined && flow.consumed.some((used) => used.choice === choice && used.code === code)) {
    fail({ status: 'CodeAlreadyUsed' });
  }
}

function codeInUri(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || !URL.canParse(uri)) {
    return undefined;
  }
  return new URL(uri).searchParams.get('code') ?? undefined;
}
