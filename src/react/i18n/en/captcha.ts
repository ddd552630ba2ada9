import type { Message } from '../message.js';

/**
 * English: The captcha step and the kit's own test widget.
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const captchaMessages = {
  'captcha.heading': "Confirm you're human",
  'captcha.body': 'Complete the check below to continue.',
  'captcha.loading': 'Loading the check…',
  'captcha.checking': 'Checking…',
  'captcha.expired': 'The check expired. Complete it again.',
  'captcha.retry': 'Try again',
  'captcha.error.rejected': "The check didn't pass. Complete it again.",
  'captcha.error.load': "The check couldn't load. Check your connection and try again.",
  'captcha.error.widget': 'The check ran into a problem. Try again.',
  'captcha.widget.check': "I'm not a robot",
  'captcha.widget.frame': 'Human check',
} as const satisfies Record<string, Message>;
