import type { Exchange } from './session.js';

/**
 * Takes the secrets out of recorded exchanges, putting in placeholders that are stable (the same
 * value always gets the same placeholder, numbered in order of appearance) and keep the formats
 * of spec §3, so the fixtures still pass the kit's schemas and still show which token a later
 * request reuses:
 * - tokens, link and provider codes, login codes and invitations (`ptu_`, `ptr_`, `poc_`, `pmc_`,
 *   `pmi_`): `<prefix>_scrubbed…`, 32 base32 chars, wherever they appear (also inside URLs);
 * - 6-digit codes sent to `email_otp`, `sms_otp` and `totp`: `000000`, `000001`, …;
 * - passwords: every letter, digit and sign replaced by one of its class (`My1s+Password` becomes
 *   `Xx0x+Xxxxxxxx`), so a weak one stays weak and a good one stays good;
 * - TOTP secrets: `SCRUBBEDTOTPSECRET…` (base32, same length), and the QR image: a blank PNG.
 * The JWKS key is public, but WebCrypto makes a new one each run: its coordinates are replaced too.
 */
export function scrubExchanges(exchanges: readonly Exchange[]): Exchange[] {
  const scrubber = new Scrubber();
  return exchanges.map((exchange) => scrubber.exchange(structuredClone(exchange)));
}

const SECRET_ID = /\b(ptu|ptr|poc|pmc|pmi)_[a-z2-7]{32}\b/g;
const CODE_CHOICES = new Set(['email_otp', 'sms_otp', 'totp']);
const PASSWORD_CHOICES = new Set(['password', 'set_password']);
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** A 1×1 transparent PNG. */
const BLANK_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

class Scrubber {
  private readonly ids = new Map<string, string>();
  private readonly codes = new Map<string, string>();
  private readonly totpSecrets = new Map<string, string>();

  exchange(exchange: Exchange): Exchange {
    const { body } = exchange.request;
    const choice = typeof body['choice'] === 'string' ? body['choice'] : undefined;
    const data = body['data'];
    if (choice !== undefined && isRecord(data)) {
      if (CODE_CHOICES.has(choice) && typeof data['code'] === 'string') {
        data['code'] = this.code(data['code']);
      }
      if (PASSWORD_CHOICES.has(choice) && typeof data['password'] === 'string') {
        data['password'] = maskPassword(data['password']);
      }
    }
    this.totp(exchange.response.body.result);
    this.jwks(exchange.request.path, exchange.response.body.result);
    return this.strings(exchange) as Exchange;
  }

  /** Replaces the secret ids in every string of `value`. */
  private strings(value: unknown): unknown {
    if (typeof value === 'string') {
      return value.replace(SECRET_ID, (id, prefix: string) => this.placeholder(this.ids, id, (n) => `${prefix}_${scrubbedId(n)}`));
    }
    if (Array.isArray(value)) {
      return value.map((item) => this.strings(item));
    }
    if (isRecord(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.strings(item)]));
    }
    return value;
  }

  private code(code: string): string {
    return this.placeholder(this.codes, code, (n) => String(n).padStart(6, '0'));
  }

  private totp(result: unknown): void {
    const choices = isRecord(result) && Array.isArray(result['flow_choices']) ? result['flow_choices'] : [];
    for (const entry of choices) {
      const secret = isRecord(entry) && isRecord(entry['data']) ? entry['data']['totp_secret'] : undefined;
      if (isRecord(secret) && typeof secret['secret'] === 'string') {
        const length = secret['secret'].length;
        secret['secret'] = this.placeholder(this.totpSecrets, secret['secret'], (n) =>
          `SCRUBBEDTOTPSECRET${'A'.repeat(Math.max(0, length - 19))}${(BASE32[n % 32] ?? 'a').toUpperCase()}`.slice(0, length),
        );
        secret['qr_image'] = BLANK_PNG;
      }
    }
  }

  private jwks(path: string, result: unknown): void {
    if (path !== '/v2/client/jwks' || !isRecord(result) || !Array.isArray(result['keys'])) {
      return;
    }
    for (const key of result['keys']) {
      if (isRecord(key)) {
        key['x'] = 'scrubbed-x-coordinate'.padEnd(43, 'A');
        key['y'] = 'scrubbed-y-coordinate'.padEnd(43, 'A');
      }
    }
  }

  private placeholder(seen: Map<string, string>, value: string, make: (n: number) => string): string {
    let placeholder = seen.get(value);
    if (placeholder === undefined) {
      placeholder = make(seen.size);
      seen.set(value, placeholder);
    }
    return placeholder;
  }
}

/** `scrubbed` + 24 base32 digits of `n`: 32 chars of `[a-z2-7]`, like a real id. */
function scrubbedId(n: number): string {
  let digits = '';
  let rest = n;
  do {
    digits = (BASE32[rest % 32] ?? 'a') + digits;
    rest = Math.floor(rest / 32);
  } while (rest > 0);
  return `scrubbed${digits.padStart(24, 'a')}`;
}

function maskPassword(password: string): string {
  return password.replace(/[a-z]/g, 'x').replace(/[A-Z]/g, 'X').replace(/[0-9]/g, '0').replace(/[^xX0]/g, '+');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
