import { useMemo, useState } from 'react';
import {
  selectFlowId,
  type AuthNClient,
  type AuthNError,
  type FlowCompleteResult,
  type FlowEvent,
  type FlowOperation,
  type FlowResult,
  type FlowStartRequest,
} from '../../core/index.js';
import type { FlowActorRef } from '../hooks/flow-context.js';
import { useLatest } from '../hooks/use-latest.js';
import { callSafely } from './call-safely.js';
import {
  completeFlowOptions,
  newFlowMutationScope,
  readFlowOptions,
  restartFlowOptions,
  startFlowOptions,
  updateFlowOptions,
  type CompleteFlowVariables,
  type ReadFlowVariables,
  type RestartFlowVariables,
  type UpdateFlowVariables,
} from './flow-mutations.js';
import { useSilentMutation } from './use-silent-mutation.js';

export interface FlowMutationCallbacks {
  onComplete?: ((result: FlowCompleteResult) => void) | undefined;
  onError?: ((error: AuthNError) => void) | undefined;
}

/** The calls of one flow. Each reports its answer to the machine; none tells it that it left. */
export interface FlowCalls {
  start(request: FlowStartRequest): void;
  update(variables: UpdateFlowVariables): void;
  /** The machine's state read (`recovering`): reported as the `""` update it is on the wire. */
  read(variables: ReadFlowVariables): void;
  restart(variables: RestartFlowVariables): void;
  complete(variables: CompleteFlowVariables): void;
}

/**
 * The flow's calls as mutations of one scope of their own, whose answers reach the machine as
 * facts (`api.responded`, `api.completed`, `api.failed`). Tokens go to `onComplete` only.
 */
export function useFlowCalls(
  actorRef: FlowActorRef,
  client: AuthNClient,
  send: (event: FlowEvent) => void,
  callbacks: FlowMutationCallbacks,
): FlowCalls {
  const latest = useLatest(callbacks);
  const [scope] = useState(newFlowMutationScope);
  const fail = (operation: FlowOperation, flowId: string | undefined, error: AuthNError) => {
    send({ type: 'api.failed', operation, flowId, error });
    callSafely(latest.current.onError, error);
  };
  const reported = (operation: Exclude<FlowOperation, 'complete'>) => ({
    onSuccess: (result: FlowResult) => send({ type: 'api.responded', operation, result }),
    onError: (error: AuthNError, { flowId }: { flowId: string }) => fail(operation, flowId, error),
  });

  const start = useSilentMutation({
    ...startFlowOptions(client, scope),
    ...reported('start'),
    onError: (error) => fail('start', undefined, error),
  });
  const update = useSilentMutation({ ...updateFlowOptions(client, scope), ...reported('update') });
  const read = useSilentMutation({ ...readFlowOptions(client, scope), ...reported('update') });
  const restart = useSilentMutation({ ...restartFlowOptions(client, scope), ...reported('restart') });
  const complete = useSilentMutation({
    ...completeFlowOptions(client, scope),
    onSuccess: (result, variables) => {
      send({ type: 'api.completed', flowId: variables.flowId });
      // Not when the user started over while the call was out: they asked for another flow. A flow
      // unmounted meanwhile still hands its tokens to the app.
      if (selectFlowId(actorRef.getSnapshot()) === variables.flowId) {
        callSafely(latest.current.onComplete, result);
      }
    },
    onError: (error, variables) => fail('complete', variables.flowId, error),
  });

  return useMemo(() => ({ start, update, read, restart, complete }), [start, update, read, restart, complete]);
}
