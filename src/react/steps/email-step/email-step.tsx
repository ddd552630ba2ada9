import { useRef, useState, type FormEvent } from 'react';
import type { FlowView } from '../../../core/flow/flow.selectors.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { partAttributes } from '../../primitives/parts.js';
import { TextField } from '../../primitives/text-field.js';
import { isEmail } from '../shared/is-email.js';

type LocalError = 'email.error.required' | 'email.error.invalid' | 'username.error.required';

function headingOf(view: FlowView): MessageKey {
  const signIn = view.flowType.includes('signin');
  const signUp = view.flowType.includes('signup');
  return signIn && !signUp ? 'email.heading.signIn' : signUp && !signIn ? 'email.heading.signUp' : 'email.heading.both';
}

/**
 * The first step: who are you? Serves `set_email` and `set_username`.
 * @selector [data-scope="authn"][data-part="email-step"]
 */
export function EmailStep() {
  const { view, submit } = useAuthNFlow();
  const t = useMessages();
  const formRef = useRef<HTMLFormElement>(null);
  const focusError = useErrorFocus(formRef, view);
  const byUsername = view.choice?.choice === 'set_username';
  const [value, setValue] = useState(() => view.identifier?.value ?? '');
  const [localError, setLocalError] = useState<LocalError | null>(null);

  const serverIssue = view.fieldErrors[byUsername ? 'username' : 'email'];
  const fieldError = localError !== null ? t(localError) : serverIssue ? translateIssue(t, serverIssue) : null;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (view.busy) {
      return;
    }
    const trimmed = value.trim();
    const error: LocalError | null =
      trimmed === ''
        ? byUsername
          ? 'username.error.required'
          : 'email.error.required'
        : !byUsername && !isEmail(trimmed)
          ? 'email.error.invalid'
          : null;
    setLocalError(error);
    if (error !== null) {
      focusError();
      return;
    }
    if (byUsername) {
      submit('set_username', { username: trimmed });
    } else {
      submit('set_email', { email: trimmed });
    }
  };

  return (
    <form ref={formRef} noValidate aria-busy={view.busy} onSubmit={handleSubmit} {...partAttributes('email-step')}>
      <Heading>{t(headingOf(view))}</Heading>
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      <TextField
        label={t(byUsername ? 'username.label' : 'email.label')}
        name={byUsername ? 'username' : 'email'}
        type={byUsername ? 'text' : 'email'}
        autoComplete={byUsername ? 'username' : 'email'}
        // Usernames are case- and space-sensitive; don't let phones "fix" them.
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        required
        value={value}
        error={fieldError}
        onChange={(event) => {
          setValue(event.target.value);
          setLocalError(null);
        }}
      />
      <Button type="submit" part="submit" pending={view.busy} pendingLabel={t('email.submitPending')}>
        {t('email.submit')}
      </Button>
      {view.disclaimer !== undefined && view.disclaimer !== '' ? (
        // Plain text on purpose: the disclaimer comes from project config, and rendering it as
        // HTML would let whoever edits that config inject markup into the login page.
        <p {...partAttributes('disclaimer')}>{view.disclaimer}</p>
      ) : null}
    </form>
  );
}
