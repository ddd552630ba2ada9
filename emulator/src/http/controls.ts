import type { EmulatorConfig } from '../engine/config/types.js';
import type { EngineContext } from '../engine/context.js';

/** What the test hand-outs may do to the emulator beyond its engine context. */
export interface EmulatorControls {
  readonly ctx: EngineContext;
  /** Merges `input` (a config input, checked) over the current config, or over its `preset`. */
  setConfig(input: unknown): EmulatorConfig;
  /** A seed makes ids and codes repeatable; `null` goes back to crypto randomness. */
  seed(seed: string | null): void;
  currentSeed(): string | null;
  /** Moves the emulator's clock forward. */
  advanceClock(seconds: number): void;
  clockOffsetSeconds(): number;
  /** Forgets every record, restarts the seeded sequence and the clock offset; keeps the config. */
  reset(): void;
}
