import type { UsernameFormat } from './config/types.js';
import type { EngineContext } from './context.js';
import { newId } from './ids.js';
import type { UserRecord } from './records.js';

/** Emails are matched case-insensitively, and stored the way they are matched. */
export function normalizeEmail(email: string): string {
  return email.toLowerCase();
}

/**
 * A phone number as E.164 (`+15551234567`), or `undefined` if it is not one. Spaces, dashes,
 * dots and brackets are dropped first, so the spec's example `+1-808-555-0173` is accepted.
 */
export function normalizePhone(phone: string): string | undefined {
  const compact = phone.replace(/[\s().-]/g, '');
  return /^\+[1-9]\d{6,14}$/.test(compact) ? compact : undefined;
}

/** How a username of the project's format is stored and matched. */
export function normalizeUsername(format: UsernameFormat, username: string): string | undefined {
  switch (format) {
    case 'email':
      return normalizeEmail(username);
    case 'string':
      return username.toLowerCase();
    case 'phone':
      return normalizePhone(username);
    default:
      return format satisfies never;
  }
}

/** A user not stored yet: a sign-up's draft, or one made by the users hand-out. */
export function newUser(ctx: EngineContext, fields: Partial<UserRecord> & Pick<UserRecord, 'username'>): UserRecord {
  return {
    id: newId('pui', ctx.random),
    email: null,
    phone: null,
    emailVerified: false,
    passwordHash: null,
    totp: null,
    passkeys: [],
    linked: [],
    mfa: [],
    profile: {},
    agreed: [],
    disabled: false,
    provisional: false,
    createdAt: ctx.now(),
    ...fields,
  };
}
