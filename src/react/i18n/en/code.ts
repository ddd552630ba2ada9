import type { Message } from '../message.js';

/**
 * English: Codes by email, text message and authenticator app, and TOTP setup (code step).
 * Loads with its lazy step, not with the first screen; a translation of these keys comes from the
 * app's `messages` and wins over them.
 */
export const codeMessages = {
  'code.heading.email': 'Check your email',
  'code.heading.sms': 'Check your phone',
  'code.heading.emailSend': 'Get a code by email',
  'code.heading.smsSend': 'Get a code by text message',
  'code.heading.totp': 'Enter your authenticator code',
  'code.heading.totpSetup': 'Set up an authenticator app',
  'code.heading.secondary': 'Confirm your identity',
  'code.body.email': 'Enter the 6-digit code we sent to {email}.',
  'code.body.emailNoAddress': 'Enter the 6-digit code we sent to your email.',
  'code.body.sms': 'Enter the 6-digit code we sent to {phone}.',
  'code.body.smsNoNumber': 'Enter the 6-digit code we sent to your phone.',
  'code.body.totp': 'Enter the 6-digit code your authenticator app shows for this account.',
  'code.body.sending': 'Sending your code…',
  'code.body.notSent': "We haven't sent you a code yet. Send one to continue.",
  'code.label': 'Verification code',
  'code.description': "6 digits. We check the code as soon as you've typed all of them.",
  'code.submit': 'Verify',
  'code.submitPending': 'Verifying…',
  'code.back': 'Choose another method',
  'code.changeEmail': 'Change email',
  'code.changePhone': 'Change phone number',
  'code.error.required': 'Enter the 6-digit code.',
  'code.error.incomplete': 'Enter all 6 digits of the code.',
  'code.error.wrong': "That code isn't right. Check it, or resend the code to try again.",
  'code.error.wrongTotp': "That code isn't right. Retry with the next code from your app.",
  'code.error.expired': 'That code has expired. Resend the code to try again.',
  'code.error.expiredTotp': 'That code has expired. Retry with the next code from your app.',
  'code.error.used': 'That code was already used. Resend the code to get a new one.',
  'code.error.usedTotp': 'That code was already used. Wait for the next code in your app, then try again.',
  'totp.steps': 'Set it up in three steps',
  'totp.step.install': 'Install an authenticator app on your phone.',
  'totp.step.scan': 'Scan the QR code with the app, or enter the setup key.',
  'totp.step.code': 'Type the 6-digit code the app shows.',
  'totp.qrAlt': 'QR code that adds this account to your authenticator app',
  'totp.keyLabel': 'Setup key',
  'totp.copy': 'Copy key',
  'totp.copied': 'Key copied.',
  'totp.copyFailed': "Couldn't copy. The key is selected: copy it with your keyboard.",
} as const satisfies Record<string, Message>;
