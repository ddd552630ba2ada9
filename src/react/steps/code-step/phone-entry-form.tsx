import { useState } from 'react';
import type { FlowView } from '../../../core/index.js';
import { useEntryForm } from '../../hooks/use-entry-form.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { entryMessages } from '../../i18n/en/entry.js';
import { FormError } from '../../primitives/form-error.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { PhoneField, type PhoneNumberStatus } from '../../primitives/phone-field.js';
import { EntryActions } from '../shared/entry-actions.js';

type LocalError = 'smsPhone.error.required' | 'smsPhone.error.invalid';

export interface PhoneEntryFormProps {
  view: FlowView;
  /** Pre-filled (E.164), e.g. the number typed before "Change phone number". @default '' */
  initialPhone?: string;
  /** Texts a code to this number: `restart('sms_otp', { phone })`. */
  onSend: (phone: string) => void;
  /** Shown when there is something to go back to (a code already sent). @default undefined */
  onCancel?: (() => void) | undefined;
  /** Focus the number on mount: the form replaced what the user was on. @default false */
  autoFocus?: boolean;
}

/**
 * `sms_otp` with `need_phone`: the number to text the code to, in E.164 from the phone field.
 * @selector [data-scope="authn"][data-part="phone-entry"]
 */
export function PhoneEntryForm({ view, initialPhone = '', onSend, onCancel, autoFocus = false }: PhoneEntryFormProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(entryMessages);
  const [phone, setPhone] = useState(initialPhone);
  const [status, setStatus] = useState<PhoneNumberStatus>(initialPhone === '' ? 'empty' : 'valid');
  const { formRef, inputRef, error, clearError, sending, onSubmit } = useEntryForm<LocalError>({
    view,
    serverIssue: view.fieldErrors.phone,
    autoFocus,
    onSend,
    check: () =>
      status === 'empty'
        ? { error: 'smsPhone.error.required' }
        : status === 'invalid' || phone === ''
          ? { error: 'smsPhone.error.invalid' }
          : { value: phone },
  });

  return (
    <form ref={formRef} noValidate aria-busy={view.busy} onSubmit={onSubmit} {...partAttributes('phone-entry')}>
      <p {...partAttributes('body')}>{t('smsPhone.body')}</p>
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      <PhoneField
        label={t('smsPhone.label')}
        name="phone"
        autoComplete="tel"
        required
        value={phone}
        inputRef={inputRef}
        error={error}
        onChange={(e164, nextStatus) => {
          setPhone(e164);
          setStatus(nextStatus);
          clearError();
        }}
      />
      <EntryActions
        view={view}
        sending={sending}
        submitLabel={t('smsPhone.submit')}
        pendingLabel={t('smsPhone.submitPending')}
        cancelLabel={t('smsPhone.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
