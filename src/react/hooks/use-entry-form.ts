import { useEffect, useRef, useState, type RefObject } from 'react';
import type { MessageKey } from '../i18n/messages.js';
import { useMessages } from '../i18n/use-messages.js';
import { entryMessages } from '../i18n/en/entry.js';
import { isRestarting } from './pending-call.js';
import { callButton, errorText, useStepForm } from './step-form.js';
import type { StepButtonProps, StepFormProps } from './step-props.js';
import { useAuthNFlow } from './use-authn-flow.js';

/** The value to send, or the message key of what is wrong with it. */
export type EntryCheck<E extends MessageKey> = { value: string } | { error: E };

/** What a step gives the form that asks for an address to send a code or a link to. */
export interface EntryFormOptions {
  /** Pre-filled, e.g. the address typed before "Change email". */
  initialValue: string;
  /** Sends to this address: `restart(choice, { email })` or `{ phone }`. */
  onSend: (value: string) => void;
  /** Shown when there is something to go back to (a code or link already sent). */
  onCancel: (() => void) | undefined;
  /** Focus the field on mount: the form replaced what the user was on. */
  autoFocus: boolean;
}

/** An address form without its markup: the form, its field's error, the send and cancel buttons. */
export interface EntryForm {
  /** The server's error about the whole form, translated; `null` when none. */
  formError: string | null;
  /** The field's error: the form's own check's, else the server's. */
  fieldError: string | null;
  /** The field, to focus it. */
  inputRef: RefObject<HTMLInputElement | null>;
  getFormProps(): StepFormProps;
  getSubmitProps(): StepButtonProps;
  /** `null` when there is nothing to go back to. */
  getCancelProps(): StepButtonProps | null;
}

export interface UseEntryFormOptions<E extends MessageKey> extends Omit<EntryFormOptions, 'initialValue'> {
  /** Checks the typed value before anything is sent. */
  check: () => EntryCheck<E>;
  /** The field whose server error shows when there is no local one (`email`, `phone`). */
  field: string;
}

/**
 * One address to send something to (a phone for `sms_otp`, an email for a code or a link): the
 * submit that checks, focuses the error or sends once, the pending state of that send, and focus
 * on mount when the form replaced what the user was on. Returns `clearError` for every change.
 */
export function useEntryForm<E extends MessageKey>({
  check,
  field,
  onSend,
  onCancel,
  autoFocus,
}: UseEntryFormOptions<E>): EntryForm & { clearError: () => void } {
  const { view } = useAuthNFlow();
  const t = useMessages(entryMessages);
  const inputRef = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<E | null>(null);

  useEffect(() => {
    if (autoFocus) {
      inputRef.current?.focus();
    }
  }, [autoFocus]);

  const [getFormProps] = useStepForm(view, (focusError) => {
    const checked = check();
    if ('error' in checked) {
      setLocalError(checked.error);
      focusError();
      return;
    }
    setLocalError(null);
    onSend(checked.value);
  });

  return {
    formError: errorText(t, view.formError),
    fieldError: errorText(t, view.fieldErrors[field], localError),
    inputRef,
    clearError: () => setLocalError(null),
    getFormProps,
    getSubmitProps: () => callButton(view.busy, view.busy && isRestarting(view)),
    getCancelProps: () => (onCancel === undefined ? null : { disabled: view.busy, onClick: onCancel }),
  };
}
