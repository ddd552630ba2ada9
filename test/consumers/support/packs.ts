import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two tarballs, packed once per run by the global setup. */
export interface Packs {
  kit: string;
  emulator: string;
}

export const PACKS_DIR = fileURLToPath(new URL('../../../test-results/consumers/packs/', import.meta.url));
export const PACKS_FILE = join(PACKS_DIR, 'packs.json');
