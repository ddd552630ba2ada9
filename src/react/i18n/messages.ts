/**
 * The kit's English catalog. Every user-facing string of `src/react` lives here, so a product can
 * translate or reword any of them through `messages` without forking a component. `{name}` marks a
 * value filled in by `formatMessage`.
 */
export const defaultMessages = {
  'flow.loading': 'Loading…',
  'flow.notice.restarted': 'Your sign-in took too long, so we started again. Your email is kept.',
  'flow.startOver': 'Start over',

  'email.heading.signIn': 'Sign in',
  'email.heading.signUp': 'Create your account',
  'email.heading.both': 'Sign in or create an account',
  'email.label': 'Email',
  'email.submit': 'Continue',
  'email.submitPending': 'Checking…',
  'email.error.required': 'Enter your email address.',
  'email.error.invalid': 'Enter an email address like name@example.com.',
  'username.label': 'Username',
  'username.error.required': 'Enter your username.',

  'choice.heading': 'How do you want to continue?',
  'choice.hint.primary': "Choose your initial step to prove it's you.",
  'choice.hint.secondary': 'Choose an additional step to confirm your identity.',
  'method.password': 'Password',
  'method.email_otp': 'Code by email',
  'method.sms_otp': 'Code by text message',
  'method.totp': 'Authenticator app',
  'method.magiclink': 'Link by email',
  'method.passkey': 'Passkey',
  'method.other': 'Another way',

  'identifier.change.email': 'Use a different email',
  'identifier.change.username': 'Use a different username',

  'password.heading.signIn': 'Enter your password',
  'password.heading.signUp': 'Create a password',
  'password.label': 'Password',
  'password.show': 'Show password',
  'password.forgot': 'Forgot password?',
  'password.forgotPending': 'Sending…',
  'password.submit.signIn': 'Sign in',
  'password.submit.signInPending': 'Signing in…',
  'password.submit.signUp': 'Create account',
  'password.submit.signUpPending': 'Creating account…',
  'password.error.required': 'Enter your password.',
  'password.error.policy': "Your password doesn't meet all the requirements yet.",
  'password.rules.heading': 'Your password needs',
  'password.rule.length': 'At least {min} characters',
  'password.rule.lengthRange': 'Between {min} and {max} characters',
  'password.rule.lower': 'Lowercase letters: at least {min}',
  'password.rule.upper': 'Uppercase letters: at least {min}',
  'password.rule.number': 'Digits: at least {min}',
  'password.rule.punct': 'Symbols: at least {min}',
  'password.rule.met': '(done)',
  'password.rule.unmet': '(not yet)',

  'reset.heading': 'Check your email',
  'reset.body': 'We sent a link to reset your password to {email}.',
  'reset.bodyNoEmail': 'We sent you a link to reset your password.',
  'reset.back': 'Back to sign in',

  'complete.heading': "You're signed in",
  'complete.body': 'Signed in as {identifier}.',

  'failed.heading': 'Something went wrong',
  'failed.retry': 'Try again',

  'unsupported.heading': "We can't continue",
  'unsupported.body': 'There are no valid authentication methods available.',

  'error.authenticationFailed': "That didn't match. Check what you entered and try again.",
  'error.authenticationFailed.password': 'That password is incorrect. Try again.',
  'error.field.invalid': "This value isn't valid.",
  'error.field.FieldRequired': 'This field is required.',
  'error.field.BelowMinLength': 'This is too short.',
  'error.field.AboveMaxLength': 'This is too long.',
  'error.field.BadFormat': "This isn't in the right format.",
  'error.field.BadFormatEmail': 'Enter an email address like name@example.com.',
  'error.field.DoesNotMatchPattern': "This isn't in the right format.",
  'error.field.DoesNotExist': "We couldn't find that.",
  'error.field.ProviderDisabled': 'This sign-in method is turned off.',
  'error.rateLimited': 'Too many attempts. Try again in {seconds} seconds.',
  'error.rateLimited.later': 'Too many attempts. Wait a moment, then try again.',
  'error.outOfStep': 'This page is out of date. Start over to continue.',
  'error.disabledUser': 'This account is disabled. Contact support for help.',
  'error.travelBlocked': 'We blocked this sign-in because it came from an unusual location.',
  'error.unauthorized': "This app isn't set up to sign you in. Contact the site's support.",
  'error.server': 'Something went wrong on our side. Try again.',
  'error.network': "We couldn't reach the sign-in service. Check your connection and try again.",
  'error.timeout': 'The sign-in service took too long to answer. Try again.',
  'error.invalidResponse': "The sign-in service sent an answer we couldn't read. Try again.",
  'error.expiredFlow': 'Your sign-in took too long. Start over to continue.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof defaultMessages;

/** A full catalog: every key, translated. */
export type Messages = Record<MessageKey, string>;

/** Values for the `{name}` placeholders of a message. */
export type MessageValues = Record<string, string | number>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(defaultMessages, key);
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function formatMessage(template: string, values?: MessageValues): string {
  if (values === undefined) {
    return template;
  }
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}
