import type { Message } from '../message.js';

/**
 * English: The view for a phase the kit cannot render.
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const unsupportedMessages = {
  'unsupported.heading': "We can't continue",
  'unsupported.body': 'There are no valid authentication methods available.',
} as const satisfies Record<string, Message>;
