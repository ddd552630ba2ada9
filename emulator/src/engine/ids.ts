/** Random bytes on demand; injectable so tests can make the emulator deterministic (see seeded-random.ts). */
export type RandomSource = (bytes: number) => Uint8Array;

/**
 * crypto.getRandomValues, drawn from a pool. Every id takes 20 bytes and a request makes several:
 * asking the system for each one cost more than everything else an answer needs but the socket
 * write (a profile of the bench). The pool is refilled whole, so each byte is used once.
 */
export const cryptoRandom: RandomSource = (() => {
  const pool = new Uint8Array(4096);
  let used = pool.length;
  return (bytes: number): Uint8Array => {
    if (bytes > pool.length) {
      return globalThis.crypto.getRandomValues(new Uint8Array(bytes));
    }
    if (used + bytes > pool.length) {
      globalThis.crypto.getRandomValues(pool);
      used = 0;
    }
    used += bytes;
    return pool.slice(used - bytes, used);
  };
})();

/** The ID prefixes of spec §3 that this emulator hands out. */
export type IdPrefix =
  | 'pfl' // flow
  | 'prq' // request
  | 'pcb' // callback state
  | 'poc' // callback code (email links, provider pages)
  | 'ptu' // user (active) token
  | 'ptr' // refresh token
  | 'pmt' // token/session id
  | 'pui' // user identity
  | 'pmc' // one-time login code (client/userinfo)
  | 'pmi' // invitation ticket
  | 'pst' // IdP-initiated SAML ticket (the prefix is ours: the spec gives only the ticket pattern)
  | 'peu' // agreement
  | 'pvi'; // signing key id (client/jwks)

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** `<prefix>_` + 32 chars of lowercase base32: 20 random bytes are exactly 160 bits = 32 digits. */
export function newId(prefix: IdPrefix, random: RandomSource): string {
  return `${prefix}_${base32(random(20))}`;
}

/** Lowercase RFC 4648 base32 without padding. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
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

/**
 * `length` decimal digits, each uniform: bytes of 250 and above are dropped (rejection sampling),
 * since 256 is not a multiple of 10 and `byte % 10` would favour 0–5.
 */
export function randomDigits(length: number, random: RandomSource): string {
  let out = '';
  while (out.length < length) {
    for (const byte of random(length)) {
      if (byte < 250 && out.length < length) {
        out += String(byte % 10);
      }
    }
  }
  return out;
}
