import type { MessageKey } from '../../i18n/messages.js';
import { useMessages } from '../../i18n/use-messages.js';
import { agreementsMessages } from '../../i18n/en/agreements.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { RichText } from '../../primitives/rich-text.js';
import { useAgreementsStep, type Agreement } from './use-agreements-step.js';

/** Its own title for a EULA or a privacy policy; any other type, or none, the general one. */
function headingOf(agreement: Agreement | undefined): MessageKey {
  const type = agreement?.type;
  return type === 'eula' || type === 'privacy_policy' ? `agreements.heading.${type}` : 'agreements.heading.other';
}

/**
 * `agreements`: one agreement at a time, as Pangea's own view does, each accepted with its own
 * click (`agreed: [id]`); the server then sends the ones left. The text is the server's markdown or
 * Lexical JSON, sanitised by RichText. "Decline" starts over: the flow cannot go on without it.
 * @selector [data-scope="authn"][data-part="agreements-step"][data-state="eula" | "privacy_policy" | <type>]
 */
export function AgreementsStep() {
  const partAttributes = usePartAttributes();
  const api = useAgreementsStep();
  const t = useMessages(agreementsMessages);
  const { agreement, published } = api;
  return (
    <div {...api.getRootProps()} {...partAttributes('agreements-step', agreement?.type)}>
      <Heading id={api.headingId}>{t(headingOf(agreement))}</Heading>
      <p {...partAttributes('hint')}>{t('agreements.intro')}</p>
      {published !== null ? <p {...partAttributes('published')}>{t('agreements.published', { date: published })}</p> : null}
      {agreement !== undefined ? (
        // A scrollable region needs to be reachable by keyboard, and named for screen readers.
        <RichText
          key={agreement.id}
          text={agreement.text}
          part="agreement-text"
          role="region"
          aria-labelledby={api.headingId}
          tabIndex={0}
        />
      ) : null}
      <FormError message={api.error} />
      <div {...partAttributes('actions')}>
        <Button part="accept" {...api.getAcceptProps()} pendingLabel={t('agreements.acceptPending')}>
          {t('agreements.accept')}
        </Button>
        <Button variant="secondary" part="decline" {...api.getDeclineProps()}>
          {t('agreements.decline')}
        </Button>
      </div>
      <p id={api.declineHintId} {...partAttributes('hint')}>
        {t('agreements.declineHint')}
      </p>
    </div>
  );
}
