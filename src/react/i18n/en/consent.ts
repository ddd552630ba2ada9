import type { Message } from '../message.js';

/**
 * English: The OAuth consent step.
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const consentMessages = {
  'consent.heading': 'Allow access to your account?',
  'consent.body': 'This app is asking to:',
  'consent.allow': 'Allow',
  'consent.allowPending': 'Allowing…',
  'consent.deny': 'Deny',
  'consent.denyPending': 'Denying…',
} as const satisfies Record<string, Message>;
