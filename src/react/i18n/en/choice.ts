import type { Message } from '../message.js';

/**
 * English: The choice picker (steps/choice-picker): one button per method.
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const choiceMessages = {
  'choice.heading': 'How do you want to continue?',
  'choice.hint.primary': "Choose your initial step to prove it's you.",
  'choice.hint.secondary': 'Choose an additional step to confirm your identity.',
  'method.password': 'Password',
  'method.email_otp': 'Code by email',
  'method.sms_otp': 'Code by text message',
  'method.totp': 'Authenticator app',
  'method.magiclink': 'Link by email',
  'method.passkey': 'Passkey',
} as const satisfies Record<string, Message>;
