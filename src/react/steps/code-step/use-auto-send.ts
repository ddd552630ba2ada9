import { useEffect } from 'react';
import type { RestartChoiceName } from '../../../core/api/wire.js';
import { useFlowContext } from '../../flow/flow-context.js';

/**
 * The sends already made on a flow's behalf, per flow actor: a choice instance (flow, phase,
 * choice) is sent once, whatever remounts or StrictMode's double effects do, and a send the server
 * refused is never retried in a loop. A new flow (or a new actor) starts with none.
 */
const claimedSends = new WeakMap<object, Set<string>>();

function claim(owner: object, key: string): boolean {
  let claimed = claimedSends.get(owner);
  if (claimed === undefined) {
    claimed = new Set();
    claimedSends.set(owner, claimed);
  }
  if (claimed.has(key)) {
    return false;
  }
  claimed.add(key);
  return true;
}

/**
 * Sends a code or link the server has not sent yet (`sent: false`) with `restart(choice, {})`, as
 * Pangea's views do: once per choice instance, and only once the flow can take the call (a busy
 * flow would ignore it).
 */
export function useAutoSend(when: boolean, choice: RestartChoiceName, instanceKey: string, busy: boolean): void {
  const { actorRef, commands } = useFlowContext();
  useEffect(() => {
    if (!when || busy) {
      return;
    }
    // A step that mounts with the answer of the previous call renders before that call has fully
    // settled, and the flow drops a call made while another is settling. One task later it has.
    const timer = setTimeout(() => {
      if (claim(actorRef, instanceKey)) {
        commands.restart(choice, {});
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [when, busy, choice, instanceKey, actorRef, commands]);
}
