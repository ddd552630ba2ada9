/** Random bytes on demand; injectable so a test or a later issue can make the emulator deterministic. */
export type RandomSource = (bytes: number) => Uint8Array;

export const cryptoRandom: RandomSource = (bytes) => globalThis.crypto.getRandomValues(new Uint8Array(bytes));

/** The ID prefixes of spec §3 that this emulator hands out. */
export type IdPrefix =
  | 'pfl' // flow
  | 'prq' // request
  | 'pcb' // callback state
  | 'poc' // callback code
  | 'ptu' // user (active) token
  | 'ptr' // refresh token
  | 'pmt' // token/session id
  | 'pui'; // user identity

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** `<prefix>_` + 32 chars of lowercase base32: 20 random bytes are exactly 160 bits = 32 digits. */
export function newId(prefix: IdPrefix, random: RandomSource): string {
  return `${prefix}_${base32(random(20))}`;
}

function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(buffer >>> bits) & 31];
    }
  }
  if (bits > 0) {
    out += BASE32[(buffer << (5 - bits)) & 31];
  }
  return out;
}
