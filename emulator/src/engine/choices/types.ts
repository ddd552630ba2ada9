import type { EngineContext, RequestInfo } from '../context.js';
import type { FlowView } from '../flow-view.js';
import type { FlowRecord } from '../records.js';

/**
 * One `flow/update` or `flow/restart` of one choice. The handler parses `data` (pointer `/data`),
 * changes `flow` in place (and the user through saveFlowUser), and throws ApiError to refuse; the
 * caller settles, saves and renders the flow. A handler that awaits calls assertFresh before it
 * writes anything.
 */
export interface ChoiceCall {
  ctx: EngineContext;
  flow: FlowRecord;
  /** The flow as it was offered when the request came in. */
  view: FlowView;
  data: Record<string, unknown>;
  request: RequestInfo;
}

export type ChoiceHandler = (call: ChoiceCall) => void | Promise<void>;
