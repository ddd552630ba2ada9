import { systemClock, type Clock } from './engine/clock.js';
import { resolveConfig, type EmulatorConfig, type EmulatorConfigInput } from './engine/config.js';
import type { EngineContext } from './engine/context.js';
import { cryptoRandom, type RandomSource } from './engine/ids.js';
import type { OutboxMessage } from './engine/records.js';
import { createHandler } from './http/handle.js';
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
  config?: EmulatorConfigInput;
  /** Milliseconds since the epoch; default Date.now. */
  now?: Clock;
  /** Random bytes for ids, salts and codes; default crypto.getRandomValues. */
  random?: RandomSource;
  /** Default: a new memory store. */
  store?: EmulatorStore;
}

export interface Emulator {
  /** Answers one request, as the AuthN service would; never throws. */
  handle(request: EmulatorRequest): Promise<EmulatorResponse>;
  /** Messages "sent" so far, oldest first. */
  outbox(): OutboxMessage[];
  /** Forgets users, flows, tokens and the outbox; the config stays. */
  reset(): void;
  readonly config: EmulatorConfig;
  readonly token: string;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const token = options.token ?? DEFAULT_EMULATOR_TOKEN;
  if (token.trim() === '' || /\s/.test(token)) {
    throw new TypeError('The emulator token must be a non-empty word');
  }
  const config = resolveConfig(options.config);
  const ctx: EngineContext = {
    config,
    store: options.store ?? createMemoryStore(),
    now: options.now ?? systemClock,
    random: options.random ?? cryptoRandom,
  };
  const handle = createHandler(ctx, token);
  return {
    handle,
    outbox: () => ctx.store.listOutbox(),
    reset: () => ctx.store.clear(),
    config,
    token,
  };
}
