import type { AgreementConfig, EmulatorConfig, ProfileFieldConfig, SecondaryMethod } from './config/types.js';
import type { EngineContext } from './context.js';
import type { FlowRecord, PrimaryProof, UserRecord } from './records.js';
import type { WirePhase } from './wire-types.js';

/**
 * The phase machine of spec §10.2, as a function of what the flow has established so far: the
 * first phase whose condition is not met yet. Deriving it (rather than storing it) means a config
 * change or a step done in another tab is reflected on the next request.
 *
 * primary → captcha (sign-up) → profile (sign-up) → [create user] → verify email → set password
 *   → secondary → agreements → OAuth consent → completed
 */
export function phaseOf(ctx: EngineContext, flow: FlowRecord, user: UserRecord | undefined): WirePhase {
  const { config } = ctx;
  if (flow.proof === null || !user) {
    return 'phase_primary';
  }
  const signup = flow.kind === 'signup';
  if (signup && config.signupCaptcha && !flow.captchaPassed) {
    return 'phase_captcha';
  }
  if (signup && signupProfileFields(config).length > 0 && !flow.profileDone) {
    return 'phase_profile';
  }
  if (config.emailVerification && !user.emailVerified) {
    return 'phase_verify_email';
  }
  if (flow.mustSetPassword) {
    return 'phase_set_password';
  }
  if (!flow.secondaryDone && secondaryMethods(ctx, flow, user).length > 0) {
    return 'phase_secondary';
  }
  if (pendingAgreements(config, user).length > 0) {
    return 'phase_agreements';
  }
  if (flow.clientId !== null && config.oauthScopes.length > 0 && flow.consent === null) {
    return 'phase_oauth_consent';
  }
  return 'phase_completed';
}

/** Phases before `phase_create_user`: a sign-up's user is still a draft while in one of them. */
export function isBeforeUserCreation(phase: WirePhase): boolean {
  return phase === 'phase_primary' || phase === 'phase_captcha' || phase === 'phase_profile';
}

export function signupProfileFields(config: EmulatorConfig): ProfileFieldConfig[] {
  return config.profileFields.filter((field) => field.showOnSignup);
}

export function pendingAgreements(config: EmulatorConfig, user: UserRecord): AgreementConfig[] {
  return config.agreements.filter((agreement) => !user.agreed.includes(agreement.id));
}

export interface SecondaryOffer {
  method: SecondaryMethod;
  enrollment: boolean;
}

/**
 * What `phase_secondary` offers: the user's enrolled methods, or, if none and MFA is required,
 * every configured method to enrol. The method that passed `phase_primary` is left out (an emailed
 * link followed by an emailed code proves nothing new), and a passkey needs no second factor: it
 * is possession and user verification in one.
 */
export function secondaryMethods(ctx: EngineContext, flow: FlowRecord, user: UserRecord): SecondaryOffer[] {
  if (flow.proof === 'passkey') {
    return [];
  }
  const excluded = excludedSecondary(flow.proof);
  const available = ctx.config.mfa.methods.filter((method) => method !== excluded);
  const enrolled = available.filter((method) => isEnrolled(user, method));
  if (enrolled.length > 0) {
    return enrolled.map((method) => ({ method, enrollment: false }));
  }
  return ctx.config.mfa.required ? available.map((method) => ({ method, enrollment: true })) : [];
}

export function isEnrolled(user: UserRecord, method: SecondaryMethod): boolean {
  switch (method) {
    case 'totp':
      return user.totp !== null;
    case 'email_otp':
      return user.mfa.includes('email_otp') && user.email !== null;
    case 'sms_otp':
      return user.mfa.includes('sms_otp') && user.phone !== null;
    default:
      return method satisfies never;
  }
}

function excludedSecondary(proof: PrimaryProof | null): SecondaryMethod | undefined {
  switch (proof) {
    case 'email_otp':
    case 'magiclink':
    case 'reset_password':
    case 'provisional_enrollment':
      return 'email_otp';
    case 'sms_otp':
      return 'sms_otp';
    case 'totp':
      return 'totp';
    case 'password':
    case 'passkey':
    case 'social':
    case 'saml':
    case null:
      return undefined;
    default:
      return proof satisfies never;
  }
}
