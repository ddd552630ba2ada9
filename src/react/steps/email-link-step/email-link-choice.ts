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

/** The wording of each link choice, by its name in the catalog; the behaviour is the same for all four. */
export function emailLinkCopyOf(choice: EmailLinkChoiceName): EmailLinkCopy {
  if (choice === 'reset_password') {
    return {
      heading: 'reset.heading',
      headingUnsent: 'reset.headingUnsent',
      body: 'reset.body',
      bodyNoEmail: 'reset.bodyNoEmail',
      poll: 'emailLink.poll.opened',
    };
  }
  // Only the magic link's heading says a mail is waiting ("Check your email"): unsent, it asks instead.
  const magiclink = choice === 'magiclink';
  return {
    heading: `emailLink.heading.${choice}`,
    headingUnsent: magiclink ? 'emailLink.headingUnsent.magiclink' : `emailLink.heading.${choice}`,
    body: `emailLink.body.${choice}`,
    bodyNoEmail: `emailLink.bodyNoEmail.${choice}`,
    poll: magiclink ? 'emailLink.poll.opened' : 'emailLink.poll.verified',
  };
}
