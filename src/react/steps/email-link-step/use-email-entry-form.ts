import { useState } from 'react';
import type { StepFieldProps } from '../../hooks/step-props.js';
import { useEntryForm, type EntryForm, type EntryFormOptions } from '../../hooks/use-entry-form.js';
import { isEmail } from '../shared/is-email.js';

type LocalError = 'email.error.required' | 'email.error.invalid';

export interface EmailEntryFormApi extends EntryForm {
  getEmailProps(): StepFieldProps;
}

/** `need_email` (and "Change email"): the address to send a code or a link to, checked before it is sent. */
export function useEmailEntryForm({ initialValue, ...options }: EntryFormOptions): EmailEntryFormApi {
  const [email, setEmail] = useState(initialValue);
  const form = useEntryForm<LocalError>({
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
  return {
    ...form,
    getEmailProps: () => ({
      value: email,
      error: form.fieldError,
      onChange: (value) => {
        setEmail(value);
        form.clearError();
      },
    }),
  };
}
