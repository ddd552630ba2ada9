export { AuthNProvider, type AuthNProviderProps, type AuthNProviderOwnProps } from './provider/authn-provider.js';
export type { AuthNClientSource, NoClientSource } from './provider/client-source.js';
export { AuthNFlow, type AuthNFlowProps, type AuthNFlowOwnProps } from './flow/authn-flow.js';
export { defaultStepComponents, type StepComponent, type StepComponents } from './flow/step-components.js';
export type { FlowCommands, RestartOptions } from './hooks/flow-context.js';
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
// The identifier step, social and SAML, callbacks.
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
// Passkeys and captcha: the steps load on demand; adapters are small.
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
// Codes, email links and set_password.
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
// Agreements, profile, consent, errors and the session.
export { AgreementsStep, ConsentStep, ProfileStep } from './steps/lazy-steps.js';
export { RichText, type RichTextProps } from './primitives/rich-text.js';
export {
  useAuthNSession,
  checkTokenOptions,
  logoutOptions,
  refreshSessionOptions,
  sessionMutationKeys,
  type AuthNLogoutResult,
  type AuthNSession,
  type AuthNSessionStatus,
  type AuthNSessionUser,
  type RefreshSessionVariables,
  type SessionStorageAdapter,
  type UseAuthNSessionOptions,
} from './session/index.js';
// After sign-in: the account's security (change password, sessions). The panel loads where rendered.
export {
  AccountSecurity,
  preloadAccountSecurity,
  useAccountSecurity,
  accountKeys,
  changePasswordOptions,
  sessionListOptions,
  signOutOptions,
  type AccountSecurityProps,
  type AccountSecurityApi,
  type AccountSession,
  type AccountSessionsApi,
  type ChangePasswordVariables,
  type PasswordChangeApi,
  type SignOutVariables,
  type UseAccountSecurityOptions,
} from './account/index.js';
// Languages. The English strings are not exported here: each step imports its own,
// so they load with it. The whole English catalog is `authn-flow-kit/locales/en`, like every locale.
export {
  formatMessage,
  type Message,
  type MessageKey,
  type Messages,
  type MessageValues,
  type PluralCategory,
  type PluralMessage,
  type ValuesOf,
} from './i18n/messages.js';
export { messageForIssue, translateIssue, type IssueMessage } from './i18n/message-for-issue.js';
export {
  useMessages,
  useLocale,
  MessagesProvider,
  type AreaMessages,
  type Translate,
  type MessagesProviderProps,
} from './i18n/use-messages.js';
export { directionOf, type TextDirection } from './i18n/direction.js';
// Theming, parts and overrides, the headless path.
export {
  THEME_TOKENS,
  cssVariableOf,
  themeStylesheet,
  themeToCssVariables,
  type AuthNTheme,
  type AuthNThemeToken,
  type AuthNThemeTokens,
} from './theme/theme.js';
export { PART_NAMES, type AuthNClassNames, type AuthNPart } from './theme/part-names.js';
export { AppearanceProvider, type AppearanceProviderProps } from './theme/appearance-provider.js';
export type {
  AuthNAppearanceProps,
  AuthNBrand,
  AuthNColorScheme,
  ProviderLayout,
  FlowComponents,
  PrimitiveComponents,
} from './theme/appearance.js';
export { partAttributes, usePartAttributes, type PartAttributes, type StyledPartAttributes } from './primitives/parts.js';
export { useChoiceStep, type ChoiceStep } from './hooks/use-choice-step.js';
// Each step of the kit without its markup: the data and prop getters its component renders from.
export type { StepButtonProps, StepFieldProps, StepFormProps, StepRootProps } from './hooks/step-props.js';
export type { EntryFormOptions } from './hooks/use-entry-form.js';
export { useIdentifierStep, type IdentifierStepApi } from './steps/identifier-step/use-identifier-step.js';
export { usePasswordStep, type PasswordStepApi } from './steps/password-step/use-password-step.js';
export { useSetPasswordStep, type SetPasswordStepApi } from './steps/set-password-step/use-set-password-step.js';
export type { PasswordChecklistState, PasswordInputState } from './steps/shared/use-password-entry.js';
export { useCodeStep, type CodeStepApi } from './steps/code-step/use-code-step.js';
export { useCodeForm, type CodeFormApi, type UseCodeFormOptions } from './steps/code-step/use-code-form.js';
export { useEmailLinkStep, type EmailLinkStepApi } from './steps/email-link-step/use-email-link-step.js';
export {
  usePasskeyOffer,
  usePasskeyPrompt,
  usePasskeyStep,
  type PasskeyOfferApi,
  type PasskeyPromptApi,
  type PasskeyStepApi,
} from './steps/passkey-step/use-passkey-step.js';
export { useCaptchaStep, type CaptchaStepApi } from './steps/captcha-step/use-captcha-step.js';
export { useAgreementsStep, type Agreement, type AgreementsStepApi } from './steps/agreements-step/use-agreements-step.js';
export { useConsentStep, type ConsentScope, type ConsentStepApi } from './steps/consent-step/use-consent-step.js';
export { useProfileStep, type ProfileStepApi } from './steps/profile-step/use-profile-step.js';
export { useChoicePicker, type ChoicePickerApi } from './steps/choice-picker/use-choice-picker.js';
export { useCustomChoice, type CustomChoice } from './hooks/use-custom-choice.js';
