import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FlowView } from '../../../core/flow/flow.selectors.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { partAttributes } from '../../primitives/parts.js';
import { TextField } from '../../primitives/text-field.js';
import { isEmail } from '../shared/is-email.js';

type LocalError = 'email.error.required' | 'email.error.invalid';

export interface EmailEntryFormProps {
  view: FlowView;
  /** What will be sent: a code or a link. */
  sends: 'code' | 'link';
  /** Pre-filled, e.g. the address typed before "Change email". @default '' */
  initialEmail?: string;
  /** Sends to this address: `restart(choice, { email })`. */
  onSend: (email: string) => void;
  /** Shown when there is something to go back to (the sent state). @default undefined */
  onCancel?: (() => void) | undefined;
  /** Focus the field on mount: the form replaced what the user was on. @default false */
  autoFocus?: boolean;
}

/**
 * `need_email` (and "Change email"): the address to send a code or link to, when the username is
 * not an email. The step around it owns the heading.
 * @selector [data-scope="authn"][data-part="email-entry"]
 */
export function EmailEntryForm({ view, sends, initialEmail = '', onSend, onCancel, autoFocus = false }: EmailEntryFormProps) {
  const t = useMessages();
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusError = useErrorFocus(formRef, view);
  const [email, setEmail] = useState(initialEmail);
  const [localError, setLocalError] = useState<LocalError | null>(null);
  const serverIssue = view.fieldErrors.email;
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
    const trimmed = email.trim();
    const error: LocalError | null = trimmed === '' ? 'email.error.required' : !isEmail(trimmed) ? 'email.error.invalid' : null;
    setLocalError(error);
    if (error !== null) {
      focusError();
      return;
    }
    onSend(trimmed);
  };

  const bodyKey: MessageKey = sends === 'code' ? 'emailEntry.body.code' : 'emailEntry.body.link';
  return (
    <form ref={formRef} noValidate aria-busy={view.busy} onSubmit={handleSubmit} {...partAttributes('email-entry')}>
      <p {...partAttributes('body')}>{t(bodyKey)}</p>
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      <TextField
        label={t('email.label')}
        name="email"
        type="email"
        autoComplete="email"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        required
        value={email}
        inputRef={inputRef}
        error={localError !== null ? t(localError) : serverIssue ? translateIssue(t, serverIssue) : null}
        onChange={(event) => {
          setEmail(event.target.value);
          setLocalError(null);
        }}
      />
      <div {...partAttributes('actions')}>
        <Button
          type="submit"
          part="submit"
          pending={sending}
          disabled={view.busy && !sending}
          pendingLabel={t('emailEntry.submitPending')}
        >
          {t(sends === 'code' ? 'emailEntry.submitCode' : 'emailEntry.submitLink')}
        </Button>
        {onCancel === undefined ? null : (
          <Button variant="secondary" part="cancel" disabled={view.busy} onClick={onCancel}>
            {t('emailEntry.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
