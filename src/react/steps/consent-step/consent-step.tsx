import { useMessages } from '../../i18n/use-messages.js';
import { consentMessages } from '../../i18n/en/consent.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { useConsentStep } from './use-consent-step.js';

/**
 * `oauth_consent`: what the app asks to do, scope by scope (the server's display names and
 * descriptions, as text). "Allow" grants every scope, as Pangea's view does; "Deny" sends every
 * scope refused, and the server finishes the flow without them.
 * @selector [data-scope="authn"][data-part="consent-step"]
 */
export function ConsentStep() {
  const partAttributes = usePartAttributes();
  const api = useConsentStep();
  const t = useMessages(consentMessages);
  return (
    <div aria-busy={api.busy} {...partAttributes('consent-step')}>
      <Heading>{t('consent.heading')}</Heading>
      <p {...partAttributes('body')}>{t('consent.body')}</p>
      <ul {...partAttributes('scopes')}>
        {api.scopes.map((scope) => (
          <li key={scope.name} {...partAttributes('scope')}>
            <span {...partAttributes('scope-name')}>{scope.display_name?.trim() || scope.name}</span>
            {scope.description?.trim() ? (
              <span {...partAttributes('scope-description')}>{scope.description}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <FormError message={api.error} />
      <div {...partAttributes('actions')}>
        <Button part="allow" {...api.getAllowProps()} pendingLabel={t('consent.allowPending')}>
          {t('consent.allow')}
        </Button>
        <Button variant="secondary" part="deny" {...api.getDenyProps()} pendingLabel={t('consent.denyPending')}>
          {t('consent.deny')}
        </Button>
      </div>
    </div>
  );
}
