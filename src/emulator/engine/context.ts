import type { Clock } from './clock.js';
import type { EmulatorConfig } from './config.js';
import type { RandomSource } from './ids.js';
import type { EmulatorStore } from '../store/store.js';

/** Everything an engine operation needs; built once by createEmulator. */
export interface EngineContext {
  readonly config: EmulatorConfig;
  readonly store: EmulatorStore;
  readonly now: Clock;
  readonly random: RandomSource;
}
