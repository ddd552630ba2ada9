import type { Message } from '../message.js';

/**
 * English: The resend button and its countdown, shared by the code and email-link steps.
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const resendMessages = {
  'code.send': 'Send code',
  'code.resend': 'Resend code',
  'code.resendPending': 'Sending…',
  'code.sendIn': 'Send code in {seconds} s',
  'code.resendIn': 'Resend code in {seconds} s',
  'code.countdown.waiting': {
    one: 'You can ask for a new code in {count} second.',
    other: 'You can ask for a new code in {count} seconds.',
  },
  'code.countdown.ready': 'You can ask for a new code now.',
  'emailLink.send': 'Send email',
  'emailLink.resend': 'Resend email',
  'emailLink.resendPending': 'Sending…',
  'emailLink.sendIn': 'Send email in {seconds} s',
  'emailLink.resendIn': 'Resend email in {seconds} s',
  'emailLink.countdown.waiting': {
    one: 'You can ask for a new email in {count} second.',
    other: 'You can ask for a new email in {count} seconds.',
  },
  'emailLink.countdown.ready': 'You can ask for a new email now.',
} as const satisfies Record<string, Message>;
