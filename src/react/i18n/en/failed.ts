import type { Message } from '../message.js';

/**
 * English: The error views a flow ends on (disabled account, blocked sign-in, …).
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const failedMessages = {
  'failed.heading': 'Something went wrong',
  'failed.retry': 'Try again',
  'failed.disabledUser.heading': 'Account disabled',
  'failed.disabledUser.body':
    "This account is disabled, so you can't sign in with it. Contact the site's support to have it turned back on.",
  'failed.travelBlocked.heading': 'Sign-in blocked',
  'failed.travelBlocked.body':
    'We blocked this sign-in because it came from too far away from where you last signed in. If it was you, wait a while and try again, or contact support.',
  'failed.unauthorized.heading': "This app can't sign you in",
  'failed.unknown.heading': "We couldn't continue",
  'failed.unknown.body': "The sign-in service answered in a way we don't recognise. Try again, or start over.",
} as const satisfies Record<string, Message>;
