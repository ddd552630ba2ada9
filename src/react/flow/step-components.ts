import type { ComponentType } from 'react';
import type { FlowStepId } from '../../core/flow/flow.selectors.js';
import { EmailStep } from '../steps/email-step/email-step.js';
import {
  ChoicePicker,
  CompleteView,
  FailedView,
  PasswordStep,
  ResetPasswordStep,
  UnsupportedView,
} from '../steps/lazy-steps.js';
import { LoadingView } from '../steps/loading-view/loading-view.js';

/** A step reads everything from `useAuthNFlow()`; it takes no props. */
export type StepComponent = ComponentType;

/**
 * Step id → component. Give some to `<AuthNFlow components>` to replace a step of the kit or to
 * add one for a choice the kit does not render yet (say `email_otp`).
 */
export type StepComponents = Partial<Record<FlowStepId, StepComponent>>;

export const defaultStepComponents = {
  loading: LoadingView,
  choice: ChoicePicker,
  complete: CompleteView,
  failed: FailedView,
  unsupported: UnsupportedView,
  set_email: EmailStep,
  set_username: EmailStep,
  password: PasswordStep,
  reset_password: ResetPasswordStep,
} satisfies StepComponents;

/** The component for a step: the app's, else the kit's, else the "unsupported" screen. */
export function stepComponentOf(step: FlowStepId, overrides: StepComponents | undefined): StepComponent {
  return overrides?.[step] ?? (defaultStepComponents as StepComponents)[step] ?? overrides?.unsupported ?? UnsupportedView;
}
