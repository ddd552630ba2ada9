import type { FlowIdentifier, LinkHandoff } from '../../../core/index.js';
import { isRestarting } from '../../hooks/pending-call.js';
import { callButton, errorText } from '../../hooks/step-form.js';
import type { StepButtonProps } from '../../hooks/step-props.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import type { EntryFormOptions } from '../../hooks/use-entry-form.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useMessages, type Translate } from '../../i18n/use-messages.js';
import { emailLinkMessages } from '../../i18n/en/email-link.js';
import type { ResendButtonProps } from '../code-step/resend-button.js';
import { useResend } from '../code-step/use-resend.js';
import { emailOf } from '../shared/is-email.js';
import { useAddressChange } from '../shared/use-address-change.js';
import { emailLinkCopyOf, isEmailLinkChoice, type EmailLinkChoice, type EmailLinkChoiceName } from './email-link-choice.js';
import { useLinkHandoff } from './use-link-handoff.js';
import { useLinkPoll } from './use-link-poll.js';

export interface EmailLinkStepApi {
  choice: EmailLinkChoiceName;
  /** Another tab opened the link: it finished the flow, or is at the next step. */
  handoff: LinkHandoff | null;
  /** "Continue here" after a handoff: reads the flow in this tab. */
  continueHere: () => void;
  /** The catalog key of the title: one that asks until the email was sent. */
  headingKey: MessageKey;
  identifier: FlowIdentifier | undefined;
  startOver: () => void;
  /** The step asks for the address (`need_email`, "Change email") instead of waiting for the link. */
  entering: boolean;
  /** The line that says where the link went, or that it is on its way. */
  body: string;
  /** The email was sent: "I've verified" and the same-browser hint apply. */
  sent: boolean;
  formError: string | null;
  /** The last "I've verified" found the link not opened yet. */
  notYet: boolean;
  /** The catalog key of "I've verified" / "I've opened the link". */
  pollKey: MessageKey;
  /** The way out under the step: back to the methods, or start over (reset). */
  exit: 'back' | 'start-over' | null;
  getEntryProps(): EntryFormOptions;
  getPollProps(): StepButtonProps;
  getResendProps(): Omit<ResendButtonProps, 'kind'>;
  /** `null` unless the address was typed here. */
  getChangeEmailProps(): StepButtonProps | null;
  getExitProps(): StepButtonProps;
}

function bodyOf(t: Translate, choice: EmailLinkChoice, sending: boolean, email: string | undefined): string {
  if (choice.data.sent !== true) {
    return t(sending ? 'emailLink.sending' : 'emailLink.notSent');
  }
  const copy = emailLinkCopyOf(choice.choice);
  return email === undefined ? t(copy.bodyNoEmail) : t(copy.body, { email });
}

/**
 * The emailed-link step without its markup (`verify_email`, `magiclink`, `provisional_enrollment`,
 * `reset_password`): the address when the server has none, "I've verified", resend with its
 * countdown, and the tab that hears another one opened the link. `null` when the step on screen is
 * not a link; its state belongs to one choice, as with `useCodeStep`.
 */
export function useEmailLinkStep(): EmailLinkStepApi | null {
  const { view, submit, restart, back, startOver } = useAuthNFlow();
  const t = useMessages(emailLinkMessages);
  const choice = isEmailLinkChoice(view.choice) ? view.choice : null;
  const sent = choice?.data.sent === true;
  const address = useAddressChange(view);
  const linkPoll = useLinkPoll(view, submit);
  const linkHandoff = useLinkHandoff(view.flowId, sent);
  const restarting = view.busy && isRestarting(view);

  const resend = useResend(view, choice?.data.resend_time);

  if (choice === null) {
    return null;
  }
  const name = choice.choice;
  const copy = emailLinkCopyOf(name);
  const isReset = name === 'reset_password';
  return {
    choice: name,
    handoff: linkHandoff.handoff,
    continueHere: () => {
      linkHandoff.dismiss();
      linkPoll.poll();
    },
    headingKey: sent ? copy.heading : copy.headingUnsent,
    identifier: view.identifier,
    startOver,
    entering: (choice.data.need_email === true && !sent) || address.editing,
    body: bodyOf(t, choice, restarting, address.typed ?? emailOf(view.identifier)),
    sent,
    formError: errorText(t, view.formError),
    notYet: linkPoll.notYet,
    pollKey: copy.poll,
    exit: view.canGoBack ? 'back' : isReset ? 'start-over' : null,
    getEntryProps: () =>
      address.getEntryProps(sent, (email) => {
        linkPoll.clear();
        restart(name, { email });
      }),
    getPollProps: () => callButton(view.busy, linkPoll.polling, linkPoll.poll),
    getResendProps: () =>
      resend(sent, () => {
        linkPoll.clear();
        restart(name, {});
      }),
    getChangeEmailProps: () => (address.typed === null ? null : { disabled: view.busy, onClick: address.edit }),
    getExitProps: () => ({ disabled: view.busy, onClick: view.canGoBack ? back : startOver }),
  };
}
