import { useState } from 'react';
import { useEntryForm, type EntryForm, type EntryFormOptions } from '../../hooks/use-entry-form.js';
import type { PhoneNumberStatus } from '../../primitives/phone-field.js';

type LocalError = 'smsPhone.error.required' | 'smsPhone.error.invalid';

export interface PhoneEntryFormApi extends EntryForm {
  /** For the phone field: the number in E.164 and its status, as `PhoneField` reports them. */
  getPhoneProps(): {
    value: string;
    error: string | null;
    onChange: (e164: string, status: PhoneNumberStatus) => void;
  };
}

/** `sms_otp` with `need_phone`: the number to text the code to, checked before it is sent. */
export function usePhoneEntryForm({ initialValue, ...options }: EntryFormOptions): PhoneEntryFormApi {
  const [phone, setPhone] = useState(initialValue);
  const [status, setStatus] = useState<PhoneNumberStatus>(initialValue === '' ? 'empty' : 'valid');
  const form = useEntryForm<LocalError>({
    ...options,
    field: 'phone',
    check: () =>
      status === 'empty'
        ? { error: 'smsPhone.error.required' }
        : status === 'invalid' || phone === ''
          ? { error: 'smsPhone.error.invalid' }
          : { value: phone },
  });
  return {
    ...form,
    getPhoneProps: () => ({
      value: phone,
      error: form.fieldError,
      onChange: (e164, nextStatus) => {
        setPhone(e164);
        setStatus(nextStatus);
        form.clearError();
      },
    }),
  };
}
