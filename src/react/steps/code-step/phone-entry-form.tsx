import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FlowView } from '../../../core/flow/flow.selectors.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { partAttributes } from '../../primitives/parts.js';
import { PhoneField, type PhoneNumberStatus } from '../../primitives/phone-field.js';

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
  const t = useMessages();
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusError = useErrorFocus(formRef, view);
  const [phone, setPhone] = useState(initialPhone);
  const [status, setStatus] = useState<PhoneNumberStatus>(initialPhone === '' ? 'empty' : 'valid');
  const [localError, setLocalError] = useState<LocalError | null>(null);
  const serverIssue = view.fieldErrors.phone;
  const sending = view.busy && view.pending?.operation === 'restart';

  useEffect(() => {
    if (autoFocus) {
      inputRef.current?.focus();
    }
  }, [autoFocus]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (view.busy) {
      return;
    }
    const error: LocalError | null =
      status === 'empty' ? 'smsPhone.error.required' : status === 'invalid' || phone === '' ? 'smsPhone.error.invalid' : null;
    setLocalError(error);
    if (error !== null) {
      focusError();
      return;
    }
    onSend(phone);
  };

  return (
    <form ref={formRef} noValidate aria-busy={view.busy} onSubmit={handleSubmit} {...partAttributes('phone-entry')}>
      <p {...partAttributes('body')}>{t('smsPhone.body')}</p>
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      <PhoneField
        label={t('smsPhone.label')}
        name="phone"
        autoComplete="tel"
        required
        value={phone}
        inputRef={inputRef}
        error={localError !== null ? t(localError) : serverIssue ? translateIssue(t, serverIssue) : null}
        onChange={(e164, nextStatus) => {
          setPhone(e164);
          setStatus(nextStatus);
          setLocalError(null);
        }}
      />
      <div {...partAttributes('actions')}>
        <Button
          type="submit"
          part="submit"
          pending={sending}
          disabled={view.busy && !sending}
          pendingLabel={t('smsPhone.submitPending')}
        >
          {t('smsPhone.submit')}
        </Button>
        {onCancel === undefined ? null : (
          <Button variant="secondary" part="cancel" disabled={view.busy} onClick={onCancel}>
            {t('smsPhone.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
