import type { FlowChoice } from '../../../core/index.js';
import type { MessageKey } from '../../i18n/messages.js';

/** The choices proven by a link sent by email. */
export type EmailLinkChoiceName = 'verify_email' | 'magiclink' | 'provisional_enrollment' | 'reset_password';

export type EmailLinkChoice = Extract<FlowChoice, { choice: EmailLinkChoiceName }>;

export function isEmailLinkChoice(choice: FlowChoice | null): choice is EmailLinkChoice {
  return (
    choice?.choice === 'verify_email' ||
    choice?.choice === 'magiclink' ||
    choice?.choice === 'provisional_enrollment' ||
    choice?.choice === 'reset_password'
  );
}

interface EmailLinkCopy {
  heading: MessageKey;
  /** Before anything was sent: a heading that asks, never one that says a mail is waiting. */
  headingUnsent: MessageKey;
  body: MessageKey;
  bodyNoEmail: MessageKey;
  /** The button that polls with choice `""`. */
  poll: MessageKey;
}

/** The wording of each link choice; the behaviour is the same for all four. */
export const EMAIL_LINK_COPY: Record<EmailLinkChoiceName, EmailLinkCopy> = {
  verify_email: {
    heading: 'emailLink.heading.verify_email',
    headingUnsent: 'emailLink.heading.verify_email',
    body: 'emailLink.body.verify_email',
    bodyNoEmail: 'emailLink.bodyNoEmail.verify_email',
    poll: 'emailLink.poll.verified',
  },
  magiclink: {
    heading: 'emailLink.heading.magiclink',
    headingUnsent: 'emailLink.headingUnsent.magiclink',
    body: 'emailLink.body.magiclink',
    bodyNoEmail: 'emailLink.bodyNoEmail.magiclink',
    poll: 'emailLink.poll.opened',
  },
  provisional_enrollment: {
    heading: 'emailLink.heading.provisional_enrollment',
    headingUnsent: 'emailLink.heading.provisional_enrollment',
    body: 'emailLink.body.provisional_enrollment',
    bodyNoEmail: 'emailLink.bodyNoEmail.provisional_enrollment',
    poll: 'emailLink.poll.verified',
  },
  reset_password: {
    heading: 'reset.heading',
    headingUnsent: 'reset.headingUnsent',
    body: 'reset.body',
    bodyNoEmail: 'reset.bodyNoEmail',
    poll: 'emailLink.poll.opened',
  },
};
