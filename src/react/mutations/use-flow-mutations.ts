import { useCallback, useEffect, useMemo, useState } from 'react';
import { createAutoSendOnce, selectFlowView, type AuthNClient, type FlowEvent, type FlowSnapshot } from '../../core/index.js';
import type { FlowActorRef, FlowCommands } from '../hooks/flow-context.js';
import { flowRequests, type HeldSubmit } from './flow-requests.js';
import { useFlowCalls, type FlowMutationCallbacks } from './use-flow-calls.js';

interface UseFlowMutationsOptions extends FlowMutationCallbacks {
  actorRef: FlowActorRef;
  client: AuthNClient;
  /** Leaving for a provider's sign-in page (`FlowCommands.redirect`); not a call, passed through. */
  navigation: Pick<FlowCommands, 'redirect' | 'redirectTarget'>;
}

/**
 * The one bridge between TanStack Query and the flow machine: it turns intents and the machine's
 * requests into calls (flow-requests.ts), and answers into facts for the machine
 * (use-flow-calls.ts). What runs when is the machine's: the bridge keeps only the data of a
 * submit the machine deferred. Tokens go to `onComplete` only; they never enter the machine.
 */
export function useFlowMutations({ actorRef, client, navigation, onComplete, onError }: UseFlowMutationsOptions): FlowCommands {
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
  const calls = useFlowCalls(actorRef, client, send, { onComplete, onError });
  // The one piece of data the bridge keeps: a deferred submit's, which the machine must not hold.
  const [held] = useState<HeldSubmit>(() => ({ current: null }));
  const requests = useMemo(() => flowRequests(actorRef, send, calls, held), [actorRef, send, calls, held]);

  // Runs the calls the machine asks for from its own notification rather than a render, which
  // would cost a commit of its own. Codes and links not sent yet go out the same way, in the task
  // of the answer that asked for them (core/flow/flow.auto-send.ts).
  const [autoSendOnce] = useState(createAutoSendOnce);
  useEffect(() => {
    const run = (snapshot: FlowSnapshot) => {
      if (requests.runAction(snapshot)) {
        return;
      }
      const due = autoSendOnce(selectFlowView(snapshot));
      if (due !== null) {
        requests.restart(due.choice, {});
      }
    };
    run(actorRef.getSnapshot());
    return actorRef.subscribe(run).unsubscribe;
  }, [actorRef, requests, autoSendOnce]);

  return useMemo<FlowCommands>(
    () => ({
      submit: requests.submit,
      restart: requests.restart,
      // During a background call the machine keeps the pick for when that call answers.
      chooseMethod: (choice) => send({ type: 'user.chooseMethod', choice }),
      back: () => send({ type: 'user.back' }),
      startOver: () => send({ type: 'user.startOver' }),
      retry: () => send({ type: 'user.retry' }),
      ...navigation,
      finish: () => send({ type: 'user.finish' }),
    }),
    [requests, send, navigation],
  );
}
