import { useRef, useState, type FormEvent } from 'react';
import type { ChoiceData } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { setPasswordMessages } from '../../i18n/en/set-password.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { PasswordChecklist } from '../password-step/password-checklist.js';
import { PasswordInput } from '../password-step/password-input.js';
import { usePasswordEntry } from '../shared/use-password-entry.js';
import { UsernameAnchor } from '../shared/username-anchor.js';

type ConfirmError = 'setPassword.error.confirmRequired' | 'setPassword.error.mismatch';

const NO_DATA: ChoiceData<'set_password'> = {};

/**
 * A new password: forced by the project (`phase_set_password`, "Password reset required") or after
 * a reset link. The policy checklist is live, and a confirmation must match before anything is sent.
 * @selector [data-scope="authn"][data-part="set-password-step"][data-state="required" | "optional"]
 */
export function SetPasswordStep() {
  const partAttributes = usePartAttributes();
  const { view, submit } = useAuthNFlow();
  const t = useMessages(setPasswordMessages);
  const formRef = useRef<HTMLFormElement>(null);
  const focusError = useErrorFocus(formRef, view);
  const data = view.choice?.choice === 'set_password' ? view.choice.data : NO_DATA;
  const required = view.phase === 'phase_set_password';

  const entry = usePasswordEntry(view, data.password_policy, true);
  const [confirm, setConfirm] = useState('');
  const [confirmError, setConfirmError] = useState<ConfirmError | null>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (view.busy) {
      return;
    }
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
    submit('set_password', { password });
  };

  return (
    <form
      ref={formRef}
      noValidate
      aria-busy={view.busy}
      onSubmit={handleSubmit}
      {...partAttributes('set-password-step', required ? 'required' : 'optional')}
    >
      <Heading>{t(required ? 'setPassword.heading.required' : 'setPassword.heading')}</Heading>
      <p {...partAttributes('body')}>{t('setPassword.body')}</p>
      {/* Lets a password manager update the saved password of this account, not a new one. */}
      <UsernameAnchor identifier={view.identifier} />
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      <PasswordInput
        label={t('setPassword.label')}
        {...entry.inputProps}
        autoComplete="new-password"
      />
      <PasswordChecklist id={entry.checklistId} rules={entry.rules} submitted={entry.refused} />
      <PasswordInput
        label={t('setPassword.confirmLabel')}
        name="confirm-password"
        toggleLabels={{ show: t('setPassword.showConfirm'), hide: t('setPassword.hideConfirm') }}
        value={confirm}
        onChange={(value) => {
          setConfirm(value);
          setConfirmError(null);
        }}
        autoComplete="new-password"
        error={confirmError !== null ? t(confirmError) : null}
        submitCount={entry.submitCount}
      />
      <Button type="submit" part="submit" pending={view.busy} pendingLabel={t('setPassword.submitPending')}>
        {t('setPassword.submit')}
      </Button>
    </form>
  );
}
