/** The server's FlowChoice enum (spec §3), `""` included; anything else is `NotEnumMember`. */
export const FLOW_CHOICE_NAMES = [
  '',
  'agreements',
  'captcha',
  'email_otp',
  'magiclink',
  'passkey',
  'password',
  'profile',
  'provisional_enrollment',
  'reset_password',
  'set_email',
  'set_username',
  'set_password',
  'set_phone',
  'sms_otp',
  'social',
  'totp',
  'verify_email',
  'saml',
  'oauth_consent',
] as const;

export type FlowChoiceName = (typeof FLOW_CHOICE_NAMES)[number];
