/**
 * Every `data-part` the kit renders, so `classNames` is checked by part name. A test renders every
 * step and fails on a part missing here.
 */
export const PART_NAMES = [
  // The flow's frame
  'root', 'header', 'brand', 'logo', 'brand-name', 'footer', 'notice', 'loading-view', 'loading-label', 'spinner',
  // Primitives
  'heading', 'body', 'hint', 'description', 'disclaimer', 'form-error', 'field', 'label', 'control', 'input',
  'field-error', 'button', 'submit', 'actions', 'rich-text', 'required-mark', 'checkbox-field', 'checkbox',
  'phone-field', 'country-field', 'country-select',
  // Steps and views
  'email-step', 'identifier-step', 'identifier-form', 'password-step', 'reset-password-step', 'set-password-step',
  'choice-picker', 'code-step', 'code-form', 'email-link-step', 'email-entry', 'phone-entry', 'totp-setup',
  'passkey-step', 'captcha-step', 'agreements-step', 'profile-step', 'consent-step', 'complete-view', 'failed-view',
  'unsupported-view', 'callback-view', 'callback-refused-view', 'provider-issue-actions',
  // Parts inside steps
  'identifier', 'identifier-value', 'change-identifier', 'change-email', 'change-contact', 'password-toggle',
  'password-toggle-status', 'password-rules', 'password-rules-heading', 'password-rule-list', 'password-rule',
  'forgot-password', 'methods', 'continue-with-provider', 'select-another-method',
  'method', 'method-button', 'other-method', 'back', 'start-over', 'retry', 'cancel', 'providers', 'provider-button',
  'provider-icon', 'provider-name', 'divider', 'resend', 'resend-status', 'poll', 'poll-status', 'totp-steps-heading',
  'totp-steps', 'totp-qr', 'totp-key', 'totp-key-label', 'totp-key-value', 'totp-copy', 'totp-copy-status',
  'passkey-sign-in', 'passkey-start', 'passkey-later', 'passkey-never', 'passkey-status', 'captcha-widget',
  'captcha-status', 'captcha-retry', 'emulator-captcha', 'emulator-captcha-frame', 'agreement-text', 'published',
  'accept', 'decline', 'scopes', 'scope', 'scope-name', 'scope-description', 'allow', 'deny',
  // The account security panel
  'account-security', 'account-status', 'change-password', 'password-status', 'sessions', 'sessions-error',
  'session-list', 'session', 'session-name', 'session-email', 'session-sign-out', 'more-sessions',
  'sign-out-confirm', 'confirm', 'sign-out-result', 'dismiss', 'sign-out-others',
] as const;

/** A `data-part` name of the kit. */
export type AuthNPart = (typeof PART_NAMES)[number];

/**
 * Class names added to parts, by part name, e.g. `{ button: 'btn', field: 'form-row' }`.
 * `button` goes on every button, and a button's own part (`submit`, `start-over`…) adds its own.
 */
export type AuthNClassNames = Partial<Record<AuthNPart, string>>;
