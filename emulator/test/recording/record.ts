import { createEmulator, PRESET_NAMES, type PresetName } from '../../src/index.js';
import { RecordingSession, type Exchange } from './session.js';
import { WALKS } from './walks.js';

/** The fixed inputs that make a recording repeat byte for byte. */
export const RECORDING_SEED = 'authn-flow-kit fixtures';
export const RECORDING_START = Date.parse('2030-01-01T09:00:00Z');
export const RECORDING_TOKEN = 'pcl_authnflowkitemulatordefaulttoken0';

/**
 * Walks one preset on a fresh in-memory emulator, seeded and on a frozen clock (moved only by the
 * walk), and returns every exchange, unscrubbed. Low scrypt cost: hashes never show in answers.
 */
export async function recordPreset(preset: PresetName): Promise<Exchange[]> {
  const emulator = createEmulator({
    token: RECORDING_TOKEN,
    seed: RECORDING_SEED,
    now: () => RECORDING_START,
    config: { preset, scryptCost: 2 ** 10 },
  });
  const session = new RecordingSession(emulator, RECORDING_TOKEN);
  try {
    await WALKS[preset](session);
  } catch (error) {
    throw new Error(`Recording the ${preset} preset failed at step ${session.exchanges.length}`, { cause: error });
  }
  return session.exchanges;
}

/** Every preset's exchanges, in PRESET_NAMES order. */
export async function recordAllPresets(): Promise<Map<PresetName, Exchange[]>> {
  const recorded = new Map<PresetName, Exchange[]>();
  for (const preset of PRESET_NAMES) {
    recorded.set(preset, await recordPreset(preset));
  }
  return recorded;
}
