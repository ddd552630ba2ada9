import type { Message } from '../message.js';

/**
 * English: The agreements step (EULA, privacy policy).
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const agreementsMessages = {
  'agreements.heading.eula': 'License agreement',
  'agreements.heading.privacy_policy': 'Privacy policy',
  'agreements.heading.other': 'Terms of use',
  'agreements.intro': 'Read this, then accept it to continue.',
  'agreements.published': 'Published {date}',
  'agreements.accept': 'Accept',
  'agreements.acceptPending': 'Accepting…',
  'agreements.decline': 'Decline',
  'agreements.declineHint': "If you decline, you won't be signed in and we'll start over.",
} as const satisfies Record<string, Message>;
