import type { Message } from './message.js';

/**
 * The kit's English for the first screen: the identifier step, callbacks, the flow's notices and
 * every error message (an error can show on any step). Later steps bring their own English
 * (`en/*.ts`, imported by the step), so this module stays small. A product translates or rewords
 * any string through `messages` without forking a component. `{name}` marks a value filled in by
 * `formatMessage`; an object of plural forms is chosen by the `count` value.
 *
 * Adding a string: put it in the English module of the area that shows it (here only if the
 * first screen or an error shows it), then in every `src/locales/*.ts`.
 */
export const coreMessages = {
  'flow.loading': 'Loading…',
  'flow.notice.restarted': 'Your sign-in took too long, so we started again. What you typed is kept.',
  'flow.startOver': 'Start over',
  'flow.crashed.heading': "This step couldn't be shown",
  'flow.crashed.body': 'Something went wrong while showing this step. Start over to try again.',
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
  'identifier.change': 'Change',
  'passkey.signIn': 'Sign in with a passkey',
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
  'error.rateLimited': {
    one: 'Too many attempts. Try again in {count} second.',
    other: 'Too many attempts. Try again in {count} seconds.',
  },
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
  // Server statuses and validation rules without a wording of their own.
  'error.serviceUnavailable': 'The sign-in service is busy right now. Wait a moment, then try again.',
  'error.notConfigured': "Sign-in isn't set up correctly for this site. Contact the site's support.",
  'error.providerError': 'The sign-in provider ran into a problem. Try again, or choose another way.',
  'error.field.NotEnumMember': 'Choose one of the options offered.',
  'error.field.NotWithinRange': "This value isn't in the allowed range.",
  'error.field.MustProvideOne': 'Fill in at least one of these.',
  'identifier.phone.label': 'Phone number',
  'identifier.phone.error.required': 'Enter your phone number.',
  'phone.country': 'Country or region',
  'phone.countryOption': '{country} (+{code})',
  'phone.error.invalid': 'Enter a valid phone number for the country you chose.',
  'identifier.or': 'or',
  'identifier.providers': 'Other ways to continue',
  'provider.continueWith': 'Continue with {provider}',
  'provider.redirecting': 'Taking you to {provider}…',
  'provider.samlOnly': 'Sign in with {provider} to continue.',
  'provider.google': 'Google',
  'provider.github': 'GitHub',
  'provider.facebook': 'Facebook',
  'provider.microsoftonline': 'Microsoft',
  'provider.gitlab': 'GitLab',
  'provider.linkedin': 'LinkedIn',
  'provider.error.unsafeRedirect':
    "We can't continue with {provider}: the sign-in service gave us a link we won't open. Choose another way to continue.",
  'callback.pending': 'Finishing signing you in…',
  'callback.refused.heading': "We can't use this link",
  'callback.refused.no-saved-flow':
    'This link was opened in a different browser or on a different device from where you started. Open it there to continue, or start over here.',
  'callback.refused.unknown-state': "This link doesn't belong to the sign-in in progress here. Start over to continue.",
  'callback.refused.malformed': 'This link is incomplete or damaged. Start over to continue.',
  'flow.notice.callbackExpired': 'That link or sign-in had expired, so we started again.',
  'error.wrongMethod': 'This account signs in with {provider}. Continue with {provider} instead.',
  'error.wrongMethod.action': 'Continue with {provider}',
  'error.emailMismatch': "The email of the account you used doesn't match this account's email. Select a different method.",
  'error.emailMismatch.action': 'Select a different method',
  'error.callbackFailed':
    "We couldn't finish signing in with that link or account. It may have expired or been used already. Try again.",
  'error.codeExpired': 'That code or link has expired. Send a new one to try again.',
  'error.codeUsed': 'That code or link was already used. Send a new one to try again.',
} as const satisfies Record<string, Message>;
