import { useState } from 'react';
import { useEntryForm, type EntryFormOptions } from '../../hooks/use-entry-form.js';
import { useMessages } from '../../i18n/use-messages.js';
import { entryMessages } from '../../i18n/en/entry.js';
import { FormError } from '../../primitives/form-error.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { TextField } from '../../primitives/text-field.js';
import { EntryActions } from '../shared/entry-actions.js';
import { isEmail } from '../shared/is-email.js';
import { VERBATIM_INPUT } from '../shared/verbatim-input.js';

export interface EmailEntryFormProps extends EntryFormOptions {
  /** What will be sent: a code or a link. */
  sends: 'code' | 'link';
}

/**
 * `need_email` (and "Change email"): the address to send a code or link to, when the username is
 * not an email, checked before it is sent. The step around it owns the heading.
 * @selector [data-scope="authn"][data-part="email-entry"]
 */
export function EmailEntryForm({ sends, initialValue, ...options }: EmailEntryFormProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(entryMessages);
  const [email, setEmail] = useState(initialValue);
  const form = useEntryForm<'email.error.required' | 'email.error.invalid'>({
    ...options,
    field: 'email',
    check: () => {
      const trimmed = email.trim();
      return trimmed === ''
        ? { error: 'email.error.required' }
        : !isEmail(trimmed)
          ? { error: 'email.error.invalid' }
          : { value: trimmed };
    },
  });

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
        value={email}
        inputRef={form.inputRef}
        error={form.fieldError}
        onChange={(event) => {
          setEmail(event.target.value);
          form.clearError();
        }}
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
