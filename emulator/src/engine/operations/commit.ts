import type { EngineContext } from '../context.js';
import { saveFlow } from '../flow-store.js';
import type { FlowRecord } from '../records.js';
import { renderFlow } from '../render-flow.js';
import { settle } from '../settle.js';
import type { Answer, WireFlowResult } from '../wire-types.js';

/** Settles, saves and renders a flow a handler changed. */
export function commitFlow(ctx: EngineContext, flow: FlowRecord, summary: string): Answer<WireFlowResult> {
  settle(ctx, flow);
  saveFlow(ctx, flow);
  return { summary, result: renderFlow(ctx, flow) };
}
