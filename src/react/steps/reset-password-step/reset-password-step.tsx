import { EmailLinkStep } from '../email-link-step/email-link-step.js';

/**
 * After "Forgot password?": the reset link is on its way, with resend and "Back to sign in". The
 * same screen as every emailed link (see EmailLinkStep); the link itself leads to `set_password`.
 * @selector [data-scope="authn"][data-part="email-link-step"][data-state="reset_password"]
 */
export function ResetPasswordStep() {
  return <EmailLinkStep />;
}
