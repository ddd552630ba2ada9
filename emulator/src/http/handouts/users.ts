import * as v from 'valibot';
import { toIso } from '../../engine/clock.js';
import { failValidation } from '../../engine/failures.js';
import { withSuccess } from '../../engine/lockouts.js';
import { hashPassword } from '../../engine/password-hash.js';
import type { UserRecord } from '../../engine/records.js';
import { EmailSchema } from '../../engine/request-schemas.js';
import { newUser, normalizeEmail, normalizePhone, normalizeUsername } from '../../engine/users.js';
import { objectSchema, parseOrFail } from '../../engine/validation.js';
import { jsonResponse } from '../envelope.js';
import type { EmulatorControls } from '../controls.js';
import type { Handout } from './types.js';

/** A user as the hand-out shows it: no password hash, TOTP secret or passkey keys. */
export interface UserSummary {
  id: string;
  username: string;
  email: string | null;
  phone: string | null;
  email_verified: boolean;
  disabled: boolean;
  provisional: boolean;
  /** `password`, `totp`, `passkey`, `social:google`, `saml:pss_…` */
  methods: string[];
  mfa: string[];
  profile: Record<string, string>;
  agreed: string[];
  created_at: string;
}

export function summarizeUser(user: UserRecord): UserSummary {
  const methods = [
    ...(user.passwordHash === null ? [] : ['password']),
    ...(user.totp === null ? [] : ['totp']),
    ...(user.passkeys.length === 0 ? [] : ['passkey']),
    ...user.linked,
  ];
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    phone: user.phone,
    email_verified: user.emailVerified,
    disabled: user.disabled,
    provisional: user.provisional,
    methods,
    mfa: [...user.mfa],
    profile: { ...user.profile },
    agreed: [...user.agreed],
    created_at: toIso(user.createdAt),
  };
}

/** `GET /__emulator/users`: `{ users: UserSummary[] }`, oldest first. */
export const getUsers: Handout = ({ controls }) =>
  jsonResponse(200, { users: controls.ctx.store.listUsers().map(summarizeUser) });

const UserBody = v.strictObject({
  username: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(320))),
  email: v.optional(EmailSchema),
  phone: v.optional(v.string()),
  password: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(1024))),
  email_verified: v.optional(v.boolean()),
  disabled: v.optional(v.boolean()),
  provisional: v.optional(v.boolean()),
  profile: v.optional(
    objectSchema(v.record(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,63}$/)), v.pipe(v.string(), v.maxLength(1024)))),
  ),
  agreed: v.optional(v.array(v.string())),
});

/**
 * `POST /__emulator/users`: creates the user named by `username` (or, by the project's format,
 * `email` / `phone`), or changes the one that exists: set `disabled: true` to test `DisabledUser`,
 * `provisional: true` for `provisional_enrollment`. New users are email-verified unless provisional.
 */
export const postUser: Handout = async ({ controls, body }) => {
  const input = parseOrFail(UserBody, body);
  const { ctx } = controls;
  const username = usernameOf(controls, input);
  const passwordHash =
    input.password === undefined ? undefined : await hashPassword(input.password, ctx.config.scryptCost, ctx.random, ctx.scrypt);
  const existing = ctx.store.getUserByUsername(username);
  const email = input.email === undefined ? undefined : normalizeEmail(input.email);
  const phone = input.phone === undefined ? undefined : requirePhone(input.phone);
  const owner = email === undefined ? undefined : ctx.store.getUserByEmail(email);
  if (owner && owner.id !== existing?.id) {
    failValidation([{ code: 'BadState', source: '/email', detail: 'Another user has this email' }]);
  }
  const provisional = input.provisional ?? existing?.provisional ?? false;
  const found = existing ?? newUser(ctx, { username, emailVerified: !provisional });
  // A password set here ends a lock the old one's wrong guesses caused, as a reset does.
  const base = passwordHash === undefined ? found : (withSuccess(found, 'password') ?? found);
  const user: UserRecord = {
    ...base,
    email: email ?? base.email ?? (ctx.config.usernameFormat === 'email' ? username : null),
    phone: phone ?? base.phone ?? (ctx.config.usernameFormat === 'phone' ? username : null),
    passwordHash: passwordHash ?? base.passwordHash,
    emailVerified: input.email_verified ?? base.emailVerified,
    disabled: input.disabled ?? base.disabled,
    provisional,
    profile: { ...base.profile, ...input.profile },
    agreed: input.agreed ?? base.agreed,
  };
  ctx.store.putUser(user);
  return jsonResponse(existing ? 200 : 201, { user: summarizeUser(user) });
};

function usernameOf(controls: EmulatorControls, input: v.InferOutput<typeof UserBody>): string {
  const format = controls.ctx.config.usernameFormat;
  const raw = input.username ?? (format === 'email' ? input.email : format === 'phone' ? input.phone : undefined);
  if (raw === undefined) {
    return failValidation([{ code: 'FieldRequired', source: '/username', detail: 'username is required' }]);
  }
  const username = normalizeUsername(format, raw);
  if (username === undefined || (format === 'email' && !v.is(EmailSchema, username))) {
    return failValidation([
      { code: 'DoesNotMatchPattern', source: '/username', detail: `username is not a valid ${format} username` },
    ]);
  }
  return username;
}

function requirePhone(phone: string): string {
  const normalized = normalizePhone(phone);
  if (normalized === undefined) {
    return failValidation([{ code: 'DoesNotMatchPattern', source: '/phone', detail: 'phone is not an E.164 number' }]);
  }
  return normalized;
}
