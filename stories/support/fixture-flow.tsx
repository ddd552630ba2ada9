import { useState } from 'react';
import { createActor } from 'xstate';
import { flowMachine, type FlowEvent, type FlowInput } from '../../src/core/index.js';
import type { FlowCommands } from '../../src/react/flow/flow-context.js';
import { FlowScreen } from '../../src/react/flow/flow-screen.js';

export interface FixtureFlowProps extends Partial<Pick<FlowCommands, 'submit' | 'restart' | 'startOver' | 'retry' | 'finish' | 'redirect'>> {
  /** Events replayed into a fresh machine: recorded answers and user intents, no network. */
  events: readonly FlowEvent[];
  input?: FlowInput;
}

const ignore = () => undefined;

/**
 * Renders the kit in the exact state a list of machine events leads to. Calls go to the given spies
 * (a story's `play` asserts what a step asked for); navigation that needs no server still works.
 */
export function FixtureFlow({ events, input, submit, restart, startOver, retry, finish, redirect }: FixtureFlowProps) {
  const [actorRef] = useState(() => {
    const actor = createActor(flowMachine, { input });
    actor.start();
    events.forEach((event) => actor.send(event));
    return actor;
  });
  const [commands] = useState<FlowCommands>(() => ({
    submit: submit ?? ignore,
    restart: restart ?? ignore,
    startOver: startOver ?? ignore,
    retry: retry ?? ignore,
    finish: finish ?? ignore,
    redirect: redirect ?? ignore,
    chooseMethod: (choice) => actorRef.send({ type: 'user.chooseMethod', choice }),
    back: () => actorRef.send({ type: 'user.back' }),
  }));
  return <FlowScreen actorRef={actorRef} commands={commands} />;
}
