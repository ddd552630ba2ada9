import { createContext, useContext } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { FlowChoiceName, FlowRestartData, FlowUpdateData, RestartChoiceName, FlowMachine } from '../../core/index.js';

export type FlowActorRef = ActorRefFrom<FlowMachine>;

/** What a step can ask of the flow. Every command is ignored while a call is running. */
export interface FlowCommands {
  /** Sends `flow/update` with a choice of the current step and its data. */
  submit<C extends FlowChoiceName>(choice: C, data: FlowUpdateData[C]): void;
  /**
   * Sends `flow/restart`, e.g. `restart('reset_password', {})` for "Forgot password?". The answer
   * brings that choice's step to the screen, unless `background` (a call the user did not ask for,
   * such as preparing the passkey autofill on the identifier step).
   */
  restart<C extends RestartChoiceName>(choice: C, data: FlowRestartData[C], options?: RestartOptions): void;
  /** Picks one of `view.methods` (the ChoicePicker). */
  chooseMethod(choice: FlowChoiceName): void;
  /** Leaves a picked method or a restarted choice for the phase's default step. */
  back(): void;
  /** Forgets this flow and the identifier, and starts a new one. */
  startOver(): void;
  /** Repeats what failed, from the failed screen. */
  retry(): void;
  /**
   * Leaves for a social or SAML provider's page (a choice's `redirect_uri`), after saving what the
   * return needs. Only what `redirectTarget` accepts is followed; ask it first to say why not.
   */
  redirect(url: string): void;
  /**
   * The URL `redirect` would go to, or `null` when it refuses: not a plain http(s) URL, or not on
   * one of `<AuthNFlow redirectOrigins>`.
   */
  redirectTarget(url: string): string | null;
  /** Completes a flow that is done but offers an optional step, without it ("Ask again later"). */
  finish(): void;
}

export interface RestartOptions {
  /** The user did not ask for this call: its answer leaves the step on screen. @default false */
  background?: boolean;
}

export interface FlowContextValue {
  actorRef: FlowActorRef;
  commands: FlowCommands;
}

export const FlowContext = createContext<FlowContextValue | null>(null);

export function useFlowContext(): FlowContextValue {
  const value = useContext(FlowContext);
  if (value === null) {
    throw new Error('useAuthNFlow() must be called inside <AuthNFlow>: steps get the flow from it.');
  }
  return value;
}
