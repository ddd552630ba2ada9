import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { transition } from 'xstate';
import {
  createAutoSendOnce,
  flowMachine,
  selectAction,
  selectFlowView,
  type AuthNClient,
  type AuthNError,
  type FlowCompleteResult,
  type FlowSnapshot,
  type FlowEvent,
  type FlowIdentifier,
  type FlowOperation,
} from '../../core/index.js';
import type { FlowActorRef, FlowCommands } from '../hooks/flow-context.js';
import { useLatest } from '../hooks/use-latest.js';
import { callSafely } from './call-safely.js';
import {
  completeFlowOptions,
  readFlowOptions,
  restartFlowOptions,
  startFlowOptions,
  updateFlowOptions,
  type RestartFlowVariables,
  type UpdateFlowVariables,
} from './flow-mutations.js';
import { withPageDefaults } from './page-defaults.js';
import { toAuthNError } from './to-authn-error.js';
import { useSilentMutation } from './use-silent-mutation.js';

export interface FlowMutationCallbacks {
  onComplete?: ((result: FlowCompleteResult) => void) | undefined;
  onError?: ((error: AuthNError) => void) | undefined;
}

interface UseFlowMutationsOptions extends FlowMutationCallbacks {
  actorRef: FlowActorRef;
  client: AuthNClient;
  /** Leaving for a provider's sign-in page (`FlowCommands.redirect`); not a call, passed through. */
  navigation: Pick<FlowCommands, 'redirect' | 'redirectTarget'>;
}

/** The typed identifier, kept by the machine to restart an expired flow. Never a secret. */
function identifierOf(variables: UpdateFlowVariables): FlowIdentifier | undefined {
  if (variables.choice === 'set_email') {
    return { kind: 'email', value: variables.data.email };
  }
  if (variables.choice === 'set_username') {
    return { kind: 'username', value: variables.data.username };
  }
  return undefined;
}

type Answer = Extract<FlowEvent, { type: 'api.responded' }>;

/** Whether the machine, hearing this answer, would ask for `flow/complete` (its own decision). */
function completesFlow(actorRef: FlowActorRef, answer: Answer): boolean {
  const [next] = transition(flowMachine, actorRef.getSnapshot(), answer);
  return selectAction(next)?.type === 'complete';
}

/**
 * The one bridge between TanStack Query and the flow machine: mutations make every call and
 * report it to the machine as facts (`api.requested`, `api.responded`, `api.completed`,
 * `api.failed`). Tokens go to `onComplete` only; they never enter the machine.
 */
export function useFlowMutations({
  actorRef,
  client,
  navigation,
  onComplete,
  onError,
}: UseFlowMutationsOptions): FlowCommands {
  const callbacks = useLatest({ onComplete, onError });

  const send = useCallback(
    (event: FlowEvent) => {
      // A call can settle after the actor stopped, which would only warn. (An actor that
      // @xstate/react stopped on unmount reads as active again and queues the event unprocessed.)
      if (actorRef.getSnapshot().status !== 'stopped') {
        actorRef.send(event);
      }
    },
    [actorRef],
  );

  const fail = useCallback(
    (operation: FlowOperation, flowId: string | undefined, cause: unknown) => {
      const error = toAuthNError(cause);
      send({ type: 'api.failed', operation, flowId, error });
      callSafely(callbacks.current.onError, error);
    },
    [send, callbacks],
  );

  // An answer that completes the flow waits here while `flow/complete` runs, and the machine hears
  // both in the task of the last one: the step stays busy on screen until the flow is complete, and
  // React commits that change once, not once more for a "completing" screen between the two calls.
  const heldAnswer = useRef<Answer | null>(null);
  const releasing = useRef(false);
  const releaseHeldAnswer = useCallback(() => {
    const held = heldAnswer.current;
    if (held !== null) {
      heldAnswer.current = null;
      // The machine moves to `completing` and asks for the call that has been made already.
      releasing.current = true;
      try {
        send(held);
      } finally {
        releasing.current = false;
      }
    }
  }, [send]);

  const { mutate: mutateComplete, reset: resetComplete } = useSilentMutation({
    ...completeFlowOptions(client),
    onSuccess: (result, variables) => {
      releaseHeldAnswer();
      send({ type: 'api.completed', flowId: variables.flowId });
      // Not when the user started over while the call was out: they asked for another flow. A flow
      // unmounted meanwhile still hands its tokens to the app.
      if (actorRef.getSnapshot().context.flow?.flowId === variables.flowId) {
        callSafely(callbacks.current.onComplete, result);
      }
    },
    onError: (error, variables) => {
      releaseHeldAnswer();
      fail('complete', variables.flowId, error);
    },
  });

  function answer(event: Answer): void {
    if (!completesFlow(actorRef, event)) {
      send(event);
      return;
    }
    heldAnswer.current = event;
    mutateComplete({ flowId: event.result.flowId }, { onSettled: () => resetComplete() });
  }

  const { mutate: mutateStart, reset: resetStart } = useSilentMutation({
    ...startFlowOptions(client),
    onSuccess: (result) => answer({ type: 'api.responded', operation: 'start', result }),
    onError: (error) => fail('start', undefined, error),
  });

  // Set when a step's call leaves and cleared when it settles: a second click can arrive before
  // React re-renders the busy state, and before a mutation-cache `onMutate` lets ours run.
  const stepCallInFlight = useRef(false);
  // A call the user did not ask for (`restart(…, { background: true })`) must not swallow what
  // they do meanwhile: their last submit or pick waits here and runs once that call settles.
  const backgroundInFlight = useRef(false);
  const afterBackground = useRef<(() => void) | null>(null);

  const { mutate: mutateUpdate, reset: resetUpdate } = useSilentMutation({
    ...updateFlowOptions(client),
    // The flag drops before the machine hears the answer: a step mounted by that answer may call at once.
    onSuccess: (result) => {
      stepCallInFlight.current = false;
      answer({ type: 'api.responded', operation: 'update', result });
    },
    onError: (error, variables) => {
      stepCallInFlight.current = false;
      fail('update', variables.flowId, error);
    },
  });

  // The machine's state read (`recovering`): reported as the `""` update it is on the wire.
  const { mutate: mutateRead, reset: resetRead } = useSilentMutation({
    ...readFlowOptions(client),
    onSuccess: (result) => answer({ type: 'api.responded', operation: 'update', result }),
    onError: (error, variables) => fail('update', variables.flowId, error),
  });

  const { mutate: mutateRestart, reset: resetRestart } = useSilentMutation({
    ...restartFlowOptions(client),
    onSuccess: (result) => {
      stepCallInFlight.current = false;
      answer({ type: 'api.responded', operation: 'restart', result });
    },
    onError: (error, variables) => {
      stepCallInFlight.current = false;
      fail('restart', variables.flowId, error);
    },
    onSettled: () => {
      backgroundInFlight.current = false;
      const next = afterBackground.current;
      afterBackground.current = null;
      next?.();
    },
  });

  // Each call tells the machine it left before it goes, in the same task as the click or the
  // answer that caused it, so React renders the busy state together with that change: one commit,
  // not one for the cause and one more for `api.requested`.
  const update = useCallback(
    (variables: UpdateFlowVariables) => {
      send({
        type: 'api.requested',
        operation: 'update',
        flowId: variables.flowId,
        choice: variables.choice,
        identifier: identifierOf(variables),
      });
      // Reset detaches the settled mutation so, with `gcTime: 0`, the password leaves the cache.
      mutateUpdate(variables, { onSettled: () => resetUpdate() });
    },
    [send, mutateUpdate, resetUpdate],
  );

  /** The flow a step call is for, or `undefined` when the machine cannot take that call now. */
  const flowIdFor = useCallback(
    (operation: 'update' | 'restart', choice: UpdateFlowVariables['choice']) => {
      const snapshot = actorRef.getSnapshot();
      const flowId = snapshot.context.flow?.flowId;
      if (stepCallInFlight.current || flowId === undefined) {
        return undefined;
      }
      return snapshot.can({ type: 'api.requested', operation, flowId, choice }) ? flowId : undefined;
    },
    [actorRef],
  );

  const restart = useCallback<FlowCommands['restart']>(
    (choice, data, options) => {
      const flowId = flowIdFor('restart', choice);
      if (flowId === undefined) {
        return;
      }
      stepCallInFlight.current = true;
      const background = options?.background === true;
      backgroundInFlight.current = background;
      send({ type: 'api.requested', operation: 'restart', flowId, choice, background });
      mutateRestart({ flowId, choice, data, background } as RestartFlowVariables, { onSettled: () => resetRestart() });
    },
    [flowIdFor, send, mutateRestart, resetRestart],
  );

  // Runs each call the machine asks for once, from the machine's own notification rather than a
  // render: a render would cost a commit of its own. StrictMode subscribes twice with the same
  // action, and a second `flow/start` would orphan the first flow. Codes and links not sent yet go
  // out the same way, in the task of the answer that asked for them (core/flow/flow.auto-send.ts).
  const lastActionId = useRef<number | null>(null);
  const [autoSendOnce] = useState(createAutoSendOnce);
  useEffect(() => {
    const run = (snapshot: FlowSnapshot) => {
      const action = selectAction(snapshot);
      if (action === null || lastActionId.current === action.id) {
        const due = autoSendOnce(selectFlowView(snapshot));
        if (due !== null) {
          restart(due.choice, {});
        }
        return;
      }
      lastActionId.current = action.id;
      if (action.type === 'start') {
        send({ type: 'api.requested', operation: 'start' });
        mutateStart(withPageDefaults(action.request), { onSettled: () => resetStart() });
      } else if (action.type === 'update' && action.choice === '') {
        // A state read, after a refused callback or an answer the kit cannot explain.
        send({ type: 'api.requested', operation: 'update', flowId: action.flowId, choice: '' });
        mutateRead({ flowId: action.flowId }, { onSettled: () => resetRead() });
      } else if (action.type === 'update') {
        // A callback resuming its flow: the update it carries.
        const { flowId, choice, data } = action;
        update({ flowId, choice, data } as UpdateFlowVariables);
      } else {
        send({ type: 'api.requested', operation: 'complete', flowId: action.flowId });
        if (releasing.current) {
          return; // made already, with the answer held back (`answer`)
        }
        // Reset drops the tokens from the mutation state once the machine and `onComplete` have them.
        mutateComplete({ flowId: action.flowId }, { onSettled: () => resetComplete() });
      }
    };
    run(actorRef.getSnapshot());
    return actorRef.subscribe(run).unsubscribe;
  }, [actorRef, send, update, restart, autoSendOnce, mutateStart, resetStart, mutateRead, resetRead, mutateComplete, resetComplete]);

  return useMemo<FlowCommands>(() => {
    const submit: FlowCommands['submit'] = (choice, data) => {
      if (backgroundInFlight.current) {
        afterBackground.current = () => submit(choice, data);
        return;
      }
      const flowId = flowIdFor('update', choice);
      if (flowId === undefined) {
        return;
      }
      stepCallInFlight.current = true;
      update({ flowId, choice, data } as UpdateFlowVariables);
    };
    const chooseMethod: FlowCommands['chooseMethod'] = (choice) => {
      if (backgroundInFlight.current) {
        afterBackground.current = () => chooseMethod(choice);
        return;
      }
      send({ type: 'user.chooseMethod', choice });
    };
    return {
      submit,
      restart,
      chooseMethod,
      back: () => send({ type: 'user.back' }),
      startOver: () => send({ type: 'user.startOver' }),
      retry: () => send({ type: 'user.retry' }),
      ...navigation,
      finish: () => send({ type: 'user.finish' }),
    };
  }, [flowIdFor, update, restart, send, navigation]);
}
