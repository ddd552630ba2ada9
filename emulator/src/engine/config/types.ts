/**
 * The project configuration the emulator plays: the knobs of the AuthN user pool that drive the
 * phases and choices of spec §10.2 (`authn-userpool-*` in the OAS), in the emulator's own camelCase.
 */

/** Kept in the wire's snake_case because the engine sends it verbatim as `password_policy`. */
export interface PasswordPolicy {
  chars_min: number;
  chars_max: number;
  lower_min: number;
  upper_min: number;
  number_min: number;
  punct_min: number;
}

export const USERNAME_FORMATS = ['email', 'string', 'phone'] as const;
export type UsernameFormat = (typeof USERNAME_FORMATS)[number];

/** Methods that can pass `phase_primary` on their own (passkeys, social and SAML have their own keys). */
export const PRIMARY_METHODS = ['password', 'email_otp', 'sms_otp', 'magiclink', 'totp'] as const;
export type PrimaryMethod = (typeof PRIMARY_METHODS)[number];

/** Methods `phase_secondary` can ask for (spec §10.1). */
export const SECONDARY_METHODS = ['email_otp', 'sms_otp', 'totp'] as const;
export type SecondaryMethod = (typeof SECONDARY_METHODS)[number];

/** The social providers of spec §3. */
export const SOCIAL_PROVIDERS = ['google', 'github', 'facebook', 'microsoftonline', 'gitlab', 'linkedin'] as const;
export type SocialProvider = (typeof SOCIAL_PROVIDERS)[number];

export const PROFILE_FIELD_TYPES = ['string', 'boolean', 'date', 'phone', 'email', 'integer'] as const;
export type ProfileFieldType = (typeof PROFILE_FIELD_TYPES)[number];

export interface ProfileFieldConfig {
  id: string;
  label: string;
  type: ProfileFieldType;
  required: boolean;
  /** Only these are asked for in `phase_profile`. */
  showOnSignup: boolean;
}

export const AGREEMENT_TYPES = ['eula', 'privacy_policy'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export interface AgreementConfig {
  /** `peu_…`; derived from type and name when the config leaves it out, so it is stable across runs. */
  id: string;
  type: AgreementType;
  name: string;
  /** Markdown or Lexical JSON, sent as is. */
  text: string;
  publishedAt: string;
}

export interface SamlProviderConfig {
  /** `pss_…` */
  id: string;
  name: string;
}

export interface OAuthScopeConfig {
  name: string;
  displayName: string;
  description: string;
}

export interface PasskeyConfig {
  enabled: boolean;
  /** Relying party id; default: the host of the request's local Origin, else `localhost`. */
  rpId: string | null;
  /** Expected WebAuthn origin; default: the request's local Origin, else `http://localhost`. */
  origin: string | null;
  rpName: string;
}

export interface MfaConfig {
  /** Offered in `phase_secondary`, except the method that passed `phase_primary`. */
  methods: SecondaryMethod[];
  /** When false, only users who already enrolled a secondary method are asked for one. */
  required: boolean;
}

export interface EmulatorConfig {
  usernameFormat: UsernameFormat;
  /** When false, unknown users cannot sign up (sign-in only), except through an invitation. */
  allowSignup: boolean;
  primaries: PrimaryMethod[];
  passkey: PasskeyConfig;
  socialProviders: SocialProvider[];
  samlProviders: SamlProviderConfig[];
  mfa: MfaConfig;
  /** Sign-ups (and sign-ins of unverified users) must prove their email in `phase_verify_email`. */
  emailVerification: boolean;
  signupCaptcha: boolean;
  captchaSiteKey: string;
  profileFields: ProfileFieldConfig[];
  agreements: AgreementConfig[];
  /** Scopes asked for in `phase_oauth_consent` of flows started with a `client_id`. */
  oauthScopes: OAuthScopeConfig[];
  disclaimer: string | null;
  passwordPolicy: PasswordPolicy;
  flowLifetimeSeconds: number;
  activeTokenLifetimeSeconds: number;
  refreshTokenLifetimeSeconds: number;
  /** Minimum time between two sends of one code or link (`resend_time`). */
  resendIntervalSeconds: number;
  /** How long a sent code or link works. */
  codeLifetimeSeconds: number;
  /**
   * Wrong guesses before a sent code is burned, and wrong guesses of one kind of secret (password,
   * TOTP, a sent code) in a row, across flows, before the account locks that kind (lockouts.ts).
   */
  maxAttempts: number;
  /** How long such a lock lasts; also how long a wrong guess counts towards one. */
  lockoutSeconds: number;
  /** scrypt N, a power of two up to MAX_SCRYPT_COST; tests lower it to stay fast, the default is a realistic interactive cost. */
  scryptCost: number;
  /** Base URL of the emulator for the provider pages' links; default: the URL the request came in on. */
  publicUrl: string | null;
  /**
   * `Host` values the emulator answers besides the loopback names (any port) and `publicUrl`'s host,
   * e.g. `['192.168.1.20:4000']` when it listens on a LAN address. Anything else is refused, so a
   * site that rebinds its DNS name to this machine cannot reach the emulator from a visitor's browser.
   */
  allowedHosts: string[];
  /**
   * The project's registered redirect URIs (the service's `allowed_callbacks`): `cb_uri` must fall
   * under one of them (redirect-uris.ts). Default: the loopback hosts, on any port.
   */
  redirectUris: string[];
  /** Answer in the loosest legal form: `null` for empty lists and absent optional fields (loose-wire.ts). */
  looseWire: boolean;
}

export const PRESET_NAMES = ['password', 'passwordless', 'mfa', 'everything'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

type AgreementInput = Omit<AgreementConfig, 'id' | 'publishedAt'> & { id?: string; publishedAt?: string };
type ProfileFieldInput = Pick<ProfileFieldConfig, 'id'> & Partial<Omit<ProfileFieldConfig, 'id'>>;
type OAuthScopeInput = Pick<OAuthScopeConfig, 'name'> & Partial<Omit<OAuthScopeConfig, 'name'>>;

/**
 * What callers pass: a preset name and any subset of the keys. Nested objects merge key by key;
 * lists replace the preset's list.
 */
export type EmulatorConfigInput = Partial<
  Omit<EmulatorConfig, 'passwordPolicy' | 'passkey' | 'mfa' | 'agreements' | 'profileFields' | 'oauthScopes'>
> & {
  preset?: PresetName;
  passwordPolicy?: Partial<PasswordPolicy>;
  passkey?: Partial<PasskeyConfig>;
  mfa?: Partial<MfaConfig>;
  agreements?: AgreementInput[];
  profileFields?: ProfileFieldInput[];
  oauthScopes?: OAuthScopeInput[];
};
