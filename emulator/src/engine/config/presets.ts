import { LOOPBACK_REDIRECT_URIS } from '../redirect-uris.js';
import type { EmulatorConfig, EmulatorConfigInput, PasswordPolicy, PresetName } from './types.js';

export const DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = Object.freeze({
  chars_min: 8,
  chars_max: 64,
  lower_min: 1,
  upper_min: 1,
  number_min: 1,
  punct_min: 1,
});

/**
 * The `password` preset is the base of every other one and the emulator's default: email as the
 * username, sign-up allowed, password as the only method, nothing else asked. The other presets are
 * inputs over it, so they merge exactly like a caller's config does.
 */
export const BASE_CONFIG: Readonly<EmulatorConfig> = {
  usernameFormat: 'email',
  allowSignup: true,
  primaries: ['password'],
  passkey: { enabled: false, rpId: null, origin: null, rpName: 'AuthN emulator' },
  socialProviders: [],
  samlProviders: [],
  mfa: { methods: [], required: false },
  emailVerification: false,
  signupCaptcha: false,
  captchaSiteKey: 'emulator-captcha-site-key',
  profileFields: [],
  agreements: [],
  oauthScopes: [],
  disclaimer: null,
  passwordPolicy: DEFAULT_PASSWORD_POLICY,
  flowLifetimeSeconds: 1800,
  activeTokenLifetimeSeconds: 172_800,
  refreshTokenLifetimeSeconds: 604_800,
  resendIntervalSeconds: 30,
  codeLifetimeSeconds: 600,
  maxAttempts: 5,
  lockoutSeconds: 300,
  scryptCost: 2 ** 14,
  publicUrl: null,
  allowedHosts: [],
  redirectUris: [...LOOPBACK_REDIRECT_URIS],
  looseWire: false,
};

const EULA_TEXT = '# End User License Agreement\n\nThis is the emulator\'s sample EULA. Accept it to continue.';
const PRIVACY_TEXT = '# Privacy Policy\n\nThe emulator keeps your data in memory and forgets it when it stops.';

export const PRESETS: Readonly<Record<PresetName, EmulatorConfigInput>> = {
  password: {},
  passwordless: {
    primaries: ['email_otp', 'magiclink'],
    passkey: { enabled: true },
    socialProviders: ['google', 'github'],
  },
  mfa: {
    mfa: { methods: ['totp', 'email_otp', 'sms_otp'], required: true },
  },
  everything: {
    primaries: ['password', 'email_otp', 'sms_otp', 'magiclink', 'totp'],
    passkey: { enabled: true },
    socialProviders: ['google', 'github', 'facebook', 'microsoftonline', 'gitlab', 'linkedin'],
    samlProviders: [{ id: 'pss_emulatorsamlprovider222222222222', name: 'Emulator SSO' }],
    mfa: { methods: ['totp', 'email_otp', 'sms_otp'], required: true },
    emailVerification: true,
    signupCaptcha: true,
    profileFields: [
      { id: 'first_name', label: 'First name', type: 'string', required: true, showOnSignup: true },
      { id: 'last_name', label: 'Last name', type: 'string', required: false, showOnSignup: true },
      { id: 'phone', label: 'Phone', type: 'phone', required: false, showOnSignup: false },
    ],
    agreements: [
      { type: 'eula', name: 'EULA_V1', text: EULA_TEXT },
      { type: 'privacy_policy', name: 'PRIVACY_V1', text: PRIVACY_TEXT },
    ],
    oauthScopes: [
      { name: 'openid', displayName: 'Your identity', description: 'Know who you are' },
      { name: 'profile', displayName: 'Your profile', description: 'Read your name and picture' },
    ],
    disclaimer: 'By continuing you agree to the emulator\'s sample terms.',
  },
};
