import { useState } from 'react';
import type { FlowView } from '../../../core/index.js';
import type { FlowCommands } from '../../hooks/flow-context.js';
import { isUpdating } from '../../hooks/pending-call.js';

type PollState = 'idle' | 'asked' | 'checking' | 'not-yet';

export interface LinkPoll {
  /** The poll is in flight. */
  polling: boolean;
  /** The last poll came back and the flow had not moved on: the link was not opened yet. */
  notYet: boolean;
  /** "I've verified": `flow/update` with choice `""`, which answers the current state. */
  poll: () => void;
  /** Forgets the last answer, e.g. when a new email is sent. */
  clear: () => void;
}

/**
 * "I've verified" for a link opened in another browser or tab. If the flow moved on, this step is
 * gone; if it is still here when the answer arrives, the link was not used yet and we say so.
 */
export function useLinkPoll(view: FlowView, submit: FlowCommands['submit']): LinkPoll {
  const [state, setState] = useState<PollState>('idle');
  const polling = isUpdating(view, '');
  if (state === 'asked' && polling) {
    setState('checking');
  } else if (state === 'checking' && !polling) {
    setState(view.formError === null ? 'not-yet' : 'idle');
  }
  return {
    polling,
    notYet: state === 'not-yet',
    poll: () => {
      if (view.busy) {
        return;
      }
      setState('asked');
      submit('', {});
    },
    clear: () => setState('idle'),
  };
}
