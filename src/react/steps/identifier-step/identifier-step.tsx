import { lazy, Suspense } from 'react';
import type { MessageKey } from '../../i18n/messages.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { UnsupportedView } from '../lazy-steps.js';
import { PasskeySignInButton } from '../passkey-step/passkey-sign-in-button.js';
import { IdentifierField } from './identifier-field.js';
import { ProviderButtons } from './provider-buttons.js';
import { ProviderIssueActions } from './provider-issue-actions.js';
import { useIdentifierStep, type IdentifierStepApi } from './use-identifier-step.js';

// Most first screens have no disclaimer: its renderer loads only when one is there.
const RichText = lazy(() => import('../../primitives/rich-text-lazy.js').then((module) => ({ default: module.RichText })));

const HEADINGS = {
  'sign-in': 'email.heading.signIn',
  'sign-up': 'email.heading.signUp',
  both: 'email.heading.both',
} as const satisfies Record<IdentifierStepApi['audience'], MessageKey>;

/**
 * The first step: who are you? Serves `set_email` and `set_username` (email, username or phone by
 * `username_format`), with the project's social and SAML providers beside it and its disclaimer.
 * @selector [data-scope="authn"][data-part="identifier-step"][data-state="email" | "username" | "phone" | "providers"]
 */
export function IdentifierStep() {
  const partAttributes = usePartAttributes();
  const api = useIdentifierStep();
  const providerProps = api.getProviderProps();
  const t = useMessages();

  if (api.nothingToOffer) {
    return <UnsupportedView />;
  }

  return (
    <div {...api.getRootProps()} {...partAttributes('identifier-step', api.mode ?? 'providers')}>
      <Heading>{t(HEADINGS[api.audience])}</Heading>
      <FormError message={api.formError} />
      {api.providerIssue !== null ? (
        <ProviderIssueActions
          issue={api.providerIssue}
          providers={api.providers}
          leaving={providerProps.leaving}
          onLeaving={providerProps.onLeaving}
        />
      ) : null}
      {api.samlOnlyName !== undefined ? (
        <p {...partAttributes('hint')}>{t('provider.samlOnly', { provider: api.samlOnlyName })}</p>
      ) : null}
      {api.mode !== null ? (
        <form {...api.getFormProps()} {...partAttributes('identifier-form')}>
          <IdentifierField {...api.getFieldProps()} />
          <Button type="submit" part="submit" {...api.getSubmitProps()} pendingLabel={t('email.submitPending')}>
            {t('email.submit')}
          </Button>
          <PasskeySignInButton />
        </form>
      ) : null}
      {api.mode !== null && api.providers.length > 0 ? (
        <p aria-hidden="true" {...partAttributes('divider')}>
          {t('identifier.or')}
        </p>
      ) : null}
      <ProviderButtons {...providerProps} />
      {api.disclaimer?.trim() ? (
        // Sanitised: the disclaimer is project config, and must not be able to inject markup. Its own
        // boundary, so the form stays on screen while the renderer loads.
        <Suspense fallback={null}>
          <RichText text={api.disclaimer} part="disclaimer" />
        </Suspense>
      ) : null}
    </div>
  );
}
