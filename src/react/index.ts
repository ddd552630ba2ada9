export { AuthNProvider, type AuthNProviderProps, type AuthNProviderOwnProps } from './provider/authn-provider.js';
export type { AuthNClientSource, NoClientSource } from './provider/client-source.js';
export { AuthNFlow, type AuthNFlowProps, type AuthNFlowOwnProps } from './flow/authn-flow.js';
export { defaultStepComponents, type StepComponent, type StepComponents } from './flow/step-components.js';
export type { FlowCommands } from './flow/flow-context.js';
export { useAuthNFlow, type AuthNFlowApi } from './hooks/use-authn-flow.js';
export {
  startFlowOptions,
  updateFlowOptions,
  restartFlowOptions,
  completeFlowOptions,
  flowMutationKeys,
  type UpdateFlowVariables,
  type RestartFlowVariables,
  type CompleteFlowVariables,
} from './mutations/flow-mutations.js';
export { EmailStep } from './steps/email-step/index.js';
export { LoadingView } from './steps/loading-view/index.js';
// Later steps load on demand (React.lazy), so the first screen carries only its own code.
export {
  ChoicePicker,
  CompleteView,
  FailedView,
  PasswordStep,
  ResetPasswordStep,
  UnsupportedView,
  preloadSteps,
} from './steps/lazy-steps.js';
export {
  Button,
  FormError,
  Heading,
  TextField,
  type ButtonProps,
  type FormErrorProps,
  type HeadingProps,
  type TextFieldProps,
} from './primitives/index.js';
export {
  defaultMessages,
  formatMessage,
  type MessageKey,
  type Messages,
  type MessageValues,
} from './i18n/messages.js';
export { messageForIssue, translateIssue, type IssueMessage } from './i18n/message-for-issue.js';
export { useMessages, MessagesProvider, type Translate, type MessagesProviderProps } from './i18n/use-messages.js';
