import { useEffect, useState } from 'react';
import { createActor } from 'xstate';
import {
  createAutoSendOnce,
  flowMachine,
  safeRedirectUrl,
  selectFlowView,
  type FlowEvent,
  type FlowInput,
} from '../../src/core/index.js';
import type { FlowCommands } from '../../src/react/hooks/flow-context.js';
import { FlowScreen } from '../../src/react/flow/flow-screen.js';
import { dataKey, eventsWithData, inputWithData, type FixtureData } from './fixture-data.js';

/**
 * Events replayed into a fresh machine. A function is called when the story mounts: answers whose
 * times count from now (a resend cooldown) are made then, not when the stories file loads.
 */
export type FixtureEvents = readonly FlowEvent[] | (() => readonly FlowEvent[]);

export function eventsOf(events: FixtureEvents): readonly FlowEvent[] {
  return typeof events === 'function' ? events() : events;
}

export interface FixtureFlowProps
  extends Partial<Pick<FlowCommands, 'submit' | 'restart' | 'startOver' | 'retry' | 'finish' | 'redirect'>>,
    FixtureData {
  /** Events replayed into a fresh machine: recorded answers and user intents, no network. */
  events: FixtureEvents;
  input?: FlowInput;
  /**
   * The server's answer to the next `submit`: the call is reported as sent, and this comes back
   * 300 ms later (say the same step again, for "I've verified" before the link was opened).
   * Without it a submit only reaches the spy.
   */
  answer?: FlowEvent;
  /** As `<AuthNFlow redirectOrigins>`: where `redirect` may go. */
  redirectOrigins?: readonly string[];
}

const ignore = () => undefined;

/**
 * Renders the kit in the exact state a list of machine events leads to. Calls go to the given spies
 * (a story's `play` asserts what a step asked for); navigation that needs no server still works.
 * A designer's data (`email`, `passwordPolicy`) is written into the events, and replays them afresh.
 */
export function FixtureFlow(props: FixtureFlowProps) {
  const { email, passwordPolicy } = props;
  return <FixtureReplay key={dataKey({ email, passwordPolicy })} {...props} />;
}

function FixtureReplay(props: FixtureFlowProps) {
  const { submit, restart, startOver, retry, finish, redirect, redirectOrigins } = props;
  const designed: FixtureData = { email: props.email, passwordPolicy: props.passwordPolicy };
  const input = inputWithData(props.input, designed);
  const answer = props.answer === undefined ? undefined : eventsWithData([props.answer], designed)[0];
  const [actorRef] = useState(() => {
    const actor = createActor(flowMachine, { input });
    actor.start();
    eventsWithData(eventsOf(props.events), designed).forEach((event) => actor.send(event));
    return actor;
  });
  const [commands] = useState<FlowCommands>(() => ({
    submit: (choice, data) => {
      submit?.(choice, data);
      if (answer !== undefined) {
        const flowId = actorRef.getSnapshot().context.flow?.flowId;
        actorRef.send({ type: 'api.requested', operation: 'update', flowId, choice });
        setTimeout(() => actorRef.send(answer), 300);
      }
    },
    restart: restart ?? ignore,
    startOver: startOver ?? ignore,
    retry: retry ?? ignore,
    finish: finish ?? ignore,
    redirect: redirect ?? ignore,
    redirectTarget: (url) => safeRedirectUrl(url, redirectOrigins),
    chooseMethod: (choice) => actorRef.send({ type: 'user.chooseMethod', choice }),
    back: () => actorRef.send({ type: 'user.back' }),
  }));
  // As the kit's host does: a code or link not sent yet is asked for at once, here from the spy.
  const [autoSendOnce] = useState(createAutoSendOnce);
  useEffect(() => {
    const run = () => {
      const due = autoSendOnce(selectFlowView(actorRef.getSnapshot()));
      if (due !== null) {
        commands.restart(due.choice, {});
      }
    };
    run();
    return actorRef.subscribe(run).unsubscribe;
  }, [actorRef, commands, autoSendOnce]);
  return <FlowScreen actorRef={actorRef} commands={commands} />;
}
