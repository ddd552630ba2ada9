export { AuthNProvider, type AuthNProviderProps, type AuthNProviderOwnProps } from './provider/authn-provider.js';
export type { AuthNClientSource, NoClientSource } from './provider/client-source.js';
export { AuthNFlow, type AuthNFlowProps, type AuthNFlowOwnProps } from './flow/authn-flow.js';
export { defaultStepComponents, type StepComponent, type StepComponents } from './flow/step-components.js';
export type { FlowCommands, RestartOptions } from './flow/flow-context.js';
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
// The identifier step, social and SAML, callbacks (issue 4 items 1, 5, 6).
export { IdentifierStep } from './steps/identifier-step/index.js';
export { CallbackRefusedView, CallbackView } from './steps/callback-view/index.js';
export { PhoneField, type PhoneFieldProps, type PhoneNumberStatus } from './primitives/phone-field.js';
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
// Passkeys and captcha (issue 4 items 7–8): the steps load on demand; adapters are small.
export { CaptchaStep, PasskeyStep } from './steps/lazy-steps.js';
export { PasskeySignInButton } from './steps/passkey-step/passkey-sign-in-button.js';
export { usePasskeyAutofill, PASSKEY_AUTOCOMPLETE } from './steps/passkey-step/use-passkey-autofill.js';
export {
  CaptchaError,
  createEmulatorCaptcha,
  createRecaptchaEnterpriseCaptcha,
  EMULATOR_CAPTCHA_SITE_KEY,
  EMULATOR_CAPTCHA_TOKEN,
  RECAPTCHA_ENTERPRISE_SCRIPT_URL,
  type CaptchaAdapter,
  type CaptchaErrorKind,
  type CaptchaLabels,
  type CaptchaRenderOptions,
  type CaptchaWidget,
  type EmulatorCaptchaOptions,
  type RecaptchaEnterpriseOptions,
} from './captcha/index.js';
// Codes, email links and set_password (issue 4 items 3–5).
export { CodeStep, EmailLinkStep, SetPasswordStep } from './steps/lazy-steps.js';
export {
  useResendCountdown,
  type CountdownAnnouncement,
  type ResendCountdown,
  type RetryAfter,
} from './hooks/use-resend-countdown.js';
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
// Agreements, profile, consent, errors and the session (issue 4 items 9–11).
export { AgreementsStep, ConsentStep, ProfileStep } from './steps/lazy-steps.js';
export { RichText, type RichTextProps } from './primitives/rich-text.js';
export {
  useAuthNSession,
  checkTokenOptions,
  logoutOptions,
  refreshSessionOptions,
  sessionMutationKeys,
  type AuthNSession,
  type AuthNSessionStatus,
  type AuthNSessionUser,
  type RefreshSessionVariables,
  type SessionStorageAdapter,
  type UseAuthNSessionOptions,
} from './session/index.js';
export {
  defaultMessages,
  formatMessage,
  type MessageKey,
  type Messages,
  type MessageValues,
} from './i18n/messages.js';
export { messageForIssue, translateIssue, type IssueMessage } from './i18n/message-for-issue.js';
export { useMessages, MessagesProvider, type Translate, type MessagesProviderProps } from './i18n/use-messages.js';
