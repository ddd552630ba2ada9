import { useRef, useState, type FormEvent } from 'react';
import type { ChoiceData } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { passwordMessages } from '../../i18n/en/password.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { TextField } from '../../primitives/text-field.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { isEmail } from '../shared/is-email.js';
import { usePasswordEntry } from '../shared/use-password-entry.js';
import { UsernameAnchor } from '../shared/username-anchor.js';
import { PasswordChecklist } from './password-checklist.js';
import { PasswordInput } from './password-input.js';

type EmailError = 'email.error.required' | 'email.error.invalid';

const NO_DATA: ChoiceData<'password'> = {};

/**
 * Sign-in (`enrollment: false`) and sign-up (`enrollment: true`) with a password.
 * @selector [data-scope="authn"][data-part="password-step"][data-state="sign-in" | "sign-up"]
 */
export function PasswordStep() {
  const partAttributes = usePartAttributes();
  const { view, submit, restart, startOver } = useAuthNFlow();
  const t = useMessages(passwordMessages);
  const formRef = useRef<HTMLFormElement>(null);
  const focusError = useErrorFocus(formRef, view);
  const data = view.choice?.choice === 'password' ? view.choice.data : NO_DATA;
  const signUp = data.enrollment === true;
  const needEmail = data.need_email === true;
  const canReset = !signUp && view.choices.some((entry) => entry.choice === 'reset_password');

  const entry = usePasswordEntry(view, data.password_policy, signUp);
  const [email, setEmail] = useState(() => (view.identifier?.kind === 'email' ? view.identifier.value : ''));
  const [emailError, setEmailError] = useState<EmailError | null>(null);
  const serverEmailIssue = view.fieldErrors.email;
  const updating = view.pending?.operation === 'update';

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (view.busy) {
      return;
    }
    const passwordOk = entry.validate();
    const trimmedEmail = email.trim();
    const nextEmailError: EmailError | null = !needEmail
      ? null
      : trimmedEmail === ''
        ? 'email.error.required'
        : !isEmail(trimmedEmail)
          ? 'email.error.invalid'
          : null;
    setEmailError(nextEmailError);
    if (!passwordOk || nextEmailError !== null) {
      focusError();
      return;
    }
    entry.markSent();
    const { password } = entry;
    submit('password', needEmail ? { password, email: trimmedEmail } : { password });
  };

  return (
    <form
      ref={formRef}
      noValidate
      aria-busy={view.busy}
      onSubmit={handleSubmit}
      {...partAttributes('password-step', signUp ? 'sign-up' : 'sign-in')}
    >
      <Heading>{t(signUp ? 'password.heading.signUp' : 'password.heading.signIn')}</Heading>
      <IdentifierSummary identifier={view.identifier} onChange={startOver} />
      {/* The account's name for password managers; an email asked for here is a contact, not it. */}
      <UsernameAnchor identifier={view.identifier} />
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      {needEmail ? (
        <TextField
          label={t('email.label')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          error={emailError !== null ? t(emailError) : serverEmailIssue ? translateIssue(t, serverEmailIssue) : null}
          onChange={(event) => {
            setEmail(event.target.value);
            setEmailError(null);
          }}
        />
      ) : null}
      <PasswordInput
        label={t('password.label')}
        {...entry.inputProps}
        autoComplete={signUp ? 'new-password' : 'current-password'}
      />
      {signUp ? <PasswordChecklist id={entry.checklistId} rules={entry.rules} submitted={entry.refused} /> : null}
      <Button
        type="submit"
        part="submit"
        pending={view.busy && updating}
        disabled={view.busy && !updating}
        pendingLabel={t(signUp ? 'password.submit.signUpPending' : 'password.submit.signInPending')}
      >
        {t(signUp ? 'password.submit.signUp' : 'password.submit.signIn')}
      </Button>
      {canReset ? (
        <Button
          variant="link"
          part="forgot-password"
          pending={view.busy && view.pending?.operation === 'restart'}
          disabled={view.busy && updating}
          pendingLabel={t('password.forgotPending')}
          onClick={() => restart('reset_password', {})}
        >
          {t('password.forgot')}
        </Button>
      ) : null}
    </form>
  );
}
