import { systemClock, type Clock } from './engine/clock.js';
import { resolveConfig } from './engine/config/resolve.js';
import type { EmulatorConfig, EmulatorConfigInput } from './engine/config/types.js';
import type { EngineContext } from './engine/context.js';
import { cryptoRandom, type RandomSource } from './engine/ids.js';
import { jsScrypt, type ScryptFunction } from './engine/password-hash.js';
import type { OutboxMessage } from './engine/records.js';
import { seededRandom } from './engine/seeded-random.js';
import type { EmulatorControls } from './http/controls.js';
import { createHandler } from './http/handle.js';
import { summarizeUser, type UserSummary } from './http/handouts/users.js';
import type { EmulatorRequest, EmulatorResponse } from './http/types.js';
import { createMemoryStore } from './store/memory-store.js';
import type { EmulatorStore } from './store/store.js';

/**
 * The client token the emulator accepts unless told otherwise. It has the shape of a real client
 * token (`pcl_…`), so code that checks the prefix works, and it is public: never use it elsewhere.
 */
export const DEFAULT_EMULATOR_TOKEN = 'pcl_authnflowkitemulatordefaulttoken0';

export interface EmulatorOptions {
  /** The bearer token every `/v2` request must carry; default DEFAULT_EMULATOR_TOKEN. */
  token?: string;
  /** A preset and/or keys over it; default the `password` preset. Throws ConfigError if invalid. */
  config?: EmulatorConfigInput;
  /** Milliseconds since the epoch; default Date.now. `advanceClock` adds to it. */
  now?: Clock;
  /** Random bytes for ids, salts and codes; default crypto.getRandomValues. */
  random?: RandomSource;
  /** Makes ids and codes repeatable (overrides `random`); see `seed()`. */
  seed?: string | number;
  /** Default: a new memory store. */
  store?: EmulatorStore;
  /**
   * The scrypt for password hashes. Default: pure JS, which works in browsers but blocks the
   * thread while it hashes. In Node pass `nodeScrypt` (`…/emulator/node`; the server does).
   */
  scrypt?: ScryptFunction;
}

export interface Emulator {
  /** Answers one request, as the AuthN service would; never throws. */
  handle(request: EmulatorRequest): Promise<EmulatorResponse>;
  /** Messages "sent" so far, oldest first. */
  outbox(): OutboxMessage[];
  /** Users, oldest first, without secrets. */
  users(): UserSummary[];
  /** Forgets users, flows, tokens and the outbox, restarts the seed and the clock offset; the config stays. */
  reset(): void;
  /** The config in force. */
  readonly config: EmulatorConfig;
  /** Merges `input` over the config in force (or over its `preset`); returns the new config. */
  setConfig(input: EmulatorConfigInput): EmulatorConfig;
  /** Seeds ids, codes and secrets (a SHA-256 stream of the seed); `null` returns to the default source. */
  seed(seed: string | number | null): void;
  /** Moves the emulator's clock forward by `seconds`. */
  advanceClock(seconds: number): void;
  /** The emulator's time, in ms since the epoch. */
  now(): number;
  readonly token: string;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const token = options.token ?? DEFAULT_EMULATOR_TOKEN;
  if (token.trim() === '' || /\s/.test(token)) {
    throw new TypeError('The emulator token must be a non-empty word');
  }
  const baseClock = options.now ?? systemClock;
  const baseRandom = options.random ?? cryptoRandom;
  // Runtime knobs of the test hand-outs; the records themselves all live in the store.
  let offsetMs = 0;
  let seed: string | null = options.seed === undefined ? null : String(options.seed);
  let random: RandomSource = seed === null ? baseRandom : seededRandom(seed);

  const ctx: EngineContext = {
    config: resolveConfig(options.config ?? {}),
    store: options.store ?? createMemoryStore(),
    now: () => baseClock() + offsetMs,
    random: (bytes) => random(bytes),
    scrypt: options.scrypt ?? jsScrypt,
    housekeeping: { lastPurgeAt: baseClock() },
  };
  const controls: EmulatorControls = {
    ctx,
    setConfig: (input) => {
      ctx.config = resolveConfig(input, ctx.config);
      return ctx.config;
    },
    seed: (next) => {
      seed = next;
      random = next === null ? baseRandom : seededRandom(next);
    },
    currentSeed: () => seed,
    advanceClock: (seconds) => {
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new RangeError('The clock only moves forward, by a finite number of seconds');
      }
      offsetMs += seconds * 1000;
    },
    clockOffsetSeconds: () => offsetMs / 1000,
    reset: () => {
      ctx.store.clear();
      offsetMs = 0;
      ctx.housekeeping.lastPurgeAt = ctx.now();
      random = seed === null ? baseRandom : seededRandom(seed);
    },
  };
  const handle = createHandler(controls, token);
  return {
    handle,
    outbox: () => ctx.store.listOutbox(),
    users: () => ctx.store.listUsers().map(summarizeUser),
    reset: controls.reset,
    get config() {
      return ctx.config;
    },
    setConfig: controls.setConfig,
    seed: (next) => controls.seed(next === null ? null : String(next)),
    advanceClock: controls.advanceClock,
    now: ctx.now,
    token,
  };
}
