import type { Message } from '../message.js';

/**
 * English: Email links (verify_email, magiclink, provisional_enrollment) and the "check your email" screen after a password reset.
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const emailLinkMessages = {
  'emailLink.heading.verify_email': 'Verify your email',
  'emailLink.heading.magiclink': 'Check your email',
  'emailLink.headingUnsent.magiclink': 'Get a sign-in link by email',
  'emailLink.heading.provisional_enrollment': 'Verify your account',
  'emailLink.body.verify_email': 'We sent a link to {email}. Open it to verify your email address.',
  'emailLink.body.magiclink': 'We sent a sign-in link to {email}. Open it to continue.',
  'emailLink.body.provisional_enrollment': 'We sent a link to {email}. Open it to confirm your account.',
  'emailLink.bodyNoEmail.verify_email': 'We sent you a link. Open it to verify your email address.',
  'emailLink.bodyNoEmail.magiclink': 'We sent you a sign-in link. Open it to continue.',
  'emailLink.bodyNoEmail.provisional_enrollment': 'We sent you a link. Open it to confirm your account.',
  'emailLink.sameBrowser': 'Open the link in this browser, on this device.',
  'emailLink.sending': 'Sending the email…',
  'emailLink.notSent': "We haven't sent the email yet. Send it to continue.",
  'emailLink.poll.verified': "I've verified",
  'emailLink.poll.opened': "I've opened the link",
  'emailLink.pollPending': 'Checking…',
  'emailLink.notYet': 'Not verified yet. Open the link in the email in this browser, then try again.',
  'emailLink.handoff.finishedHeading': 'Finished in another tab',
  'emailLink.handoff.finished': 'You opened the link in another tab and finished there. You can close this tab.',
  'emailLink.handoff.continuedHeading': 'Continue in the other tab',
  'emailLink.handoff.continued': 'You opened the link in another tab. Carry on there, or continue here instead.',
  'emailLink.handoff.continueHere': 'Continue here',
  'emailLink.changeEmail': 'Change email',
  'emailLink.back': 'Choose another method',
  'reset.heading': 'Check your email',
  'reset.headingUnsent': 'Reset your password',
  'reset.body': 'We sent a link to reset your password to {email}.',
  'reset.bodyNoEmail': 'We sent you a link to reset your password.',
  'reset.back': 'Back to sign in',
} as const satisfies Record<string, Message>;
