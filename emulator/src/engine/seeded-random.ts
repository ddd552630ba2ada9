import { sha256 } from '@noble/hashes/sha2.js';
import type { RandomSource } from './ids.js';

/**
 * A deterministic byte stream for tests: SHA-256 of `seed:counter`, block after block. Two
 * emulators with the same seed that receive the same requests hand out the same ids and codes.
 * Not for secrets: anyone who knows the seed knows every code.
 */
export function seededRandom(seed: string): RandomSource {
  const encoder = new TextEncoder();
  let counter = 0;
  let pool = new Uint8Array(0);
  return (bytes) => {
    while (pool.length < bytes) {
      const block = sha256(encoder.encode(`${seed}:${counter++}`));
      const next = new Uint8Array(pool.length + block.length);
      next.set(pool);
      next.set(block, pool.length);
      pool = next;
    }
    const out = pool.slice(0, bytes);
    pool = pool.slice(bytes);
    return out;
  };
}
