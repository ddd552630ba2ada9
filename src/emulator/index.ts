/** `authn-flow-kit/emulator`: the AuthN flow API emulator for browsers and Node. See ./README.md. */
export { createEmulator, DEFAULT_EMULATOR_TOKEN } from './create-emulator.js';
export type { Emulator, EmulatorOptions } from './create-emulator.js';
export { createEmulatorHandlers } from './msw/handlers.js';
export type { EmulatorHandlersOptions } from './msw/handlers.js';
export { createMemoryStore } from './store/memory-store.js';
export type { EmulatorStore } from './store/store.js';
export type { EmulatorRequest, EmulatorResponse } from './http/types.js';
export { DEFAULT_EMULATOR_CONFIG, DEFAULT_PASSWORD_POLICY } from './engine/config.js';
export type { EmulatorConfig, EmulatorConfigInput, PasswordPolicy } from './engine/config.js';
export type { Clock } from './engine/clock.js';
export type { RandomSource } from './engine/ids.js';
export type { ApiFailureStatus } from './engine/failures.js';
export type { FieldError, FieldErrorCode } from './engine/field-errors.js';
export type {
  FlowKind,
  FlowRecord,
  FlowStep,
  OutboxChannel,
  OutboxMessage,
  ResetPasswordState,
  TokenRecord,
  UserRecord,
} from './engine/records.js';
export { MAX_BODY_BYTES } from './http/body-limit.js';
