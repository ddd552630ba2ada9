import type { AuthNError } from '../api/errors.js';
import type { FlowChoiceName, FlowResult, FlowStartRequest, UsernameFormat } from '../api/wire.js';
import type { CallbackRefusal, FlowResume } from '../callback/callback-record.js';

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
      /**
       * A call the user did not ask for (the passkey autofill ceremony prepared on the identifier
       * step): its answer updates the flow but leaves the step on screen.
       */
      background?: boolean;
    }
  | { type: 'api.responded'; operation: 'start' | 'update' | 'restart'; result: FlowResult }
  | { type: 'api.completed'; flowId: string }
  | { type: 'api.failed'; operation: FlowOperation; flowId?: string; error: AuthNError }
  | { type: 'user.chooseMethod'; choice: FlowChoiceName }
  /**
   * A step's submit the host could not send at once (`api.requested` refused): during a background
   * call it waits for that call's answer, then the machine asks the host to send it (action
   * `submit`). The host keeps the submit's data until then; the machine holds only its choice,
   * and the identifier typed (never a secret), as `api.requested` does.
   */
  | { type: 'user.submit'; choice: FlowChoiceName; identifier?: FlowIdentifier }
  /** Completes a flow that is done but still offers an optional step ("add a passkey"). */
  | { type: 'user.finish' }
  | { type: 'user.back' }
  | { type: 'user.retry' }
  | { type: 'user.startOver' };

export type FlowEventType = FlowEvent['type'];

export interface FlowInput {
  /** What `flow/start` is called with; `email` pre-fills the identifier. */
  start?: FlowStartRequest;
  /**
   * A return from a provider or an emailed link, matched to the flow this tab saved: the machine
   * asks its host to send this update instead of starting a flow.
   */
  resume?: FlowResume;
  /** A return the kit could not match: shown as such, and nothing is sent. */
  callbackRefused?: CallbackRefusal;
  /**
   * The project's `username_format`, when the app knows it: the field the first screen shows before
   * `flow/start` answers (state `opening`). The answer's own format wins. @default 'email'
   */
  usernameFormat?: UsernameFormat;
}

/**
 * The top-level states a screen shows (`FlowView.state`, the root's `data-state`): the machine's,
 * but for `concluding`, which shows the state its answer came to.
 */
export type FlowStateName =
  | 'idle'
  /** The identifier form, drawn from what the kit knows while `flow/start` runs; a submit waits for its answer. */
  | 'opening'
  | 'started'
  | 'routing'
  | 'choice'
  | 'update'
  | 'restart'
  | 'completing'
  | 'complete'
  | 'failed'
  | 'expired'
  | 'resuming'
  | 'recovering'
  | 'refused';

/** A call in flight, as reported by `api.requested`. */
export interface FlowPending {
  operation: FlowOperation;
  choice: FlowChoiceName | undefined;
  /** A call the user did not ask for: what they do meanwhile waits for it (`deferred`). */
  background: boolean;
}

/** The user's last submit or method pick while a background call ran: it runs once that call answers. */
export interface FlowDeferred {
  intent: 'submit' | 'chooseMethod';
  choice: FlowChoiceName;
}

/**
 * An answer that completes the flow, held while `flow/complete` runs (state `concluding`): the
 * screen stays as the answer found it, busy, and React commits the change once, when the flow is
 * complete or the completion failed.
 */
export interface FlowConclusion {
  /** What the answer changes in the context, applied once `flow/complete` answers. */
  settled: Partial<FlowContext> & { flow: FlowResult };
  /** The state and the call on screen when the answer came. */
  shown: { state: FlowStateName; pending: FlowPending | null };
}

/** One line said above the step after the kit started a new flow by itself (the old one was gone). */
export type FlowNotice = 'flow-restarted' | 'callback-expired';

export interface FlowContext {
  start: FlowStartRequest;
  /** The last good response. Replaced whole on every response, kept on failure. */
  flow: FlowResult | null;
  /** The method the user picked, or the choice a restart was asked for. */
  selectedChoice: FlowChoiceName | null;
  /** The call in flight, as reported by `api.requested`. */
  pending: FlowPending | null;
  /** What the user did during a background call (states `opening.waiting`, `restart.deferring`, `update.deferred`). */
  deferred: FlowDeferred | null;
  /** An answer that completes the flow, while `flow/complete` runs (state `concluding`). */
  concluding: FlowConclusion | null;
  /** The last failure, cleared by the next request. */
  error: AuthNError | null;
  /** The operation that failed, so a retry knows what to repeat. */
  failedOperation: FlowOperation | null;
  /** The format the first screen's field takes before the flow says (`FlowInput.usernameFormat`). */
  usernameFormat: UsernameFormat | undefined;
  /** The identifier typed or confirmed, to start again after expiry. */
  identifier: FlowIdentifier | undefined;
  /** Counts the times the machine asked its host for a call (`selectAction`), so each is made once. */
  actionSeq: number;
  /** Set when an expired flow was started again for the user. */
  notice: FlowNotice | null;
  /**
   * The update a callback asked for, until its flow answers: the callback's own update, then,
   * if the server refused it, a poll (`""`) to find the step to show the error on. Also that
   * poll for the flow on screen, after an answer the kit cannot explain (state `recovering`).
   */
  resume: FlowResume | null;
  /** Why a callback was refused before reaching the server. */
  callbackRefused: CallbackRefusal | null;
  /** The error came from a callback, not from the step on screen (see `issuesOf`). */
  callbackError: boolean;
}

export type FlowTag = 'busy' | 'interactive' | 'terminal';
