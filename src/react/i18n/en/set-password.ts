import type { Message } from '../message.js';

/**
 * English: The set_password step (a required reset or a new password).
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const setPasswordMessages = {
  'setPassword.heading.required': 'Password reset required',
  'setPassword.heading': 'Choose a new password',
  'setPassword.body': 'Choose a new password to continue.',
  'setPassword.label': 'New password',
  'setPassword.confirmLabel': 'Confirm new password',
  'setPassword.showConfirm': 'Show confirmation',
  'setPassword.hideConfirm': 'Hide confirmation',
  'setPassword.submit': 'Save password',
  'setPassword.submitPending': 'Saving…',
  'setPassword.error.confirmRequired': 'Enter the new password again.',
  'setPassword.error.mismatch': "The passwords don't match.",
} as const satisfies Record<string, Message>;
