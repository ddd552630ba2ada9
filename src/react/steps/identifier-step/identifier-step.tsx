import { lazy, Suspense, useRef, useState, type FormEvent } from 'react';
import type { FlowView } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { UnsupportedView } from '../lazy-steps.js';
import { PasskeySignInButton } from '../passkey-step/passkey-sign-in-button.js';
import { usePasskeyAutofill } from '../passkey-step/use-passkey-autofill.js';
import type { PhoneNumberStatus } from '../../primitives/phone-field.js';
import { IdentifierField, identifierValueOf, type IdentifierValue } from './identifier-field.js';
import { identifierPlanOf } from './identifier-mode.js';
import { ProviderButtons } from './provider-buttons.js';
import { isProviderIssue, ProviderIssueActions } from './provider-issue-actions.js';
import { useSamlAutoRedirect } from './use-saml-auto-redirect.js';

// Most first screens have no disclaimer: its renderer loads only when one is there.
const RichText = lazy(() => import('../../primitives/rich-text.js').then((module) => ({ default: module.RichText })));

type LocalError = 'email.error.required' | 'email.error.invalid' | 'username.error.required' | 'identifier.phone.error.required' | 'phone.error.invalid';

function headingOf(view: FlowView): MessageKey {
  const signIn = view.flowType.includes('signin');
  const signUp = view.flowType.includes('signup');
  return signIn && !signUp ? 'email.heading.signIn' : signUp && !signIn ? 'email.heading.signUp' : 'email.heading.both';
}

/** What is wrong with the value before it goes to the server, if anything. */
function localErrorOf(value: IdentifierValue): LocalError | null {
  switch (value.mode) {
    case 'email':
      return value.empty ? 'email.error.required' : value.valid ? null : 'email.error.invalid';
    case 'username':
      return value.empty ? 'username.error.required' : null;
    case 'phone':
      return value.empty ? 'identifier.phone.error.required' : value.valid ? null : 'phone.error.invalid';
    default:
      return value.mode satisfies never;
  }
}

/**
 * The first step: who are you? Serves `set_email` and `set_username` (email, username or phone by
 * `username_format`), with the project's social and SAML providers beside it and its disclaimer.
 * @selector [data-scope="authn"][data-part="identifier-step"][data-state="email" | "username" | "phone" | "providers"]
 */
export function IdentifierStep() {
  const partAttributes = usePartAttributes();
  const { view, submit, redirect, redirectTarget } = useAuthNFlow();
  const t = useMessages();
  const rootRef = useRef<HTMLDivElement>(null);
  const focusError = useErrorFocus(rootRef, view);
  const plan = identifierPlanOf(view);
  const [text, setText] = useState(() => view.identifier?.value ?? '');
  // A number the flow already holds was accepted by the server.
  const [phoneStatus, setPhoneStatus] = useState<PhoneNumberStatus>(() => (text === '' ? 'empty' : 'valid'));
  const [localError, setLocalError] = useState<LocalError | null>(null);
  const [unsafeProvider, setUnsafeProvider] = useState<string | null>(null);
  useSamlAutoRedirect(view, plan.providers, plan.samlOnly);
  // The field's token (`email`, `username`, `tel`), plus `webauthn` when passkeys are offered in
  // its autofill (conditional UI) and the flow and browser allow it.
  const fieldToken = plan.field?.mode === 'email' ? 'email' : plan.field?.mode === 'phone' ? 'tel' : 'username';
  const autoComplete = usePasskeyAutofill(view, fieldToken) ?? fieldToken;

  if (plan.nothingToOffer) {
    return <UnsupportedView />;
  }

  // A call the user did not ask for (say, the passkey autofill being prepared) leaves the form idle.
  const working = view.busy && view.pending?.background !== true;
  const field = plan.field;
  const fieldName = field?.choice === 'set_username' ? 'username' : 'email';
  const serverIssue = view.fieldErrors[fieldName];
  const fieldError = localError !== null ? t(localError) : serverIssue ? translateIssue(t, serverIssue) : null;
  const formError =
    unsafeProvider !== null
      ? t('provider.error.unsafeRedirect', { provider: unsafeProvider })
      : view.formError
        ? translateIssue(t, view.formError)
        : null;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A background call does not block a submit: the flow sends it once that call settles.
    if (working || field === null) {
      return;
    }
    const value = identifierValueOf(field.mode, text, phoneStatus);
    const error = localErrorOf(value);
    setLocalError(error);
    setUnsafeProvider(null);
    if (error !== null) {
      focusError();
      return;
    }
    if (field.choice === 'set_username') {
      submit('set_username', { username: value.text });
    } else {
      submit('set_email', { email: value.text });
    }
  };

  const samlOnlyName = plan.samlOnly?.data.provider_name;
  return (
    <div ref={rootRef} aria-busy={working} {...partAttributes('identifier-step', field?.mode ?? 'providers')}>
      <Heading>{t(headingOf(view))}</Heading>
      <FormError message={formError} />
      {isProviderIssue(view.formError) && unsafeProvider === null ? (
        <ProviderIssueActions issue={view.formError} view={view} providers={plan.providers} />
      ) : null}
      {samlOnlyName !== undefined && view.formError === null ? (
        <p {...partAttributes('hint')}>{t('provider.samlOnly', { provider: samlOnlyName })}</p>
      ) : null}
      {field !== null ? (
        <form noValidate onSubmit={handleSubmit} {...partAttributes('identifier-form')}>
          <IdentifierField
            mode={field.mode}
            value={text}
            error={fieldError}
            autoComplete={autoComplete}
            onChange={(next, status) => {
              setText(next);
              setPhoneStatus(status);
              setLocalError(null);
            }}
          />
          <Button type="submit" part="submit" pending={working} pendingLabel={t('email.submitPending')}>
            {t('email.submit')}
          </Button>
          <PasskeySignInButton />
        </form>
      ) : null}
      {field !== null && plan.providers.length > 0 ? (
        <p aria-hidden="true" {...partAttributes('divider')}>
          {t('identifier.or')}
        </p>
      ) : null}
      <ProviderButtons
        providers={plan.providers}
        busy={working}
        onRedirect={redirect}
        targetOf={redirectTarget}
        onUnsafe={(name) => {
          setUnsafeProvider(name);
          focusError();
        }}
      />
      {view.disclaimer !== undefined && view.disclaimer.trim() !== '' ? (
        // Sanitised: the disclaimer is project config, and must not be able to inject markup. Its own
        // boundary, so the form stays on screen while the renderer loads.
        <Suspense fallback={null}>
          <RichText text={view.disclaimer} part="disclaimer" />
        </Suspense>
      ) : null}
    </div>
  );
}
