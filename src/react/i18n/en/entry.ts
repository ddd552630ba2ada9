import type { Message } from '../message.js';

/**
 * English: The forms that ask where to send a code or link (a phone for sms_otp, an email), shared by the code and email-link steps.
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const entryMessages = {
  'smsPhone.heading': 'Add your phone number',
  'smsPhone.body': "We'll text a 6-digit code to this number.",
  'smsPhone.label': 'Phone number',
  'smsPhone.submit': 'Send code',
  'smsPhone.submitPending': 'Sending…',
  'smsPhone.cancel': 'Cancel',
  'smsPhone.error.required': 'Enter your phone number.',
  'smsPhone.error.invalid': 'Enter a phone number with its country code, like +1 202 555 0143.',
  'emailEntry.body.code': "Enter your email address and we'll send you a code.",
  'emailEntry.body.link': "Enter your email address and we'll send you a link.",
  'emailEntry.submitCode': 'Send code',
  'emailEntry.submitLink': 'Send link',
  'emailEntry.submitPending': 'Sending…',
  'emailEntry.cancel': 'Cancel',
} as const satisfies Record<string, Message>;
