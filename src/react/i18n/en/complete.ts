import type { Message } from '../message.js';

/**
 * English: The "signed in" view.
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const completeMessages = {
  'complete.heading': "You're signed in",
  'complete.body': 'Signed in as {identifier}.',
} as const satisfies Record<string, Message>;
