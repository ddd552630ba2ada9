import type { Message } from '../message.js';

/**
 * English: The password step and its rules checklist (also used by set_password).
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const passwordMessages = {
  'password.heading.signIn': 'Enter your password',
  'password.heading.signUp': 'Create a password',
  'password.label': 'Password',
  'password.show': 'Show password',
  'password.hide': 'Hide password',
  'password.shown': 'Your password is visible.',
  'password.hidden': 'Your password is hidden.',
  'password.forgot': 'Forgot password?',
  'password.forgotPending': 'Sending…',
  'password.submit.signIn': 'Sign in',
  'password.submit.signInPending': 'Signing in…',
  'password.submit.signUp': 'Create account',
  'password.submit.signUpPending': 'Creating account…',
  'password.error.required': 'Enter your password.',
  'password.error.policy': "Your password doesn't meet all the requirements yet.",
  'password.rules.heading': 'Your password needs',
  'password.rule.length': { one: 'At least {count} character', other: 'At least {count} characters' },
  'password.rule.lengthRange': 'Between {min} and {max} characters',
  'password.rule.lower': 'Lowercase letters: at least {min}',
  'password.rule.upper': 'Uppercase letters: at least {min}',
  'password.rule.number': 'Digits: at least {min}',
  'password.rule.punct': 'Symbols: at least {min}',
  'password.rule.met': '(done)',
  'password.rule.unmet': '(not yet)',
} as const satisfies Record<string, Message>;
