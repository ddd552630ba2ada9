import { useMessages } from '../../i18n/use-messages.js';
import { setPasswordMessages } from '../../i18n/en/set-password.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { PasswordChecklist } from '../password-step/password-checklist.js';
import { PasswordInput } from '../password-step/password-input.js';
import { UsernameAnchor } from '../shared/username-anchor.js';
import { useSetPasswordStep } from './use-set-password-step.js';

/**
 * A new password: forced by the project (`phase_set_password`, "Password reset required") or after
 * a reset link. The policy checklist is live, and a confirmation must match before anything is sent.
 * @selector [data-scope="authn"][data-part="set-password-step"][data-state="required" | "optional"]
 */
export function SetPasswordStep() {
  const partAttributes = usePartAttributes();
  const api = useSetPasswordStep();
  const t = useMessages(setPasswordMessages);
  const required = api.mode === 'required';

  return (
    <form {...api.getFormProps()} {...partAttributes('set-password-step', api.mode)}>
      <Heading>{t(required ? 'setPassword.heading.required' : 'setPassword.heading')}</Heading>
      <p {...partAttributes('body')}>{t('setPassword.body')}</p>
      {/* Lets a password manager update the saved password of this account, not a new one. */}
      <UsernameAnchor identifier={api.identifier} />
      <FormError message={api.formError} />
      <PasswordInput label={t('setPassword.label')} {...api.getPasswordProps()} autoComplete="new-password" />
      <PasswordChecklist {...api.getChecklistProps()} />
      <PasswordInput
        label={t('setPassword.confirmLabel')}
        name="confirm-password"
        toggleLabels={{ show: t('setPassword.showConfirm'), hide: t('setPassword.hideConfirm') }}
        {...api.getConfirmProps()}
        autoComplete="new-password"
      />
      <Button type="submit" part="submit" {...api.getSubmitProps()} pendingLabel={t('setPassword.submitPending')}>
        {t('setPassword.submit')}
      </Button>
    </form>
  );
}
