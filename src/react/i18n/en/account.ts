import type { Message } from '../message.js';

/**
 * English: the account security panel (`<AccountSecurity>`): change password and the sessions.
 * Loads with the panel, not with the flow; a translation of these keys comes from the app's
 * `messages` and wins over them.
 */
export const accountMessages = {
  'account.heading': 'Account security',
  'account.signedOut': 'Sign in to see your account security.',
  'account.ended': 'Your session has ended. Sign in again to continue.',
  'account.checking': 'Checking your session…',
  'account.password.heading': 'Change password',
  'account.password.body': 'Your other sessions may be signed out when your password changes.',
  'account.password.current': 'Current password',
  'account.password.new': 'New password',
  'account.password.showCurrent': 'Show current password',
  'account.password.hideCurrent': 'Hide current password',
  'account.password.submit': 'Change password',
  'account.password.submitPending': 'Changing password…',
  'account.password.changed': 'Your password has been changed. Use the new one the next time you sign in.',
  'account.password.error.currentRequired': 'Enter your current password.',
  'account.password.error.currentWrong': "That isn't your current password. Try again.",
  'account.password.error.same': 'Choose a password different from your current one.',
  'account.sessions.heading': "Where you're signed in",
  'account.sessions.loading': 'Loading your sessions…',
  'account.sessions.loadFailed': "We couldn't load your sessions.",
  'account.sessions.retry': 'Try again',
  'account.sessions.current': 'This device',
  'account.sessions.other': 'Other session',
  'account.sessions.started': 'Signed in {date}',
  'account.sessions.expires': 'Expires {date}',
  'account.sessions.onlyThis': 'This is your only session.',
  'account.sessions.more': 'Show more sessions',
  'account.sessions.morePending': 'Loading…',
  'account.sessions.signOut': 'Sign out',
  'account.sessions.signOutLabel': 'Sign out of the session signed in {date}',
  'account.sessions.signOutLabelNumbered': 'Sign out of session {number}',
  'account.sessions.signOutOthers': 'Sign out of all other sessions',
  'account.sessions.confirm.one': 'Sign out of the session signed in {date}? Whoever uses it will have to sign in again.',
  'account.sessions.confirm.oneNumbered': 'Sign out of session {number}? Whoever uses it will have to sign in again.',
  'account.sessions.confirm.others':
    'Sign out of every session but this one? Whoever uses them will have to sign in again.',
  'account.sessions.confirm.yes': 'Yes, sign out',
  'account.sessions.confirm.no': 'Cancel',
  'account.sessions.signingOut': 'Signing out…',
  'account.sessions.signedOut': {
    one: 'Signed out of {count} session. It has to sign in again to be used; this cannot be undone.',
    other: 'Signed out of {count} sessions. Each has to sign in again to be used; this cannot be undone.',
  },
  'account.sessions.noneToSignOut': 'There were no other sessions to sign out of.',
  'account.sessions.signOutFailed': "We couldn't sign that session out.",
  'account.dismiss': 'Done',
} as const satisfies Record<string, Message>;
