import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { emailLinkMessages } from '../../i18n/en/email-link.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { ResendButton } from '../code-step/resend-button.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { EmailEntryForm } from './email-entry-form.js';
import { LinkHandoffView } from './link-handoff-view.js';
import { useEmailLinkStep, type EmailLinkStepApi } from './use-email-link-step.js';

/**
 * A link sent by email: `verify_email`, `magiclink`, `provisional_enrollment` and `reset_password`.
 * Sends the email if the server has not, asks for an address when it has none (`need_email`), then
 * waits: "I've verified" polls, "Resend email" counts down. The return from the link itself
 * (`?state&code`) is routed by the flow, not here; when it opens in another tab, that tab goes on
 * with the flow and this one hears it (LinkHandoffView).
 * @selector [data-scope="authn"][data-part="email-link-step"][data-state=<choice>]
 */
export function EmailLinkStep() {
  const { view } = useAuthNFlow();
  // A choice that is not its own gets an instance that renders nothing: the hook returns `null`.
  return <EmailLinkFor key={`${view.flowId ?? ''}|${view.phase ?? ''}|${view.choice?.choice ?? ''}`} />;
}

function EmailLinkFor() {
  const partAttributes = usePartAttributes();
  const api = useEmailLinkStep();
  if (api === null) {
    return null;
  }
  return (
    <div {...partAttributes('email-link-step', api.choice)}>
      {api.handoff !== null ? (
        <LinkHandoffView handoff={api.handoff} onContinueHere={api.continueHere} />
      ) : (
        <EmailLinkBody api={api} />
      )}
    </div>
  );
}

function EmailLinkBody({ api }: { api: EmailLinkStepApi }) {
  const partAttributes = usePartAttributes();
  const t = useMessages(emailLinkMessages);
  const isReset = api.choice === 'reset_password';
  const changeEmail = api.getChangeEmailProps();
  return (
    <>
      <Heading>{t(api.headingKey)}</Heading>
      {isReset ? null : <IdentifierSummary identifier={api.identifier} onChange={api.startOver} />}
      {api.entering ? (
        <EmailEntryForm sends="link" {...api.getEntryProps()} />
      ) : (
        <>
          <p {...partAttributes('body')}>{api.body}</p>
          {api.sent ? <p {...partAttributes('hint')}>{t('emailLink.sameBrowser')}</p> : null}
          <FormError message={api.formError} />
          <p role="status" {...partAttributes('poll-status', api.notYet ? 'not-yet' : 'idle')}>
            {api.notYet ? t('emailLink.notYet') : null}
          </p>
          <div {...partAttributes('actions')}>
            {api.sent ? (
              <Button part="poll" {...api.getPollProps()} pendingLabel={t('emailLink.pollPending')}>
                {t(api.pollKey)}
              </Button>
            ) : null}
            <ResendButton kind="emailLink" {...api.getResendProps()} />
          </div>
          {changeEmail !== null ? (
            <Button variant="link" part="change-email" {...changeEmail}>
              {t('emailLink.changeEmail')}
            </Button>
          ) : null}
        </>
      )}
      {api.exit === null ? null : (
        <Button variant={isReset ? 'secondary' : 'link'} part={api.exit} {...api.getExitProps()}>
          {t(!isReset ? 'emailLink.back' : api.exit === 'back' ? 'reset.back' : 'flow.startOver')}
        </Button>
      )}
    </>
  );
}
