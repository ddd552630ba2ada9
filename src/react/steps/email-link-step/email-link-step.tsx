import { useState } from 'react';
import type { FlowView } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useResendCountdown } from '../../hooks/use-resend-countdown.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages, type Translate } from '../../i18n/use-messages.js';
import { emailLinkMessages } from '../../i18n/en/email-link.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { ResendButton } from '../code-step/resend-button.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { EMAIL_LINK_COPY, isEmailLinkChoice, type EmailLinkChoice } from './email-link-choice.js';
import { EmailEntryForm } from './email-entry-form.js';
import { LinkHandoffView } from './link-handoff-view.js';
import { useLinkHandoff } from './use-link-handoff.js';
import { useLinkPoll } from './use-link-poll.js';

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
  const choice = view.choice;
  if (!isEmailLinkChoice(choice)) {
    return null;
  }
  return <EmailLinkFor key={`${view.flowId ?? ''}|${view.phase ?? ''}|${choice.choice}`} choice={choice} />;
}

function bodyOf(t: Translate, choice: EmailLinkChoice, sending: boolean, email: string | undefined): string {
  if (choice.data.sent !== true) {
    return t(sending ? 'emailLink.sending' : 'emailLink.notSent');
  }
  const copy = EMAIL_LINK_COPY[choice.choice];
  return email === undefined ? t(copy.bodyNoEmail) : t(copy.body, { email });
}

function knownEmail(view: FlowView, typed: string | null): string | undefined {
  return typed ?? (view.identifier?.kind === 'email' ? view.identifier.value : undefined);
}

function EmailLinkFor({ choice }: { choice: EmailLinkChoice }) {
  const partAttributes = usePartAttributes();
  const { view, submit, restart, back, startOver } = useAuthNFlow();
  const t = useMessages(emailLinkMessages);
  const name = choice.choice;
  const copy = EMAIL_LINK_COPY[name];
  const sent = choice.data.sent === true;
  const needEmail = choice.data.need_email === true;
  const isReset = name === 'reset_password';
  const [typed, setTyped] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const entering = (needEmail && !sent) || editing;
  const linkPoll = useLinkPoll(view, submit);
  const linkHandoff = useLinkHandoff(view.flowId, sent);
  const restarting = view.busy && view.pending?.operation === 'restart';

  // Leave the address form once the send it asked for went through.
  const [wasBusy, setWasBusy] = useState(view.busy);
  if (wasBusy !== view.busy) {
    setWasBusy(view.busy);
    if (!view.busy && editing && view.formError === null && Object.keys(view.fieldErrors).length === 0) {
      setEditing(false);
    }
  }

  const rateLimit = view.formError?.code === 'rate-limited' ? view.formError : null;
  const countdown = useResendCountdown(
    choice.data.resend_time,
    rateLimit?.retryAfterSeconds === undefined ? null : { seconds: rateLimit.retryAfterSeconds, key: rateLimit },
  );

  const sendTo = (email: string) => {
    setTyped(email);
    linkPoll.clear();
    restart(name, { email });
  };
  const resend = () => {
    linkPoll.clear();
    restart(name, {});
  };

  if (linkHandoff.handoff !== null) {
    const continueHere = () => {
      linkHandoff.dismiss();
      linkPoll.poll();
    };
    return (
      <div {...partAttributes('email-link-step', name)}>
        <LinkHandoffView handoff={linkHandoff.handoff} onContinueHere={continueHere} />
      </div>
    );
  }

  return (
    <div {...partAttributes('email-link-step', name)}>
      <Heading>{t(sent ? copy.heading : copy.headingUnsent)}</Heading>
      {isReset ? null : <IdentifierSummary identifier={view.identifier} onChange={startOver} />}
      {entering ? (
        <EmailEntryForm
          view={view}
          sends="link"
          initialEmail={typed ?? ''}
          onSend={sendTo}
          onCancel={sent ? () => setEditing(false) : undefined}
          autoFocus={editing}
        />
      ) : (
        <>
          <p {...partAttributes('body')}>{bodyOf(t, choice, restarting, knownEmail(view, typed))}</p>
          {sent ? <p {...partAttributes('hint')}>{t('emailLink.sameBrowser')}</p> : null}
          <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
          <p role="status" {...partAttributes('poll-status', linkPoll.notYet ? 'not-yet' : 'idle')}>
            {linkPoll.notYet ? t('emailLink.notYet') : null}
          </p>
          <div {...partAttributes('actions')}>
            {sent ? (
              <Button
                part="poll"
                pending={linkPoll.polling}
                disabled={view.busy && !linkPoll.polling}
                pendingLabel={t('emailLink.pollPending')}
                onClick={linkPoll.poll}
              >
                {t(copy.poll)}
              </Button>
            ) : null}
            <ResendButton
              kind="email"
              countdown={countdown}
              sent={sent}
              pending={restarting}
              disabled={view.busy && !restarting}
              onResend={resend}
            />
          </div>
          {typed !== null ? (
            <Button variant="link" part="change-email" disabled={view.busy} onClick={() => setEditing(true)}>
              {t('emailLink.changeEmail')}
            </Button>
          ) : null}
        </>
      )}
      {isReset && view.canGoBack ? (
        <Button variant="secondary" part="back" disabled={view.busy} onClick={back}>
          {t('reset.back')}
        </Button>
      ) : isReset ? (
        <Button variant="secondary" part="start-over" disabled={view.busy} onClick={startOver}>
          {t('flow.startOver')}
        </Button>
      ) : view.canGoBack ? (
        <Button variant="link" part="back" disabled={view.busy} onClick={back}>
          {t('emailLink.back')}
        </Button>
      ) : null}
    </div>
  );
}
