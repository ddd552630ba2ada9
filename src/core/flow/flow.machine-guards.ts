import type { AuthNError } from '../api/errors.js';
import {
  activeChoiceOf,
  hasOptionalStep,
  IDENTIFIER_CHOICES,
  isCompletedResult,
  isExpiredError,
  isFatalError,
  isOfferedMethod,
  isOutageError,
  isTransientError,
  needsMethodChoice,
} from './flow.guards.js';
import { flowIdOf } from './flow.context.js';
import { isUnrecognizedError } from './flow.issues.js';
import type { FlowContext, FlowEvent } from './flow.types.js';

interface GuardArgs {
  context: FlowContext;
  event: FlowEvent;
}

const failedWith =
  (test: (error: AuthNError) => boolean) =>
  ({ event }: GuardArgs) =>
    event.type === 'api.failed' && test(event.error);

/** The flow machine's guards by name (flow.machine.ts): what each transition may check of an event. */
export const machineGuards = {
  // The machine asks for the call and none is out: a second acknowledgement of it is refused.
  // (`params` is the operation; typed `unknown`, as `enqueueActions` infers guards' params so.)
  requested: ({ context, event }, operation) =>
    event.type === 'api.requested' && event.operation === operation && context.pending === null,
  isResumeRequest: ({ context, event }) =>
    event.type === 'api.requested' &&
    event.operation === 'update' &&
    event.flowId === context.resume?.flowId &&
    event.choice === context.resume?.choice &&
    context.pending === null,
  isDeferredSubmitRequest: ({ context, event }) =>
    event.type === 'api.requested' && event.operation === 'update' && event.choice === context.deferred?.choice,
  hasResume: ({ context }) => context.resume !== null,
  isCallbackRefused: ({ context }) => context.callbackRefused !== null,
  isStrayResume: ({ context, event }) =>
    event.type === 'api.responded'
      ? event.operation !== 'update' || event.result.flowId !== context.resume?.flowId
      : event.type !== 'api.failed' || event.operation !== 'update' || event.flowId !== context.resume?.flowId,
  // A fresh start whose first screen the kit can draw before the answer: not one that starts as an
  // invitee's sign-up or from an identity provider's sign-in, whose answers lead past that screen.
  opensWithForm: ({ context }) =>
    context.start.invitation === undefined && context.start.samlIdpInitiatedTicket === undefined,
  isIdentifierSubmit: ({ event }) =>
    event.type === 'user.submit' && IDENTIFIER_CHOICES.includes(event.choice),
  // A waiting submit is sent only for a choice the answer it waited for still offers.
  isOfferedSubmit: ({ context, event }) =>
    event.type === 'user.submit' && context.flow !== null && context.flow.choices.some((c) => c.choice === event.choice),
  isStrayStart: ({ context, event }) =>
    (event.type !== 'api.responded' && event.type !== 'api.failed') || event.operation !== 'start' || context.pending?.operation !== 'start',
  // An answer for another flow (one started over, or gone); a failure that names none is this flow's.
  isOtherFlow: ({ context, event }) => {
    const flowId = event.type === 'api.responded' ? event.result.flowId : 'flowId' in event ? event.flowId : undefined;
    return flowId !== undefined && flowId !== flowIdOf(context);
  },
  completesFlow: ({ event }) =>
    event.type === 'api.responded' && isCompletedResult(event.result) && !hasOptionalStep(event.result),
  // A call the user did not ask for: their submit or pick waits for it instead of being refused.
  isBackgroundCall: ({ context }) => context.pending?.background === true,
  isCompleted: ({ context }) =>
    context.flow !== null && isCompletedResult(context.flow) && !hasOptionalStep(context.flow),
  // Done but for an optional step: the user may skip it and complete the flow.
  canFinish: ({ context }) => context.flow !== null && isCompletedResult(context.flow),
  needsMethodChoice: ({ context }) => context.flow !== null && needsMethodChoice(context.flow, context.selectedChoice),
  isOfferedChoice: ({ context, event }) =>
    event.type === 'user.chooseMethod' && context.flow !== null && context.flow.choices.some((c) => c.choice === event.choice),
  isOfferedMethod: ({ context, event }) =>
    event.type === 'user.chooseMethod' && context.flow !== null && isOfferedMethod(context.flow, event.choice),
  canGoBack: ({ context }) =>
    context.flow !== null &&
    context.selectedChoice !== null &&
    activeChoiceOf(context.flow, null)?.choice !== context.selectedChoice,
  isExpired: failedWith(isExpiredError),
  isFatal: failedWith(isFatalError),
  isTransient: failedWith(isTransientError),
  isUnrecognized: failedWith(isUnrecognizedError),
  isOutage: failedWith(isOutageError),
  failedWhileCompleting: ({ context }) => context.failedOperation === 'complete',
  // A state read for the flow on screen (not for a callback's, which has no flow yet).
  isReadForStep: ({ context }) => context.flow !== null && context.resume?.choice === '',
  // `flow/complete` failed, yet the flow reads as done: completing again at once could loop.
  isDoneAfterFailedComplete: ({ context, event }) =>
    event.type === 'api.responded' && context.failedOperation === 'complete' && isCompletedResult(event.result),
} satisfies Record<string, (args: GuardArgs, params: unknown) => boolean>;
