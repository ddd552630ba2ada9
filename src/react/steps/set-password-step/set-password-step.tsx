import { useId, useRef, useState, type FormEvent } from 'react';
import { checkPassword } from '../../../core/api/password-policy.js';
import type { ChoiceData } from '../../../core/api/wire.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { partAttributes } from '../../primitives/parts.js';
import { PasswordChecklist } from '../password-step/password-checklist.js';
import { PasswordInput } from '../password-step/password-input.js';
import { UsernameAnchor } from '../shared/username-anchor.js';

type PasswordError = 'password.error.required' | 'password.error.policy';
type ConfirmError = 'setPassword.error.confirmRequired' | 'setPassword.error.mismatch';

const NO_DATA: ChoiceData<'set_password'> = {};

/**
 * A new password: forced by the project (`phase_set_password`, "Password reset required") or after
 * a reset link. The policy checklist is live, and a confirmation must match before anything is sent.
 * @selector [data-scope="authn"][data-part="set-password-step"][data-state="required" | "optional"]
 */
export function SetPasswordStep() {
  const { view, submit } = useAuthNFlow();
  const t = useMessages();
  const checklistId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusError = useErrorFocus(formRef, view);
  const data = view.choice?.choice === 'set_password' ? view.choice.data : NO_DATA;
  const required = view.phase === 'phase_set_password';

  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [passwordError, setPasswordError] = useState<PasswordError | null>(null);
  const [confirmError, setConfirmError] = useState<ConfirmError | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const rules = checkPassword(data.password_policy, password);
  const serverIssue = view.fieldErrors.password;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (view.busy) {
      return;
    }
    const nextPasswordError: PasswordError | null =
      password === '' ? 'password.error.required' : !rules.every((rule) => rule.met) ? 'password.error.policy' : null;
    const nextConfirmError: ConfirmError | null =
      confirm === '' ? 'setPassword.error.confirmRequired' : confirm !== password ? 'setPassword.error.mismatch' : null;
    setPasswordError(nextPasswordError);
    setConfirmError(nextConfirmError);
    if (nextPasswordError !== null || nextConfirmError !== null) {
      focusError();
      return;
    }
    setSubmitCount((count) => count + 1);
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
      <UsernameAnchor value={view.identifier?.value ?? ''} />
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      <PasswordInput
        label={t('setPassword.label')}
        value={password}
        onChange={(value) => {
          setPassword(value);
          setPasswordError(null);
        }}
        autoComplete="new-password"
        error={
          passwordError !== null
            ? t(passwordError)
            : serverIssue
              ? translateIssue(t, serverIssue, 'password')
              : null
        }
        describedBy={checklistId}
        submitCount={submitCount}
      />
      <PasswordChecklist id={checklistId} rules={rules} />
      <PasswordInput
        label={t('setPassword.confirmLabel')}
        name="confirm-password"
        toggleLabel={t('setPassword.showConfirm')}
        value={confirm}
        onChange={(value) => {
          setConfirm(value);
          setConfirmError(null);
        }}
        autoComplete="new-password"
        error={confirmError !== null ? t(confirmError) : null}
        submitCount={submitCount}
      />
      <Button type="submit" part="submit" pending={view.busy} pendingLabel={t('setPassword.submitPending')}>
        {t('setPassword.submit')}
      </Button>
    </form>
  );
}
