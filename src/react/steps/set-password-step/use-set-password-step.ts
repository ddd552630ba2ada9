import { useState } from 'react';
import type { FlowIdentifier } from '../../../core/index.js';
import type { StepButtonProps, StepFormProps } from '../../hooks/step-props.js';
import { errorText, useStepForm } from '../../hooks/step-form.js';
import { useChoiceStep } from '../../hooks/use-choice-step.js';
import { useMessages } from '../../i18n/use-messages.js';
import { setPasswordMessages } from '../../i18n/en/set-password.js';
import { usePasswordEntry, type PasswordChecklistState, type PasswordInputState } from '../shared/use-password-entry.js';

type ConfirmError = 'setPassword.error.confirmRequired' | 'setPassword.error.mismatch';

export interface SetPasswordStepApi {
  /** `required` when the project forces it (`phase_set_password`), else `optional` (after a reset link). */
  mode: 'required' | 'optional';
  /** The account, for password managers to update its saved password. */
  identifier: FlowIdentifier | undefined;
  /** The server's error about the whole step, translated; `null` when none. */
  formError: string | null;
  getFormProps(): StepFormProps;
  getPasswordProps(): PasswordInputState;
  getChecklistProps(): PasswordChecklistState;
  /** The confirmation: it must match before anything is sent. */
  getConfirmProps(): Omit<PasswordInputState, 'describedBy'>;
  getSubmitProps(): StepButtonProps;
}

/**
 * The new-password step without its markup: the password with its live policy check, and a
 * confirmation that must match before anything is sent.
 */
export function useSetPasswordStep(): SetPasswordStepApi {
  const step = useChoiceStep('set_password');
  const { view } = step.flow;
  const t = useMessages(setPasswordMessages);

  const entry = usePasswordEntry(view, step.data?.password_policy, true);
  const [confirm, setConfirm] = useState('');
  const [confirmError, setConfirmError] = useState<ConfirmError | null>(null);

  const [getFormProps] = useStepForm(view, (focusError) => {
    const { password } = entry;
    const passwordOk = entry.validate();
    const nextConfirmError: ConfirmError | null =
      confirm === '' ? 'setPassword.error.confirmRequired' : confirm !== password ? 'setPassword.error.mismatch' : null;
    setConfirmError(nextConfirmError);
    if (!passwordOk || nextConfirmError !== null) {
      focusError();
      return;
    }
    entry.markSent();
    step.submit({ password });
  });

  return {
    mode: view.phase === 'phase_set_password' ? 'required' : 'optional',
    identifier: view.identifier,
    formError: errorText(t, view.formError),
    getFormProps,
    getPasswordProps: () => entry.inputProps,
    getChecklistProps: () => entry.checklistProps,
    getConfirmProps: () => ({
      value: confirm,
      onChange: (value) => {
        setConfirm(value);
        setConfirmError(null);
      },
      error: errorText(t, null, confirmError),
      submitCount: entry.submitCount,
    }),
    getSubmitProps: () => ({ pending: view.busy }),
  };
}
