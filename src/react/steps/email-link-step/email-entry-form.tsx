import type { EntryFormOptions } from '../../hooks/use-entry-form.js';
import { useMessages } from '../../i18n/use-messages.js';
import { entryMessages } from '../../i18n/en/entry.js';
import { FormError } from '../../primitives/form-error.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { TextField } from '../../primitives/text-field.js';
import { EntryActions } from '../shared/entry-actions.js';
import { VERBATIM_INPUT } from '../shared/verbatim-input.js';
import { useEmailEntryForm } from './use-email-entry-form.js';

export interface EmailEntryFormProps extends EntryFormOptions {
  /** What will be sent: a code or a link. */
  sends: 'code' | 'link';
}

/**
 * `need_email` (and "Change email"): the address to send a code or link to, when the username is
 * not an email. The step around it owns the heading.
 * @selector [data-scope="authn"][data-part="email-entry"]
 */
export function EmailEntryForm({ sends, ...options }: EmailEntryFormProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(entryMessages);
  const form = useEmailEntryForm(options);
  const email = form.getEmailProps();

  return (
    <form {...form.getFormProps()} {...partAttributes('email-entry')}>
      <p {...partAttributes('body')}>{t(sends === 'code' ? 'emailEntry.body.code' : 'emailEntry.body.link')}</p>
      <FormError message={form.formError} />
      <TextField
        label={t('email.label')}
        name="email"
        type="email"
        autoComplete="email"
        {...VERBATIM_INPUT}
        required
        value={email.value}
        inputRef={form.inputRef}
        error={email.error}
        onChange={(event) => email.onChange(event.target.value)}
      />
      <EntryActions
        submit={form.getSubmitProps()}
        cancel={form.getCancelProps()}
        submitLabel={t(sends === 'code' ? 'emailEntry.submitCode' : 'emailEntry.submitLink')}
        pendingLabel={t('emailEntry.submitPending')}
        cancelLabel={t('emailEntry.cancel')}
      />
    </form>
  );
}
