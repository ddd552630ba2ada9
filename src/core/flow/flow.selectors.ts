import type { SnapshotFrom } from 'xstate';
import type {
  FlowChoice,
  FlowChoiceName,
  FlowPhase,
  FlowStartRequest,
  FlowType,
  KnownChoiceName,
  UnknownFlowChoice,
  UsernameFormat,
} from '../api/wire.js';
import type { CallbackRefusal, ResumeUpdate } from '../callback/callback-record.js';
import { flowIdOf, pendingShownOf } from './flow.context.js';
import { identifierAfter } from './flow.identifier.js';
import { activeChoiceOf, methodChoicesOf, type MethodChoice } from './flow.guards.js';
import { issuesOf, type FlowIssue } from './flow.issues.js';
import type { FlowMachine } from './flow.machine.js';
import type { FlowContext, FlowIdentifier, FlowOperation, FlowPending, FlowStateName } from './flow.types.js';

export type { FlowStateName } from './flow.types.js';

export type FlowSnapshot = SnapshotFrom<FlowMachine>;

/** The machine's top-level states: those a screen shows, and `concluding`, which shows another. */
type MachineStateName = FlowStateName | 'concluding';

/** What to render: a known choice's step, or one of the kit's own screens. */
export type FlowStepId =
  | KnownChoiceName
  | 'loading'
  | 'choice'
  | 'complete'
  | 'failed'
  | 'unsupported'
  /** Back from a provider or an emailed link, while the flow resumes. */
  | 'callback'
  /** Back with a `state` this tab did not save: refused, nothing sent. */
  | 'callback-refused';

/**
 * A call the machine asks its host to make; `id` changes each time it is asked anew. The host's
 * `api.requested` for it acknowledges it: the machine asks no more, and refuses a second one.
 */
export type FlowAction =
  | { id: number; type: 'start'; request: FlowStartRequest }
  | { id: number; type: 'complete'; flowId: string }
  /** The update a callback resumes its flow with (or the poll after the server refused it). */
  | ({ id: number; type: 'update'; flowId: string } & ResumeUpdate)
  /** The step's submit that waited for a background call (`user.submit`), with the data the host kept. */
  | { id: number; type: 'submit'; flowId: string; choice: FlowChoiceName };

/** Everything a step needs, derived from the machine. Components read this, never `matches`. */
export interface FlowView {
  state: FlowStateName;
  step: FlowStepId;
  busy: boolean;
  /** The call in flight; `background` when the user did not ask for it (keep the step idle). */
  pending: { operation: FlowOperation; choice: string | undefined; background: boolean } | null;
  flowId: string | undefined;
  flowType: FlowType[];
  phase: FlowPhase | undefined;
  usernameFormat: UsernameFormat;
  identifier: FlowIdentifier | undefined;
  /** The email address the flow holds (result `email`), e.g. where a mailed code went. */
  email: string | undefined;
  /** The phone number the flow holds (result `phone`), e.g. where a texted code went. */
  phone: string | undefined;
  /** The choice whose step is shown. */
  choice: FlowChoice | null;
  /** Every known choice of the current phase. */
  choices: FlowChoice[];
  /** Choices of the phase this kit does not know; an app's `components` can render them. */
  unknownChoices: UnknownFlowChoice[];
  /** The methods to pick from in this phase (ChoicePicker). */
  methods: MethodChoice[];
  fieldErrors: Partial<Record<string, FlowIssue>>;
  formError: FlowIssue | null;
  canGoBack: boolean;
  canStartOver: boolean;
  canRetry: boolean;
  /** Why a callback was refused, on the `callback-refused` step. */
  callbackRefused: CallbackRefusal | null;
  notice: FlowContext['notice'];
  disclaimer: string | undefined;
  action: FlowAction | null;
}

function stateNameOf(snapshot: FlowSnapshot): MachineStateName {
  const value = snapshot.value;
  return (typeof value === 'string' ? value : Object.keys(value)[0]) as MachineStateName;
}

/**
 * The state and the call the screen shows: the machine's own, but while an answer that completes
 * the flow waits for `flow/complete` (`concluding`), those it found, so nothing new renders.
 */
function screenOf(snapshot: FlowSnapshot): { state: FlowStateName; pending: FlowPending | null } {
  const state = stateNameOf(snapshot);
  if (state !== 'concluding') {
    return { state, pending: snapshot.context.pending };
  }
  return snapshot.context.concluding?.shown ?? { state: 'completing', pending: snapshot.context.pending };
}



/**
 * The choice the first screen serves before `flow/start` answers (state `opening`): the identifier,
 * in the format the app said its project uses.
 */
function openingChoiceOf(usernameFormat: UsernameFormat): FlowChoice {
  return { choice: usernameFormat === 'email' ? 'set_email' : 'set_username', data: {} };
}

function startRequestOf(context: FlowContext): FlowStartRequest {
  const identifier = context.identifier;
  if (identifier === undefined) {
    return context.start;
  }
  // The identifier's kind names its field of the request.
  return { ...context.start, [identifier.kind]: identifier.value };
}

function actionOf(state: MachineStateName, pending: FlowPending | null, context: FlowContext): FlowAction | null {
  if (pending !== null) {
    return null;
  }
  const id = context.actionSeq;
  if (state === 'idle' || state === 'opening' || state === 'expired') {
    return { id, type: 'start', request: startRequestOf(context) };
  }
  if ((state === 'resuming' || state === 'recovering') && context.resume !== null) {
    const { flowId, ...update } = context.resume;
    return { id, type: 'update', flowId, ...update };
  }
  const flowId = flowIdOf(context);
  if ((state === 'concluding' || state === 'completing') && flowId !== undefined) {
    return { id, type: 'complete', flowId };
  }
  // Only `update.deferred` holds a submit outside a background call.
  if (state === 'update' && context.deferred?.intent === 'submit' && flowId !== undefined) {
    return { id, type: 'submit', flowId, choice: context.deferred.choice };
  }
  return null;
}

function stepOf(state: FlowStateName, flow: FlowContext['flow'], choice: FlowChoice | null, methodCount: number): FlowStepId {
  const shown = (none: FlowStepId) => choice?.choice ?? (methodCount > 1 ? 'choice' : none);
  switch (state) {
    case 'idle':
    case 'routing':
    case 'completing':
      return 'loading';
    case 'opening':
    case 'started':
    case 'expired':
      // Starting again after expiry: the gone flow's step stays on screen, keeping what was typed.
      return shown('loading');
    // The kit's own screens, named as their states.
    case 'choice':
    case 'complete':
    case 'failed':
      return state;
    case 'recovering':
      // Reading the state of the flow on screen: its step stays, busy, with what was typed.
      return flow === null ? 'callback' : shown('loading');
    case 'resuming':
      return 'callback';
    case 'refused':
      return 'callback-refused';
    case 'update':
    case 'restart':
      // A call made from the method picker keeps the picker on screen until it answers.
      return shown('unsupported');
    default:
      return state satisfies never;
  }
}

/**
 * The call the machine asks its host to make now. Also while an answer that completes the flow is
 * held (`concluding`), when `FlowView.action` shows the screen as it was, with its call in flight.
 */
export function selectAction(snapshot: FlowSnapshot): FlowAction | null {
  return actionOf(stateNameOf(snapshot), snapshot.context.pending, snapshot.context);
}

/** The flow the machine's calls are for: that of an answer that completes it (held), else the one on screen. */
export function selectFlowId(snapshot: FlowSnapshot): string | undefined {
  return flowIdOf(snapshot.context);
}

export function selectFlowView(snapshot: FlowSnapshot): FlowView {
  const context = snapshot.context;
  const { state, pending } = screenOf(snapshot);
  const flow = context.flow;
  const opening = state === 'opening' && flow === null;
  const usernameFormat = flow?.usernameFormat ?? context.usernameFormat ?? 'email';
  const choice = opening ? openingChoiceOf(usernameFormat) : flow === null ? null : activeChoiceOf(flow, context.selectedChoice);
  const methods = flow === null ? [] : methodChoicesOf(flow);
  // Errors come back to the step on screen, which is the one that made the call.
  const issues = issuesOf(context.error, choice?.choice, { fromCallback: context.callbackError });
  return {
    state,
    step: stepOf(state, flow, choice, methods.length),
    busy: snapshot.hasTag('busy'),
    // `concluding` shows the call as its step showed it (`holdConclusion`).
    pending: stateNameOf(snapshot) === 'concluding' ? pending : pendingShownOf(state, pending, context.deferred),
    flowId: flow?.flowId ?? context.resume?.flowId,
    flowType: flow?.flowType ?? (opening ? (context.start.flowTypes ?? ['signup', 'signin']) : []),
    phase: flow?.phase,
    usernameFormat,
    // Before any answer, the start request names the user as an answer would.
    identifier: context.identifier ?? (opening ? identifierAfter(context.start, undefined) : undefined),
    email: flow?.email,
    phone: flow?.phone,
    choice,
    choices: flow?.choices ?? (choice === null ? [] : [choice]),
    unknownChoices: flow?.unknownChoices ?? [],
    methods,
    fieldErrors: issues.fieldErrors,
    formError: issues.formError,
    canGoBack: snapshot.can({ type: 'user.back' }),
    canStartOver: state !== 'idle' && state !== 'opening' && state !== 'started',
    canRetry: snapshot.can({ type: 'user.retry' }),
    callbackRefused: context.callbackRefused,
    notice: context.notice,
    disclaimer: flow?.disclaimer,
    action: actionOf(state, pending, context),
  };
}
