import { useState } from 'react';
import type { FlowView } from '../../../core/index.js';
import { useEntryForm } from '../../hooks/use-entry-form.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useMessages } from '../../i18n/use-messages.js';
import { entryMessages } from '../../i18n/en/entry.js';
import { FormError } from '../../primitives/form-error.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { TextField } from '../../primitives/text-field.js';
import { EntryActions } from '../shared/entry-actions.js';
import { isEmail } from '../shared/is-email.js';
import { VERBATIM_INPUT } from '../shared/verbatim-input.js';

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
  const partAttributes = usePartAttributes();
  const t = useMessages(entryMessages);
  const [email, setEmail] = useState(initialEmail);
  const { formRef, inputRef, error, clearError, sending, onSubmit } = useEntryForm<LocalError>({
    view,
    serverIssue: view.fieldErrors.email,
    autoFocus,
    onSend,
    check: () => {
      const trimmed = email.trim();
      return trimmed === ''
        ? { error: 'email.error.required' }
        : !isEmail(trimmed)
          ? { error: 'email.error.invalid' }
          : { value: trimmed };
    },
  });

  const bodyKey: MessageKey = sends === 'code' ? 'emailEntry.body.code' : 'emailEntry.body.link';
  return (
    <form ref={formRef} noValidate aria-busy={view.busy} onSubmit={onSubmit} {...partAttributes('email-entry')}>
      <p {...partAttributes('body')}>{t(bodyKey)}</p>
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      <TextField
        label={t('email.label')}
        name="email"
        type="email"
        autoComplete="email"
        {...VERBATIM_INPUT}
        required
        value={email}
        inputRef={inputRef}
        error={error}
        onChange={(event) => {
          setEmail(event.target.value);
          clearError();
        }}
      />
      <EntryActions
        view={view}
        sending={sending}
        submitLabel={t(sends === 'code' ? 'emailEntry.submitCode' : 'emailEntry.submitLink')}
        pendingLabel={t('emailEntry.submitPending')}
        cancelLabel={t('emailEntry.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
