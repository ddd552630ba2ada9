/** `@authn-flow-kit/emulator`: the AuthN flow API emulator for browsers and Node. See ./README.md. */
export { createEmulator, DEFAULT_EMULATOR_TOKEN } from './create-emulator.js';
export type { Emulator, EmulatorOptions } from './create-emulator.js';
export { createEmulatorHandlers } from './msw/handlers.js';
export type { EmulatorHandlersOptions } from './msw/handlers.js';
export { createEmulatorFetch } from './fetch/emulator-fetch.js';
export type { EmulatorFetchOptions } from './fetch/emulator-fetch.js';
export { createMemoryStore } from './store/memory-store.js';
export { DEFAULT_STORE_LIMITS } from './store/limits.js';
export type { StoreLimits } from './store/limits.js';
export type { EmulatorStore } from './store/store.js';
export type { EmulatorRequest, EmulatorResponse } from './http/types.js';
export type { UserSummary } from './http/handouts/users.js';
export {
  ConfigError,
  DEFAULT_EMULATOR_CONFIG,
  DEFAULT_PASSWORD_POLICY,
  PRESETS,
  presetConfig,
  resolveConfig,
} from './engine/config/index.js';
export { PRESET_NAMES } from './engine/config/types.js';
export type {
  AgreementConfig,
  EmulatorConfig,
  EmulatorConfigInput,
  MfaConfig,
  OAuthScopeConfig,
  PasskeyConfig,
  // Named for the config, so they never read as the kit's wire types of the same shape.
  PasswordPolicy as PasswordPolicyConfig,
  PresetName,
  PrimaryMethod,
  ProfileFieldConfig,
  SamlProviderConfig,
  SecondaryMethod,
  SocialProvider,
  UsernameFormat as UsernameFormatConfig,
} from './engine/config/types.js';
export { EMULATOR_CAPTCHA_TOKEN } from './engine/choices/captcha.js';
export { totpCode } from './engine/totp-core.js';
// For tests of passkey sign-in: what a browser's platform authenticator answers, in WebCrypto.
export { SoftAuthenticator } from './testing/soft-authenticator.js';
export type { Clock } from './engine/clock.js';
export type { RandomSource } from './engine/ids.js';
export { MAX_SCRYPT_COST } from './engine/password-hash.js';
export type { ScryptFunction } from './engine/password-hash.js';
export type { ApiFailureStatus } from './engine/failures.js';
export type { FieldError as EmulatorFieldError, FieldErrorCode as EmulatorFieldErrorCode } from './engine/field-errors.js';
export type {
  AuthType,
  FlowKind,
  FlowRecord,
  OutboxChannel,
  OutboxMessage,
  PasskeyCredential,
  SendChoice,
  SendState,
  SigningKeyRecord,
  TicketRecord,
  TokenRecord,
  UserRecord,
} from './engine/records.js';
export { MAX_BODY_BYTES } from './http/body-limit.js';
