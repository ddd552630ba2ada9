import { useState } from 'react';
import type { FlowIdentifier } from '../../../core/index.js';
import { isRestarting } from '../../hooks/pending-call.js';
import type { StepButtonProps, StepFieldProps, StepFormProps } from '../../hooks/step-props.js';
import { callButton, errorText, useStepForm } from '../../hooks/step-form.js';
import { useChoiceStep } from '../../hooks/use-choice-step.js';
import { useMessages } from '../../i18n/use-messages.js';
import { passwordMessages } from '../../i18n/en/password.js';
import { emailOf, isEmail } from '../shared/is-email.js';
import { usePasswordEntry, type PasswordChecklistState, type PasswordInputState } from '../shared/use-password-entry.js';

type EmailError = 'email.error.required' | 'email.error.invalid';

export interface PasswordStepApi {
  /** `sign-up` when the password is new (`enrollment`), else `sign-in`. */
  mode: 'sign-in' | 'sign-up';
  identifier: FlowIdentifier | undefined;
  /** Leaves this flow to type another identifier ("Change"). */
  startOver: () => void;
  /** The server's error about the whole step, translated; `null` when none. */
  formError: string | null;
  /** An email is asked beside the password (`need_email`). */
  needEmail: boolean;
  /** "Forgot password?" is offered (signing in, with `reset_password` in the phase). */
  canReset: boolean;
  getFormProps(): StepFormProps;
  getEmailProps(): StepFieldProps;
  getPasswordProps(): PasswordInputState & { autoComplete: 'current-password' | 'new-password' };
  /** The live rules of a new password (sign-up only). */
  getChecklistProps(): PasswordChecklistState;
  getSubmitProps(): StepButtonProps;
  /** "Forgot password?": `restart('reset_password', {})`. */
  getForgotPasswordProps(): StepButtonProps;
}

/**
 * The password step without its markup: sign-in or sign-up, the live policy check, an email when
 * the server asks for one, the checks before anything is sent, and "Forgot password?".
 */
export function usePasswordStep(): PasswordStepApi {
  const step = useChoiceStep('password');
  const { view, restart, startOver } = step.flow;
  const t = useMessages(passwordMessages);
  const signUp = step.data?.enrollment === true;
  const needEmail = step.data?.need_email === true;

  const entry = usePasswordEntry(view, step.data?.password_policy, signUp);
  const [email, setEmail] = useState(() => emailOf(view.identifier) ?? '');
  const [emailError, setEmailError] = useState<EmailError | null>(null);

  const [getFormProps] = useStepForm(view, (focusError) => {
    const passwordOk = entry.validate();
    const trimmedEmail = email.trim();
    const nextEmailError: EmailError | null = !needEmail
      ? null
      : trimmedEmail === ''
        ? 'email.error.required'
        : !isEmail(trimmedEmail)
          ? 'email.error.invalid'
          : null;
    setEmailError(nextEmailError);
    if (!passwordOk || nextEmailError !== null) {
      focusError();
      return;
    }
    entry.markSent();
    const { password } = entry;
    step.submit(needEmail ? { password, email: trimmedEmail } : { password });
  });

  return {
    mode: signUp ? 'sign-up' : 'sign-in',
    identifier: view.identifier,
    startOver,
    formError: errorText(t, view.formError),
    needEmail,
    canReset: !signUp && view.choices.some((choice) => choice.choice === 'reset_password'),
    getFormProps,
    getEmailProps: () => ({
      value: email,
      error: errorText(t, view.fieldErrors.email, emailError),
      onChange: (value) => {
        setEmail(value);
        setEmailError(null);
      },
    }),
    getPasswordProps: () => ({ ...entry.inputProps, autoComplete: signUp ? 'new-password' : 'current-password' }),
    getChecklistProps: () => entry.checklistProps,
    getSubmitProps: () => callButton(view.busy, step.submitting),
    getForgotPasswordProps: () => ({
      pending: view.busy && isRestarting(view),
      disabled: step.submitting,
      onClick: () => restart('reset_password', {}),
    }),
  };
}
