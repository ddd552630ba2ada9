import type { FlowChoiceName } from '../choice-names.js';
import { updateAgreements } from './agreements.js';
import { updateCaptcha } from './captcha.js';
import { restartEmailOtp, updateEmailOtp } from './email-otp.js';
import { updateEmpty } from './empty.js';
import { restartMagiclink, updateMagiclink } from './magiclink.js';
import { updateOauthConsent } from './oauth-consent.js';
import { restartPasskey, updatePasskey } from './passkey.js';
import { updatePassword } from './password.js';
import { updateProfile } from './profile.js';
import { restartProvisionalEnrollment, updateProvisionalEnrollment } from './provisional-enrollment.js';
import { restartResetPassword, updateResetPassword } from './reset-password.js';
import { updateSaml } from './saml.js';
import { updateSetEmail } from './set-email.js';
import { updateSetPassword } from './set-password.js';
import { updateSetPhone } from './set-phone.js';
import { updateSetUsername } from './set-username.js';
import { restartSmsOtp, updateSmsOtp } from './sms-otp.js';
import { updateSocial } from './social.js';
import { restartTotp, updateTotp } from './totp.js';
import type { ChoiceHandler } from './types.js';
import { restartVerifyEmail, updateVerifyEmail } from './verify-email.js';

/** `flow/update` of every choice of the spec's enum; a Record over the enum so none can be missed. */
export const UPDATE_HANDLERS: Readonly<Record<FlowChoiceName, ChoiceHandler>> = {
  '': updateEmpty,
  agreements: updateAgreements,
  captcha: updateCaptcha,
  email_otp: updateEmailOtp,
  magiclink: updateMagiclink,
  passkey: updatePasskey,
  password: updatePassword,
  profile: updateProfile,
  provisional_enrollment: updateProvisionalEnrollment,
  reset_password: updateResetPassword,
  set_email: updateSetEmail,
  set_username: updateSetUsername,
  set_password: updateSetPassword,
  set_phone: updateSetPhone,
  sms_otp: updateSmsOtp,
  social: updateSocial,
  totp: updateTotp,
  verify_email: updateVerifyEmail,
  saml: updateSaml,
  oauth_consent: updateOauthConsent,
};

/** `flow/restart`: the choices vanilla-js may restart (spec §5); `null` for the others. */
export const RESTART_HANDLERS: Readonly<Record<FlowChoiceName, ChoiceHandler | null>> = {
  '': null,
  agreements: null,
  captcha: null,
  email_otp: restartEmailOtp,
  magiclink: restartMagiclink,
  passkey: restartPasskey,
  password: null,
  profile: null,
  provisional_enrollment: restartProvisionalEnrollment,
  reset_password: restartResetPassword,
  set_email: null,
  set_username: null,
  set_password: null,
  set_phone: null,
  sms_otp: restartSmsOtp,
  social: null,
  totp: restartTotp,
  verify_email: restartVerifyEmail,
  saml: null,
  oauth_consent: null,
};
