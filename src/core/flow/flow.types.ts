import type { AuthNError } from '../api/errors.js';
import type { FlowChoiceName, FlowResult, FlowStartRequest } from '../api/wire.js';

export interface FlowIdentifier {
  kind: 'email' | 'username';
  value: string;
}

/** The four calls of the flow family. */
export type FlowOperation = 'start' | 'update' | 'restart' | 'complete';

/**
 * Events the machine accepts: `user.*` are intents, `api.*` are facts reported by the
 * mutations (the only code that talks to the network).
 */
export type FlowEvent =
  | {
      type: 'api.requested';
      operation: FlowOperation;
      /** The flow the call is for; absent for `start`. */
      flowId?: string;
      choice?: FlowChoiceName;
      /** The identifier the user typed (never a secret); kept to restart an expired flow. */
      identifier?: FlowIdentifier;
    }
  | { type: 'api.responded'; operation: 'start' | 'update' | 'restart'; result: FlowResult }
  | { type: 'api.completed'; flowId: string }
  | { type: 'api.failed'; operation: FlowOperation; flowId?: string; error: AuthNError }
  | { type: 'user.chooseMethod'; choice: FlowChoiceName }
  | { type: 'user.back' }
  | { type: 'user.retry' }
  | { type: 'user.startOver' };

export type FlowEventType = FlowEvent['type'];

export interface FlowInput {
  /** What `flow/start` is called with; `email` pre-fills the identifier. */
  start?: FlowStartRequest;
}

export interface FlowContext {
  start: FlowStartRequest;
  /** The last good response. Replaced whole on every response, kept on failure. */
  flow: FlowResult | null;
  /** The method the user picked, or the choice a restart was asked for. */
  selectedChoice: FlowChoiceName | null;
  /** The call in flight, as reported by `api.requested`. */
  pending: { operation: FlowOperation; choice: FlowChoiceName | undefined } | null;
  /** The last failure, cleared by the next request. */
  error: AuthNError | null;
  /** The operation that failed, so a retry knows what to repeat. */
  failedOperation: FlowOperation | null;
  /** The identifier typed or confirmed, to start again after expiry. */
  identifier: FlowIdentifier | undefined;
  /** Counts the times the machine asked its host to call `start` or `complete`. */
  actionSeq: number;
  /** Set when an expired flow was started again for the user. */
  notice: 'flow-restarted' | null;
}

export type FlowTag = 'busy' | 'interactive' | 'terminal';
