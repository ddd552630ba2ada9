import type { Clock } from './clock.js';
import type { EmulatorConfig } from './config/types.js';
import type { RandomSource } from './ids.js';
import type { ScryptFunction } from './password-hash.js';
import type { EmulatorStore } from '../store/store.js';

/** Everything an engine operation needs; built once by createEmulator. */
export interface EngineContext {
  /** Replaced as a whole by `setConfig`; read it afresh in each request. */
  config: EmulatorConfig;
  readonly store: EmulatorStore;
  readonly now: Clock;
  readonly random: RandomSource;
  /** The scrypt implementation for password hashes. */
  readonly scrypt: ScryptFunction;
  /** When expired records were last purged (ms); see housekeeping.ts. */
  readonly housekeeping: { lastPurgeAt: number };
}

/** What an operation may need to know about the HTTP request besides its body. */
export interface RequestInfo {
  /** The `Origin` header, if any. */
  origin: string | undefined;
  /** The URL the emulator was reached under, without a trailing slash: `http://127.0.0.1:4000`. */
  baseUrl: string;
}
