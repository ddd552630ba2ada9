import type { Message } from '../message.js';

/**
 * English: The profile step.
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const profileMessages = {
  'profile.heading': 'Tell us about yourself',
  'profile.requiredHint': 'Fields marked * are required.',
  'profile.requiredMark': '*',
  'profile.submit': 'Continue',
  'profile.submitPending': 'Saving…',
  'profile.error.required': 'This field is required.',
  'profile.error.email': 'Enter an email address like name@example.com.',
  'profile.error.integer': 'Enter a whole number, like 42.',
  'profile.error.date': 'Enter a date.',
  'profile.error.html': "Remove the HTML tags: text between < and > isn't allowed here.",
} as const satisfies Record<string, Message>;
