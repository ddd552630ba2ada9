import { useState } from 'react';
import { useEntryForm, type EntryFormOptions } from '../../hooks/use-entry-form.js';
import { useMessages } from '../../i18n/use-messages.js';
import { entryMessages } from '../../i18n/en/entry.js';
import { FormError } from '../../primitives/form-error.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { PhoneField, type PhoneNumberStatus } from '../../primitives/phone-field.js';
import { EntryActions } from '../shared/entry-actions.js';

/**
 * `sms_otp` with `need_phone`: the number to text the code to, in E.164 from the phone field,
 * checked before it is sent.
 * @selector [data-scope="authn"][data-part="phone-entry"]
 */
export function PhoneEntryForm({ initialValue, ...options }: EntryFormOptions) {
  const partAttributes = usePartAttributes();
  const t = useMessages(entryMessages);
  const [phone, setPhone] = useState(initialValue);
  const [status, setStatus] = useState<PhoneNumberStatus>(initialValue === '' ? 'empty' : 'valid');
  const form = useEntryForm<'smsPhone.error.required' | 'smsPhone.error.invalid'>({
    ...options,
    field: 'phone',
    check: () =>
      status === 'empty'
        ? { error: 'smsPhone.error.required' }
        : status === 'invalid' || phone === ''
          ? { error: 'smsPhone.error.invalid' }
          : { value: phone },
  });

  return (
    <form {...form.getFormProps()} {...partAttributes('phone-entry')}>
      <p {...partAttributes('body')}>{t('smsPhone.body')}</p>
      <FormError message={form.formError} />
      <PhoneField
        label={t('smsPhone.label')}
        required
        inputRef={form.inputRef}
        value={phone}
        error={form.fieldError}
        onChange={(e164, nextStatus) => {
          setPhone(e164);
          setStatus(nextStatus);
          form.clearError();
        }}
      />
      <EntryActions
        submit={form.getSubmitProps()}
        cancel={form.getCancelProps()}
        submitLabel={t('smsPhone.submit')}
        pendingLabel={t('smsPhone.submitPending')}
        cancelLabel={t('smsPhone.cancel')}
      />
    </form>
  );
}
