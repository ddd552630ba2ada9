import { Button } from '../primitives/button.js';
import { FormError } from '../primitives/form-error.js';
import { Heading } from '../primitives/heading.js';
import { usePartAttributes } from '../primitives/parts.js';
import { accountMessages } from '../i18n/en/account.js';
import { useMessages } from '../i18n/use-messages.js';
import { PasswordChecklist } from '../steps/password-step/password-checklist.js';
import { PasswordInput } from '../steps/password-step/password-input.js';
import { visuallyHidden } from '../steps/shared/visually-hidden.js';
import type { PasswordChangeApi } from './use-password-change.js';

export interface ChangePasswordFormProps {
  api: PasswordChangeApi;
  /** The account, for password managers to update its saved entry rather than make a new one. */
  account: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/**
 * The current password and a new one with the project's rules checklist. Password managers fill
 * the first (`current-password`) and offer to update the saved entry from the second.
 * @selector [data-scope="authn"][data-part="change-password"][data-state="editing" | "saving" | "saved"]
 */
export function ChangePasswordForm({ api, account, headingLevel }: ChangePasswordFormProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(accountMessages);
  return (
    <form {...api.getFormProps()} {...partAttributes('change-password', api.status)}>
      <Heading level={headingLevel}>{t('account.password.heading')}</Heading>
      <p {...partAttributes('body')}>{t('account.password.body')}</p>
      {account === '' ? null : (
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={account}
          readOnly
          tabIndex={-1}
          aria-hidden="true"
          {...visuallyHidden}
        />
      )}
      <FormError message={api.formError} />
      <PasswordInput
        label={t('account.password.current')}
        name="current-password"
        autoComplete="current-password"
        toggleLabels={{ show: t('account.password.showCurrent'), hide: t('account.password.hideCurrent') }}
        {...api.getCurrentProps()}
      />
      <PasswordInput label={t('account.password.new')} name="new-password" autoComplete="new-password" {...api.getNewProps()} />
      <PasswordChecklist {...api.getChecklistProps()} />
      <Button type="submit" part="submit" {...api.getSubmitProps()} pendingLabel={t('account.password.submitPending')}>
        {t('account.password.submit')}
      </Button>
      <p role="status" {...partAttributes('password-status', api.status === 'saved' ? 'visible' : 'hidden')}>
        {api.status === 'saved' ? t('account.password.changed') : null}
      </p>
    </form>
  );
}
