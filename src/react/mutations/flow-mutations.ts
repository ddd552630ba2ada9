import { mutationOptions, type MutationScope } from '@tanstack/react-query';
import type {
  AuthNClient,
  AuthNError,
  FlowChoiceName,
  FlowCompleteResult,
  FlowRestartData,
  FlowResult,
  FlowStartRequest,
  FlowUpdateData,
  RestartChoiceName,
} from '../../core/index.js';
import { typed } from './to-authn-error.js';

/**
 * Calls of one flow must not overlap: the server answers each against the flow's latest state. Each
 * `<AuthNFlow>` has a scope of its own (`newFlowMutationScope`), so two flows on one QueryClient do
 * not wait for each other; options made without one share this scope.
 */
export const FLOW_MUTATION_SCOPE: MutationScope = { id: 'authn-flow' };

let flowScopes = 0;

/** A scope for the calls of one flow host: unique per page, as a QueryClient may serve several React roots. */
export function newFlowMutationScope(): MutationScope {
  flowScopes += 1;
  return { id: `authn-flow-${flowScopes}` };
}

export const flowMutationKeys = {
  all: ['authn', 'flow'] as const,
  start: ['authn', 'flow', 'start'] as const,
  update: ['authn', 'flow', 'update'] as const,
  restart: ['authn', 'flow', 'restart'] as const,
  read: ['authn', 'flow', 'read'] as const,
  complete: ['authn', 'flow', 'complete'] as const,
};

/** What `flow/update` is called with: the choice and its typed data. */
export type UpdateFlowVariables = {
  [C in FlowChoiceName]: { flowId: string; choice: C; data: FlowUpdateData[C] };
}[FlowChoiceName];

/** What `flow/restart` is called with; `background` is for the machine, not the wire. */
export type RestartFlowVariables = {
  [C in RestartChoiceName]: { flowId: string; choice: C; data: FlowRestartData[C]; background?: boolean };
}[RestartChoiceName];

/** What a state read (`flow/update` with `""`) is called with. */
export interface ReadFlowVariables {
  flowId: string;
}

export interface CompleteFlowVariables {
  flowId: string;
  /** A remembered device, to skip MFA on it next time. @default undefined */
  deviceId?: string;
}

/**
 * Every flow call is sent once, as asked, whatever the app's QueryClient defaults: its
 * `mutations.retry` would send a password or a code again (the client already repeats what is safe
 * to repeat), and TanStack's `networkMode: 'online'` would hold a call while the browser says it is
 * offline, with the step busy and no word, where the kit's network error offers "Try again".
 */
const SENT_AS_ASKED = { retry: false, networkMode: 'always' } as const;

export function startFlowOptions(client: AuthNClient, scope: MutationScope = FLOW_MUTATION_SCOPE) {
  return mutationOptions<FlowResult, AuthNError, FlowStartRequest>({
    mutationKey: flowMutationKeys.start,
    mutationFn: typed((request) => client.flow.start(request)),
    scope,
    ...SENT_AS_ASKED,
  });
}

export function updateFlowOptions(client: AuthNClient, scope: MutationScope = FLOW_MUTATION_SCOPE) {
  return mutationOptions<FlowResult, AuthNError, UpdateFlowVariables>({
    mutationKey: flowMutationKeys.update,
    // The variables are a union over choices; the client's per-choice generic cannot see that
    // `choice` and `data` vary together, so widen to the union it accepts.
    mutationFn: typed(({ flowId, choice, data }) => client.flow.update(flowId, choice, data as FlowUpdateData[typeof choice])),
    // The variables hold passwords: drop the mutation from the cache as soon as nobody watches it.
    gcTime: 0,
    scope,
    ...SENT_AS_ASKED,
  });
}

export function restartFlowOptions(client: AuthNClient, scope: MutationScope = FLOW_MUTATION_SCOPE) {
  return mutationOptions<FlowResult, AuthNError, RestartFlowVariables>({
    mutationKey: flowMutationKeys.restart,
    mutationFn: typed(({ flowId, choice, data }) => client.flow.restart(flowId, choice, data as FlowRestartData[typeof choice])),
    scope,
    ...SENT_AS_ASKED,
  });
}

/** The state read after a refused callback or an answer the kit cannot explain: safe to repeat. */
export function readFlowOptions(client: AuthNClient, scope: MutationScope = FLOW_MUTATION_SCOPE) {
  return mutationOptions<FlowResult, AuthNError, ReadFlowVariables>({
    mutationKey: flowMutationKeys.read,
    mutationFn: typed(({ flowId }) => client.flow.getState(flowId)),
    scope,
    ...SENT_AS_ASKED,
  });
}

export function completeFlowOptions(client: AuthNClient, scope: MutationScope = FLOW_MUTATION_SCOPE) {
  return mutationOptions<FlowCompleteResult, AuthNError, CompleteFlowVariables>({
    mutationKey: flowMutationKeys.complete,
    mutationFn: typed(({ flowId, deviceId }) => client.flow.complete(flowId, { deviceId })),
    // The result holds the session tokens: they go to `onComplete`, not into a shared cache.
    gcTime: 0,
    scope,
    ...SENT_AS_ASKED,
  });
}
