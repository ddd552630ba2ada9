import { scryptAsync } from '@noble/hashes/scrypt.js';
import { fromBase64, toBase64 } from './base64.js';
import type { RandomSource } from './ids.js';

const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/**
 * The highest scrypt N the emulator hashes with (`scryptCost`): 2^16, 64 MiB and a few hundred ms
 * per hash at r = 8. Above it one sign-in would hold a thread and that memory for seconds, and a
 * handful at once would exhaust the host.
 */
export const MAX_SCRYPT_COST = 2 ** 16;

/** A stored hash may ask for no more work (N·r·p) nor memory (N·r) than the highest cost does. */
const MAX_STORED_WORK = MAX_SCRYPT_COST * R * P;
const MAX_STORED_KEY_BYTES = 64;

/**
 * scrypt (RFC 7914) of a UTF-8 password. Any correct implementation gives the same bytes, so hashes
 * made with one verify with another: the engine's default is pure JS and runs anywhere, and the
 * Node host passes node:crypto's (see node/node-scrypt.ts), which runs off the event loop.
 */
export type ScryptFunction = (
  password: string,
  salt: Uint8Array,
  params: { N: number; r: number; p: number; dkLen: number },
) => Promise<Uint8Array>;

/** @noble/hashes: works in browsers and Node, but computes on the calling thread (in 10 ms slices). */
export const jsScrypt: ScryptFunction = (password, salt, params) => scryptAsync(password, salt, params);

/** Hashes a password to `scrypt$N$r$p$salt$hash` (base64), the parameters travelling with the hash. */
export async function hashPassword(
  password: string,
  cost: number,
  random: RandomSource,
  scrypt: ScryptFunction = jsScrypt,
): Promise<string> {
  const salt = random(SALT_LENGTH);
  const hash = await scrypt(password, salt, { N: cost, r: R, p: P, dkLen: KEY_LENGTH });
  return ['scrypt', cost, R, P, toBase64(salt), toBase64(hash)].join('$');
}

/**
 * False for a wrong password or a stored value this code cannot read, including one whose
 * parameters ask for more work than MAX_SCRYPT_COST (a tampered or foreign record must not hang a
 * sign-in); never throws on input.
 */
export async function verifyPassword(password: string, stored: string, scrypt: ScryptFunction = jsScrypt): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed) {
    return false;
  }
  let actual: Uint8Array;
  try {
    actual = await scrypt(password, parsed.salt, {
      N: parsed.n,
      r: parsed.r,
      p: parsed.p,
      dkLen: parsed.hash.length,
    });
  } catch {
    // Parameters scrypt refuses (say N not a power of two) mean a corrupt record, not a match.
    return false;
  }
  return constantTimeEqual(actual, parsed.hash);
}

/** Compares every byte whatever the first difference, so timing does not leak the hash prefix. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) {
    return false;
  }
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  }
  return diff === 0;
}

interface StoredHash {
  n: number;
  r: number;
  p: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

function parseStored(stored: string): StoredHash | undefined {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length > 0 || !n || !r || !p || !salt || !hash) {
    return undefined;
  }
  const [cost, blockSize, parallelism] = [Number(n), Number(r), Number(p)];
  if (![cost, blockSize, parallelism].every((value) => Number.isSafeInteger(value) && value > 0)) {
    return undefined;
  }
  if (cost * blockSize * parallelism > MAX_STORED_WORK || hash.length > (MAX_STORED_KEY_BYTES * 4) / 3 + 4) {
    return undefined;
  }
  try {
    return { n: cost, r: blockSize, p: parallelism, salt: fromBase64(salt), hash: fromBase64(hash) };
  } catch {
    return undefined;
  }
}
