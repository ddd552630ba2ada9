export { flowMachine, type FlowMachine } from './flow.machine.js';
export { autoSendOf, createAutoSendOnce, type AutoSend } from './flow.auto-send.js';
export {
  selectAction,
  selectFlowId,
  selectFlowView,
  type FlowAction,
  type FlowSnapshot,
  type FlowStateName,
  type FlowStepId,
  type FlowView,
} from './flow.selectors.js';
export {
  firstIssueOf,
  isPlatformStatus,
  issuesOf,
  type FlowIssue,
  type FlowIssueCode,
  type FlowIssues,
  type IssuesOfOptions,
  type WordedPlatformStatus,
} from './flow.issues.js';
export {
  activeChoiceOf,
  isMethodChoiceName,
  methodChoicesOf,
  METHOD_CHOICES,
  type MethodChoice,
  type MethodChoiceName,
} from './flow.guards.js';
export type {
  // The machine's context; `FlowContext` inside the React layer is the React context of a mounted flow.
  FlowContext as FlowMachineContext,
  FlowConclusion,
  FlowDeferred,
  FlowEvent,
  FlowEventType,
  FlowIdentifier,
  FlowInput,
  FlowNotice,
  FlowOperation,
  FlowPending,
  FlowTag,
} from './flow.types.js';
