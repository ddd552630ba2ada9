import type { FlowStepId } from '../../core/index.js';
import type { StepComponent, StepComponents } from '../theme/components.js';
import { CallbackRefusedView, CallbackView } from '../steps/callback-view/callback-view.js';
import { IdentifierStep } from '../steps/identifier-step/identifier-step.js';
import {
  AgreementsStep,
  CaptchaStep,
  ChoicePicker,
  CodeStep,
  CompleteView,
  ConsentStep,
  EmailLinkStep,
  FailedView,
  PasskeyStep,
  PasswordStep,
  ProfileStep,
  ResetPasswordStep,
  SetPasswordStep,
  UnsupportedView,
} from '../steps/lazy-steps.js';
import { LoadingView } from '../steps/loading-view/loading-view.js';

// The public entry exports the types with the defaults.
export type { StepComponent, StepComponents };

export const defaultStepComponents = {
  loading: LoadingView,
  choice: ChoicePicker,
  complete: CompleteView,
  failed: FailedView,
  unsupported: UnsupportedView,
  set_email: IdentifierStep,
  set_username: IdentifierStep,
  // First screens after a redirect: not lazy, so the return shows at once.
  callback: CallbackView,
  'callback-refused': CallbackRefusedView,
  password: PasswordStep,
  reset_password: ResetPasswordStep,
  passkey: PasskeyStep,
  captcha: CaptchaStep,
  set_password: SetPasswordStep,
  email_otp: CodeStep,
  sms_otp: CodeStep,
  totp: CodeStep,
  verify_email: EmailLinkStep,
  magiclink: EmailLinkStep,
  provisional_enrollment: EmailLinkStep,
  agreements: AgreementsStep,
  profile: ProfileStep,
  oauth_consent: ConsentStep,
} satisfies StepComponents;

/**
 * The component for a step: the app's, else the kit's, else the "unsupported" screen. The flow
 * renders it, and fetches ahead the code of those a step on screen can lead to (reachable-steps).
 */
export function stepComponentOf(step: FlowStepId, overrides: StepComponents): StepComponent {
  return overrides[step] ?? (defaultStepComponents as StepComponents)[step] ?? overrides.unsupported ?? UnsupportedView;
}
