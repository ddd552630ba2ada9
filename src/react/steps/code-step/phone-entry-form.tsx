import type { EntryFormOptions } from '../../hooks/use-entry-form.js';
import { useMessages } from '../../i18n/use-messages.js';
import { entryMessages } from '../../i18n/en/entry.js';
import { FormError } from '../../primitives/form-error.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { PhoneField } from '../../primitives/phone-field.js';
import { EntryActions } from '../shared/entry-actions.js';
import { usePhoneEntryForm } from './use-phone-entry-form.js';

/**
 * `sms_otp` with `need_phone`: the number to text the code to, in E.164 from the phone field.
 * @selector [data-scope="authn"][data-part="phone-entry"]
 */
export function PhoneEntryForm(props: EntryFormOptions) {
  const partAttributes = usePartAttributes();
  const t = useMessages(entryMessages);
  const form = usePhoneEntryForm(props);

  return (
    <form {...form.getFormProps()} {...partAttributes('phone-entry')}>
      <p {...partAttributes('body')}>{t('smsPhone.body')}</p>
      <FormError message={form.formError} />
      <PhoneField
        label={t('smsPhone.label')}
        name="phone"
        autoComplete="tel"
        required
        inputRef={form.inputRef}
        {...form.getPhoneProps()}
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
