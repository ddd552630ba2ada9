import { useMessages } from '../../i18n/use-messages.js';
import { passwordMessages } from '../../i18n/en/password.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { TextField } from '../../primitives/text-field.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { UsernameAnchor } from '../shared/username-anchor.js';
import { VERBATIM_INPUT } from '../shared/verbatim-input.js';
import { PasswordChecklist } from './password-checklist.js';
import { PasswordInput } from './password-input.js';
import { usePasswordStep } from './use-password-step.js';

/**
 * Sign-in (`enrollment: false`) and sign-up (`enrollment: true`) with a password.
 * @selector [data-scope="authn"][data-part="password-step"][data-state="sign-in" | "sign-up"]
 */
export function PasswordStep() {
  const partAttributes = usePartAttributes();
  const api = usePasswordStep();
  const t = useMessages(passwordMessages);
  const signUp = api.mode === 'sign-up';
  const email = api.getEmailProps();

  return (
    <form {...api.getFormProps()} {...partAttributes('password-step', api.mode)}>
      <Heading>{t(signUp ? 'password.heading.signUp' : 'password.heading.signIn')}</Heading>
      <IdentifierSummary identifier={api.identifier} onChange={api.startOver} />
      {/* The account's name for password managers; an email asked for here is a contact, not it. */}
      <UsernameAnchor identifier={api.identifier} />
      <FormError message={api.formError} />
      {api.needEmail ? (
        <TextField
          label={t('email.label')}
          name="email"
          type="email"
          autoComplete="email"
          {...VERBATIM_INPUT}
          required
          value={email.value}
          error={email.error}
          onChange={(event) => email.onChange(event.target.value)}
        />
      ) : null}
      <PasswordInput label={t('password.label')} {...api.getPasswordProps()} />
      {signUp ? <PasswordChecklist {...api.getChecklistProps()} /> : null}
      <Button
        type="submit"
        part="submit"
        {...api.getSubmitProps()}
        pendingLabel={t(signUp ? 'password.submit.signUpPending' : 'password.submit.signInPending')}
      >
        {t(signUp ? 'password.submit.signUp' : 'password.submit.signIn')}
      </Button>
      {api.canReset ? (
        <Button
          variant="link"
          part="forgot-password"
          {...api.getForgotPasswordProps()}
          pendingLabel={t('password.forgotPending')}
        >
          {t('password.forgot')}
        </Button>
      ) : null}
    </form>
  );
}
