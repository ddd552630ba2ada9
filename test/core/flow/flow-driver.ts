import { createActor } from 'xstate';
import { flowMachine, selectFlowView } from '../../../src/core/index.js';
import type { FlowEvent, FlowInput, FlowView } from '../../../src/core/index.js';

/** The flow machine driven by events, read through what the screen reads (`selectFlowView`). */
export function flow(input?: FlowInput) {
  const actor = createActor(flowMachine, { input });
  actor.start();
  return {
    send(...events: FlowEvent[]) {
      events.forEach((event) => actor.send(event));
      return this;
    },
    get snapshot() {
      return actor.getSnapshot();
    },
    get state() {
      return actor.getSnapshot().value;
    },
    get view(): FlowView {
      return selectFlowView(actor.getSnapshot());
    },
  };
}
