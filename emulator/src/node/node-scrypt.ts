import { scrypt } from 'node:crypto';
import type { ScryptFunction } from '../engine/password-hash.js';

/**
 * scrypt from node:crypto. It runs in libuv's thread pool, so while a password is hashed the
 * event loop keeps answering other requests (the pure-JS default computes on the event loop).
 * `maxmem` follows the cost: node refuses anything above 32 MiB otherwise (N = 2^15 with r = 8).
 */
export const nodeScrypt: ScryptFunction = (password, salt, { N, r, p, dkLen }) =>
  new Promise((resolve, reject) => {
    try {
      scrypt(password, salt, dkLen, { N, r, p, maxmem: 128 * N * r * p + 32 * 1024 * 1024 }, (error, key) =>
        error ? reject(error) : resolve(new Uint8Array(key.buffer, key.byteOffset, key.byteLength)),
      );
    } catch (error) {
      // Parameters node rejects up front (N not a power of two) throw instead of calling back.
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
