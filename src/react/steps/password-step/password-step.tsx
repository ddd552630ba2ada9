import { useId, useRef, useState, type FormEvent } from 'react';
import { checkPassword } from '../../../core/api/password-policy.js';
import type { ChoiceData } from '../../../core/api/wire.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { partAttributes } from '../../primitives/parts.js';
import { TextField } from '../../primitives/text-field.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { isEmail } from '../shared/is-email.js';
import { UsernameAnchor } from '../shared/username-anchor.js';
import { PasswordChecklist } from './password-checklist.js';
import { PasswordInput } from './password-input.js';

type PasswordError = 'password.error.required' | 'password.error.policy';
type EmailError = 'email.error.required' | 'email.error.invalid';

const NO_DATA: ChoiceData<'password'> = {};

/**
 * Sign-in (`enrollment: false`) and sign-up (`enrollment: true`) with a password.
 * @selector [data-scope="authn"][data-part="password-step"][data-state="sign-in" | "sign-up"]
 */
export function PasswordStep() {
  const { view, submit, restart, startOver } = useAuthNFlow();
  const t = useMessages();
  const checklistId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusError = useErrorFocus(formRef, view);
  const data = view.choice?.choice === 'password' ? view.choice.data : NO_DATA;
  const signUp = data.enrollment === true;
  const needEmail = data.need_email === true;
  const canReset = !signUp && view.choices.some((entry) => entry.choice === 'reset_password');

  const [password, setPassword] = useState('');
  const [email, setEmail] = useState(() => (view.identifier?.kind === 'email' ? view.identifier.value : ''));
  const [passwordError, setPasswordError] = useState<PasswordError | null>(null);
  const [emailError, setEmailError] = useState<EmailError | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const rules = signUp ? checkPassword(data.password_policy, password) : [];

  const serverPasswordIssue = view.fieldErrors.password;
  const serverEmailIssue = view.fieldErrors.email;
  const updating = view.pending?.operation === 'update';

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (view.busy) {
      return;
    }
    const nextPasswordError: PasswordError | null =
      password === '' ? 'password.error.required' : signUp && !rules.every((rule) => rule.met) ? 'password.error.policy' : null;
    const trimmedEmail = email.trim();
    const nextEmailError: EmailError | null = !needEmail
      ? null
      : trimmedEmail === ''
        ? 'email.error.required'
        : !isEmail(trimmedEmail)
          ? 'email.error.invalid'
          : null;
    setPasswordError(nextPasswordError);
    setEmailError(nextEmailError);
    if (nextPasswordError !== null || nextEmailError !== null) {
      focusError();
      return;
    }
    setSubmitCount((count) => count + 1);
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
      {needEmail ? null : <UsernameAnchor value={view.identifier?.value ?? ''} />}
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      {needEmail ? (
        <TextField
          label={t('email.label')}
          name="email"
          type="email"
          autoComplete="username"
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
        value={password}
        onChange={(value) => {
          setPassword(value);
          setPasswordError(null);
        }}
        autoComplete={signUp ? 'new-password' : 'current-password'}
        error={
          passwordError !== null
            ? t(passwordError)
            : serverPasswordIssue
              ? translateIssue(t, serverPasswordIssue, 'password')
              : null
        }
        describedBy={signUp ? checklistId : undefined}
        submitCount={submitCount}
      />
      {signUp ? <PasswordChecklist id={checklistId} rules={rules} /> : null}
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
