import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { FlowIssue, FlowView } from '../../core/index.js';
import { translateIssue } from '../i18n/message-for-issue.js';
import type { MessageKey } from '../i18n/messages.js';
import { useMessages } from '../i18n/use-messages.js';
import { entryMessages } from '../i18n/en/entry.js';
import { useErrorFocus } from './use-error-focus.js';

/** The value to send, or the message key of what is wrong with it. */
export type EntryCheck<E extends MessageKey> = { value: string } | { error: E };

export interface UseEntryFormOptions<E extends MessageKey> {
  view: FlowView;
  /** Checks the typed value before anything is sent. */
  check: () => EntryCheck<E>;
  /** Sends the checked value (a `restart` with the address). */
  onSend: (value: string) => void;
  /** The server's issue with this field, shown when there is no local one. */
  serverIssue: FlowIssue | undefined;
  /** Focus the input on mount: the form replaced what the user was on. */
  autoFocus: boolean;
}

export interface EntryForm {
  formRef: RefObject<HTMLFormElement | null>;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The field's error text: the local check's, else the server's. */
  error: string | null;
  /** Clears the local error (call on every change). */
  clearError: () => void;
  /** The send this form asked for is in flight. */
  sending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * One address to send something to (a phone for `sms_otp`, an email for a code or a link): the
 * submit that checks, focuses the error or sends once, the pending state of that send, and focus
 * on mount when the form replaced what the user was on.
 */
export function useEntryForm<E extends MessageKey>({
  view,
  check,
  onSend,
  serverIssue,
  autoFocus,
}: UseEntryFormOptions<E>): EntryForm {
  const t = useMessages(entryMessages);
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusError = useErrorFocus(formRef, view);
  const [localError, setLocalError] = useState<E | null>(null);

  useEffect(() => {
    if (autoFocus) {
      inputRef.current?.focus();
    }
  }, [autoFocus]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A call in flight: a second submit would send a second request.
    if (view.busy) {
      return;
    }
    const checked = check();
    if ('error' in checked) {
      setLocalError(checked.error);
      focusError();
      return;
    }
    setLocalError(null);
    onSend(checked.value);
  };

  return {
    formRef,
    inputRef,
    error: localError !== null ? t<MessageKey>(localError) : serverIssue ? translateIssue(t, serverIssue) : null,
    clearError: () => setLocalError(null),
    sending: view.busy && view.pending?.operation === 'restart',
    onSubmit,
  };
}
