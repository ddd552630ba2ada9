import { createContext, useContext, useEffect, useState } from 'react';
import { linkHandoffOf, openFlowChannel, type LinkHandoff, type OpenFlowChannelPort } from '../../../core/index.js';

/**
 * How the step opens the flow channel: a `BroadcastChannel` unless given (stories give a fake that
 * delivers a message at once). Not public: the app has nothing to choose here.
 */
export const FlowChannelPortContext = createContext<OpenFlowChannelPort | undefined>(undefined);

export interface LinkHandoffState {
  /** Another tab used this flow's link: it finished the flow, or it is at the next step. */
  handoff: LinkHandoff | null;
  /** Back to the step as it was, for "Continue here". */
  dismiss: () => void;
}

/**
 * Listens, while the link is out (`waiting`), for another tab of this origin saying it opened the
 * link of flow `flowId` (see use-link-broadcast.ts). Nothing secret arrives: the flow id and
 * whether that tab completes the flow.
 */
export function useLinkHandoff(flowId: string | undefined, waiting: boolean): LinkHandoffState {
  const open = useContext(FlowChannelPortContext);
  const [handoff, setHandoff] = useState<LinkHandoff | null>(null);
  useEffect(() => {
    if (!waiting || flowId === undefined) {
      return undefined;
    }
    // No port given (outside stories): `open` is undefined, and the channel opens a BroadcastChannel.
    const channel = openFlowChannel({
      open,
      onMessage: (message) => {
        const heard = linkHandoffOf(message, flowId);
        if (heard !== null) {
          setHandoff(heard);
        }
      },
    });
    return () => channel.close();
  }, [flowId, waiting, open]);
  return { handoff, dismiss: () => setHandoff(null) };
}
