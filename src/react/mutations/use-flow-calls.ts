import { useMemo, useState } from 'react';
import {
  selectFlowId,
  type AuthNClient,
  type AuthNError,
  type FlowCompleteResult,
  type FlowEvent,
  type FlowOperation,
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
import { toAuthNError } from './to-authn-error.js';
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
  const fail = (operation: FlowOperation, flowId: string | undefined, cause: unknown) => {
    const error = toAuthNError(cause);
    send({ type: 'api.failed', operation, flowId, error });
    callSafely(latest.current.onError, error);
  };

  const start = useSilentMutation({
    ...startFlowOptions(client, scope),
    onSuccess: (result) => send({ type: 'api.responded', operation: 'start', result }),
    onError: (error) => fail('start', undefined, error),
  });
  const update = useSilentMutation({
    ...updateFlowOptions(client, scope),
    onSuccess: (result) => send({ type: 'api.responded', operation: 'update', result }),
    onError: (error, variables) => fail('update', variables.flowId, error),
  });
  const read = useSilentMutation({
    ...readFlowOptions(client, scope),
    onSuccess: (result) => send({ type: 'api.responded', operation: 'update', result }),
    onError: (error, variables) => fail('update', variables.flowId, error),
  });
  const restart = useSilentMutation({
    ...restartFlowOptions(client, scope),
    onSuccess: (result) => send({ type: 'api.responded', operation: 'restart', result }),
    onError: (error, variables) => fail('restart', variables.flowId, error),
  });
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

  // Reset detaches each settled mutation so, with `gcTime: 0`, passwords and tokens leave the cache.
  return useMemo<FlowCalls>(
    () => ({
      start: (request) => start.mutate(request, { onSettled: start.reset }),
      update: (variables) => update.mutate(variables, { onSettled: update.reset }),
      read: (variables) => read.mutate(variables, { onSettled: read.reset }),
      restart: (variables) => restart.mutate(variables, { onSettled: restart.reset }),
      complete: (variables) => complete.mutate(variables, { onSettled: complete.reset }),
    }),
    [start, update, read, restart, complete],
  );
}
