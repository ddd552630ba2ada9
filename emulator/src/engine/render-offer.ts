import { renderAgreements } from './choices/agreements.js';
import { renderCaptcha } from './choices/captcha.js';
import { renderEmailOtp } from './choices/email-otp.js';
import { renderMagiclink } from './choices/magiclink.js';
import { renderOauthConsent } from './choices/oauth-consent.js';
import { renderPasskey } from './choices/passkey.js';
import { renderPassword } from './choices/password.js';
import { renderProfile } from './choices/profile.js';
import { renderProvisionalEnrollment } from './choices/provisional-enrollment.js';
import { renderResetPassword } from './choices/reset-password.js';
import { renderSaml } from './choices/saml.js';
import { renderSetEmail } from './choices/set-email.js';
import { renderSetPassword } from './choices/set-password.js';
import { renderSetPhone } from './choices/set-phone.js';
import { renderSetUsername } from './choices/set-username.js';
import { renderSmsOtp } from './choices/sms-otp.js';
import { renderSocial } from './choices/social.js';
import { renderTotp } from './choices/totp.js';
import { renderVerifyEmail } from './choices/verify-email.js';
import type { EngineContext } from './context.js';
import type { Offer } from './offers.js';
import type { FlowRecord, UserRecord } from './records.js';
import type { WireChoice } from './wire-types.js';

/** One `flow_choices` entry: the offer's data as the spec's §5 "out" column has it. */
export function renderOffer(ctx: EngineContext, flow: FlowRecord, user: UserRecord | undefined, offer: Offer): WireChoice {
  switch (offer.choice) {
    case 'set_email':
      return renderSetEmail(ctx, offer);
    case 'set_username':
      return renderSetUsername(ctx, offer);
    case 'set_phone':
      return renderSetPhone();
    case 'password':
      return renderPassword(ctx, flow, user, offer);
    case 'set_password':
      return renderSetPassword(ctx);
    case 'reset_password':
      return renderResetPassword(ctx, flow);
    case 'verify_email':
      return renderVerifyEmail(ctx, flow, user);
    case 'magiclink':
      return renderMagiclink(ctx, flow, user);
    case 'provisional_enrollment':
      return renderProvisionalEnrollment(ctx, flow);
    case 'email_otp':
      return renderEmailOtp(ctx, flow, user, offer);
    case 'sms_otp':
      return renderSmsOtp(ctx, flow, user, offer);
    case 'totp':
      return renderTotp(ctx, flow, offer);
    case 'passkey':
      return renderPasskey(ctx, flow, offer);
    case 'social':
      return renderSocial(ctx, flow, offer);
    case 'saml':
      return renderSaml(ctx, flow, offer);
    case 'captcha':
      return renderCaptcha(ctx);
    case 'profile':
      return renderProfile(ctx);
    case 'agreements':
      return renderAgreements(ctx, user);
    case 'oauth_consent':
      return renderOauthConsent(ctx);
    default:
      return offer satisfies never;
  }
}
