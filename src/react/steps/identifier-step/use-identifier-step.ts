import { useState, type FormEvent } from 'react';
import type { FlowView } from '../../../core/index.js';
import { errorText, useStepRoot } from '../../hooks/step-form.js';
import type { StepButtonProps, StepRootProps } from '../../hooks/step-props.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import type { PhoneNumberStatus } from '../../primitives/phone-field.js';
import { usePasskeyAutofill } from '../passkey-step/use-passkey-autofill.js';
import { isEmail } from '../shared/is-email.js';
import type { IdentifierFieldProps } from './identifier-field.js';
import { identifierPlanOf, type IdentifierMode, type ProviderChoice } from './identifier-mode.js';
import type { ProviderButtonsProps } from './provider-buttons.js';
import { isProviderIssue, type ProviderIssue } from './provider-issue-actions.js';
import { useLeaving } from './use-leaving.js';
import { useSamlAutoRedirect } from './use-saml-auto-redirect.js';

type LocalError = 'email.error.required' | 'email.error.invalid' | 'username.error.required' | 'identifier.phone.error.required' | 'phone.error.invalid';

/** The identifier to send (trimmed; E.164 for a phone), or what is wrong with it before it goes to the server. */
function checkIdentifier(
  mode: IdentifierMode,
  text: string,
  phoneStatus: PhoneNumberStatus,
): { value: string } | { error: LocalError } {
  const trimmed = text.trim();
  switch (mode) {
    case 'email':
      if (trimmed === '') {
        return { error: 'email.error.required' };
      }
      return isEmail(trimmed) ? { value: trimmed } : { error: 'email.error.invalid' };
    case 'username':
      return trimmed === '' ? { error: 'username.error.required' } : { value: trimmed };
    case 'phone':
      // The phone field reports `''` for an invalid number: its status tells it from an empty one.
      if (phoneStatus === 'empty') {
        return { error: 'identifier.phone.error.required' };
      }
      return phoneStatus === 'valid' && trimmed !== '' ? { value: trimmed } : { error: 'phone.error.invalid' };
    default:
      return mode satisfies never;
  }
}

function audienceOf(view: FlowView): IdentifierStepApi['audience'] {
  const signIn = view.flowType.includes('signin');
  const signUp = view.flowType.includes('signup');
  return signIn && !signUp ? 'sign-in' : signUp && !signIn ? 'sign-up' : 'both';
}

export interface IdentifierStepApi {
  /** Whom the flow is for, by its `flow_type`: the heading says "Sign in", "Sign up" or both. */
  audience: 'sign-in' | 'sign-up' | 'both';
  /** What the field asks for (`username_format`), or `null` when only providers are offered. */
  mode: IdentifierMode | null;
  /** Nothing on this step can lead anywhere: show the "no valid methods" screen. */
  nothingToOffer: boolean;
  /** The only way in is this SAML provider, which the step goes to by itself; not after the server refused. */
  samlOnlyName: string | undefined;
  /** The last call's error, or a provider link that was refused; translated, `null` when none. */
  formError: string | null;
  /** A provider sign-in the account cannot use: `ProviderIssueActions` offers the way on. */
  providerIssue: ProviderIssue | null;
  providers: ProviderChoice[];
  /** The project's disclaimer (markdown), when it has one. */
  disclaimer: string | undefined;
  getRootProps(): StepRootProps;
  getFormProps(): { noValidate: true; onSubmit: (event: FormEvent<HTMLFormElement>) => void };
  getFieldProps(): IdentifierFieldProps;
  getSubmitProps(): StepButtonProps;
  getProviderProps(): ProviderButtonsProps;
}

/**
 * The first step without its markup: the email, username or phone by `username_format`, checked
 * before it is sent, the project's social and SAML providers, SAML without a click, and the
 * passkeys offered in the field's autofill.
 */
export function useIdentifierStep(): IdentifierStepApi {
  const { view, submit, redirect, redirectTarget } = useAuthNFlow();
  const t = useMessages();
  const plan = identifierPlanOf(view);
  // Until the user types, the field shows the identifier the flow knows: the first screen is drawn
  // before `flow/start` answers, and that answer may name the user (an invitation's email).
  const [typed, setTyped] = useState<{ text: string; phoneStatus: PhoneNumberStatus } | null>(null);
  const known = view.identifier?.value ?? '';
  const text = typed?.text ?? known;
  // A number the flow already holds was accepted by the server.
  const phoneStatus = typed?.phoneStatus ?? (known === '' ? 'empty' : 'valid');
  // Kept with the field it was found for: an answer that turns an email field into a username
  // field must not leave "Enter an email address" on it.
  const [localError, setLocalError] = useState<{ key: LocalError; mode: IdentifierMode } | null>(null);
  const [unsafeProvider, setUnsafeProvider] = useState<string | null>(null);
  const [leaving, setLeaving] = useLeaving();
  useSamlAutoRedirect(view, plan.providers, plan.samlOnly);
  // The field's token (`email`, `username`, `tel`), plus `webauthn` when passkeys are offered in
  // its autofill (conditional UI) and the flow and browser allow it.
  const fieldToken = plan.field?.mode === 'email' ? 'email' : plan.field?.mode === 'phone' ? 'tel' : 'username';
  const autoComplete = usePasskeyAutofill(view, fieldToken) ?? fieldToken;

  // A call the user did not ask for (say, the passkey autofill being prepared) leaves the form idle.
  const working = view.busy && view.pending?.background !== true;
  const [getRootProps, focusError] = useStepRoot(view, working);
  const field = plan.field;
  const shownLocalError = localError !== null && localError.mode === field?.mode ? localError.key : null;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A background call does not block a submit: the flow sends it once that call settles.
    if (working || field === null) {
      return;
    }
    const checked = checkIdentifier(field.mode, text, phoneStatus);
    setUnsafeProvider(null);
    if ('error' in checked) {
      setLocalError({ key: checked.error, mode: field.mode });
      focusError();
      return;
    }
    setLocalError(null);
    if (field.choice === 'set_username') {
      submit('set_username', { username: checked.value });
    } else {
      submit('set_email', { email: checked.value });
    }
  };

  return {
    audience: audienceOf(view),
    mode: field?.mode ?? null,
    nothingToOffer: plan.nothingToOffer,
    samlOnlyName: view.formError === null ? plan.samlOnly?.data.provider_name : undefined,
    formError:
      unsafeProvider !== null
        ? t('provider.error.unsafeRedirect', { provider: unsafeProvider })
        : errorText(t, view.formError),
    providerIssue: isProviderIssue(view.formError) && unsafeProvider === null ? view.formError : null,
    providers: plan.providers,
    disclaimer: view.disclaimer,
    getRootProps,
    getFormProps: () => ({ noValidate: true, onSubmit: handleSubmit }),
    getFieldProps: () => ({
      mode: field?.mode ?? 'email',
      value: text,
      error: errorText(t, view.fieldErrors[field?.choice === 'set_username' ? 'username' : 'email'], shownLocalError),
      autoComplete,
      onChange: (next, status) => {
        setTyped({ text: next, phoneStatus: status });
        setLocalError(null);
      },
    }),
    getSubmitProps: () => ({ pending: working }),
    getProviderProps: () => ({
      providers: plan.providers,
      busy: working,
      onRedirect: redirect,
      targetOf: redirectTarget,
      onUnsafe: (name) => {
        setUnsafeProvider(name);
        focusError();
      },
      leaving,
      onLeaving: setLeaving,
    }),
  };
}
