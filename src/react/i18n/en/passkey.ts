import type { Message } from '../message.js';

/**
 * English: The passkey step and the "add a passkey" offer (the identifier's passkey button is in `messages.ts`).
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const passkeyMessages = {
  'passkey.heading.signIn': 'Sign in with a passkey',
  'passkey.heading.register': 'Create a passkey',
  'passkey.heading.offer': 'Add a passkey',
  'passkey.body.signIn': 'Use the passkey saved on this device or on your phone.',
  'passkey.body.register': 'A passkey lets you sign in with your fingerprint, face or screen lock instead of a password.',
  'passkey.body.offer':
    'Your device supports passkeys. Next time, sign in with your fingerprint, face or screen lock instead of a password.',
  'passkey.create': 'Create a passkey',
  'passkey.add': 'Add a passkey',
  'passkey.retry': 'Try again',
  'passkey.preparing': 'Getting ready…',
  'passkey.waiting': 'Waiting for your passkey…',
  'passkey.signingIn': 'Signing in…',
  'passkey.saving': 'Saving your passkey…',
  'passkey.status.waiting': 'Follow the steps your browser shows to use your passkey.',
  'passkey.otherMethod': 'Choose another way',
  'passkey.offer.later': 'Ask again later',
  'passkey.offer.never': "Don't ask again on this browser",
  'passkey.error.cancelled': 'The passkey request was cancelled or timed out.',
  'passkey.error.unsupported': "This browser can't use passkeys. Choose another way to continue.",
  'passkey.error.alreadyRegistered': 'This device already has a passkey for this account.',
  'passkey.error.notAllowedHere': "This site can't use passkeys right now. Choose another way to continue.",
  'passkey.error.failed': "Your passkey couldn't be used. Try again, or choose another way.",
  'passkey.error.rejected': "We couldn't verify that passkey. Try again, or choose another way.",
} as const satisfies Record<string, Message>;
