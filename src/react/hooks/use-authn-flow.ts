import { useMemo } from 'react';
import { useSelector } from '@xstate/react';
import { selectFlowView, type FlowView } from '../../core/index.js';
import { useFlowContext, type FlowCommands } from './flow-context.js';
import { isSameFlowView } from './is-same-flow-view.js';

/** The headless API of the flow: what to show, and what the user can do. */
export interface AuthNFlowApi extends FlowCommands {
  /** Everything a step renders from: the step, its choice, errors, busy state. */
  view: FlowView;
}

/**
 * The flow of the nearest `<AuthNFlow>`, for custom steps and fully custom UIs. Steps read the
 * view and call commands; they never talk to the network or the machine directly.
 */
export function useAuthNFlow(): AuthNFlowApi {
  const { actorRef, commands } = useFlowContext();
  const view = useSelector(actorRef, selectFlowView, isSameFlowView);
  return useMemo(() => ({ ...commands, view }), [commands, view]);
}
