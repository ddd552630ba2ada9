import { useEffect } from 'react';
import { isLinkChoice, linkUsedMessage, openFlowChannel, type FlowResume } from '../../core/index.js';
import type { FlowActorRef } from '../hooks/flow-context.js';

/**
 * In a tab opened from an emailed link: once the server took the link, tells the tab that asked
 * for it (over the flow channel) so it leaves "Check your email" by itself. This tab goes on with
 * the flow, as it holds the link's code; `done` tells the other tab not to complete it too.
 */
export function useLinkUsedBroadcast(actorRef: FlowActorRef): void {
  useEffect(() => {
    const resume = actorRef.getSnapshot().context.resume;
    if (resume === null || !isLinkChoice(resume.choice) || actorRef.getSnapshot().context.flow !== null) {
      return undefined;
    }
    let waiting: FlowResume | null = resume;
    const channel = openFlowChannel();
    const subscription = actorRef.subscribe((snapshot) => {
      const { flow, callbackError, error, failedOperation } = snapshot.context;
      // A failed `flow/complete` is no refusal: the server took the link, and "Try again" may still
      // finish here. Wait until the flow moves on, or nothing is ever said.
      if (waiting === null || flow === null || failedOperation === 'complete') {
        return;
      }
      const message = linkUsedMessage(waiting, {
        flowId: flow.flowId,
        refused: callbackError || error !== null,
        done: snapshot.matches('completing') || snapshot.matches('complete'),
      });
      waiting = null;
      if (message !== null) {
        channel.post(message);
      }
    });
    return () => {
      subscription.unsubscribe();
      channel.close();
    };
  }, [actorRef]);
}
