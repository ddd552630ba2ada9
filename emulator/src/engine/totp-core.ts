import { Secret, TOTP } from 'otpauth';
import type { RandomSource } from './ids.js';

/** RFC 6238 with the parameters every authenticator app supports: SHA-1, 6 digits, 30 s steps. */
const PERIOD = 30;

function totp(secret: string, label = 'user'): TOTP {
  return new TOTP({
    issuer: 'AuthN emulator',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A new 160-bit secret (the RFC 4226 recommendation), in base32 as apps take it. */
export function newTotpSecret(random: RandomSource): string {
  return new Secret({ buffer: random(20).slice().buffer }).base32;
}

/** The `otpauth://` URI an authenticator app scans. */
export function totpUri(secret: string, label: string): string {
  return totp(secret, label).toString();
}

/**
 * The time step `code` belongs to, accepting one step of drift either way; `null` if it matches
 * none. Callers compare the step with the last one used to refuse replays (RFC 6238 §5.2).
 */
export function matchTotp(secret: string, code: string, now: number): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

/** The code for `now`; for tests and the docs, not used by the engine. */
export function totpCode(secret: string, now: number): string {
  return totp(secret).generate({ timestamp: now });
}
