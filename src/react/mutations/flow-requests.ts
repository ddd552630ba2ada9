import {
  selectAction,
  type FlowAction,
  type FlowEvent,
  type FlowIdentifier,
  type FlowSnapshot,
} from '../../core/index.js';
import type { FlowActorRef, FlowCommands } from '../hooks/flow-context.js';
import type { RestartFlowVariables, UpdateFlowVariables } from './flow-mutations.js';
import { withPageDefaults } from './page-defaults.js';
import type { FlowCalls } from './use-flow-calls.js';

/** The data of the submit the machine deferred (`user.submit`): kept by the host, never by the machine. */
export interface HeldSubmit {
  current: UpdateFlowVariables | null;
}

export interface FlowRequests extends Pick<FlowCommands, 'submit' | 'restart'> {
  /** Makes the call `snapshot` asks for (`selectAction`), if any; `false` when it asks for none. */
  runAction(snapshot: FlowSnapshot): boolean;
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

/**
 * Intents and the machine's requests turned into calls. Each call first tells the machine it
 * leaves (`api.requested`) and goes only if the machine takes that: a second click, or a second
 * run of a request already acknowledged, is refused by the machine itself. The event goes in the
 * same task as the click or answer that caused it, so React renders the busy state with it.
 */
export function flowRequests(
  actorRef: FlowActorRef,
  send: (event: FlowEvent) => void,
  calls: FlowCalls,
  held: HeldSubmit,
): FlowRequests {
  // Tells the machine the call leaves, and makes it if the machine takes that.
  const ask = (request: Omit<Extract<FlowEvent, { type: 'api.requested' }>, 'type'>, call: () => void): boolean => {
    const event: FlowEvent = { type: 'api.requested', ...request };
    const taken = actorRef.getSnapshot().can(event);
    if (taken) {
      send(event);
      call();
    }
    return taken;
  };
  const update = (variables: UpdateFlowVariables): boolean => {
    const { flowId, choice } = variables;
    const identifier = identifierOf(variables);
    return ask({ operation: 'update', flowId, choice, identifier }, () => calls.update(variables));
  };
  const flowId = () => actorRef.getSnapshot().context.flow?.flowId;

  const submit: FlowCommands['submit'] = (choice, data) => {
    const id = flowId();
    // No flow yet (the first screen, while `flow/start` runs): the flow id is the action's, later.
    const variables = { flowId: id ?? '', choice, data } as UpdateFlowVariables;
    const deferral: FlowEvent = { type: 'user.submit', choice, identifier: identifierOf(variables) };
    // Refused now; during a background call the machine takes it for later, and its data waits here.
    if ((id === undefined || !update(variables)) && actorRef.getSnapshot().can(deferral)) {
      held.current = variables;
      send(deferral);
    }
  };

  const restart: FlowCommands['restart'] = (choice, data, options) => {
    const id = flowId();
    const background = options?.background === true;
    if (id !== undefined) {
      ask({ operation: 'restart', flowId: id, choice, background }, () =>
        calls.restart({ flowId: id, choice, data, background } as RestartFlowVariables),
      );
    }
  };

  const run = (action: FlowAction): void => {
    switch (action.type) {
      case 'start':
        ask({ operation: 'start' }, () => calls.start(withPageDefaults(action.request)));
        return;
      case 'update':
        if (action.choice !== '') {
          // A callback resuming its flow: the update it carries.
          update({ flowId: action.flowId, choice: action.choice, data: action.data } as UpdateFlowVariables);
        } else {
          // A state read, after a refused callback or an answer the kit cannot explain.
          ask({ operation: 'update', flowId: action.flowId, choice: '' }, () => calls.read({ flowId: action.flowId }));
        }
        return;
      case 'submit': {
        const variables = held.current;
        held.current = null;
        if (variables?.choice === action.choice) {
          update({ ...variables, flowId: action.flowId });
        }
        return;
      }
      case 'complete':
        ask({ operation: 'complete', flowId: action.flowId }, () => calls.complete({ flowId: action.flowId }));
        return;
      default:
        action satisfies never;
    }
  };

  return {
    submit,
    restart,
    runAction: (snapshot) => {
      // The machine dropped the deferred submit (start over, an expired flow): so does the host.
      if (snapshot.context.deferred?.intent !== 'submit') {
        held.current = null;
      }
      const action = selectAction(snapshot);
      if (action !== null) {
        run(action);
      }
      return action !== null;
    },
  };
}
