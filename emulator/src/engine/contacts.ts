import type { EngineContext } from './context.js';
import { failValidation } from './failures.js';
import { contactEmail, contactPhone, requireFlowUser } from './flow-user.js';
import type { FlowRecord, UserRecord } from './records.js';
import { normalizeEmail, normalizePhone } from './users.js';

/**
 * An email or phone number given during a flow (`need_email`, `need_phone`, "change email
 * address"). A sign-up's draft takes it at once; a stored account keeps it on the flow until a
 * code sent to it proves it. The identifier the user signs in with cannot be changed here.
 */

/** Validates `email` as the flow's address and returns it normalised; fails at `source`. */
export function checkEmail(ctx: EngineContext, flow: FlowRecord, user: UserRecord, email: string, source: string): string {
  const normalized = normalizeEmail(email);
  const fixed = flow.draft === null || ctx.config.usernameFormat === 'email' ? user.email : null;
  if (fixed !== null && fixed !== normalized) {
    failValidation([{ code: 'BadState', source, detail: 'The email of this account cannot be changed here' }]);
  }
  const owner = ctx.store.getUserByEmail(normalized);
  if (owner && owner.id !== user.id) {
    failValidation([{ code: 'BadState', source, detail: 'An account with this email already exists' }]);
  }
  return normalized;
}

/** Records a checked email; returns the user as it is now (for drafts, the changed draft). */
export function applyEmail(flow: FlowRecord, user: UserRecord, email: string): UserRecord {
  if (user.email === email) {
    return user;
  }
  if (flow.draft !== null) {
    flow.draft = { ...user, email, emailVerified: false };
    return flow.draft;
  }
  flow.pendingEmail = email;
  return user;
}

export function checkPhone(ctx: EngineContext, flow: FlowRecord, user: UserRecord, phone: string, source: string): string {
  const normalized = normalizePhone(phone);
  if (normalized === undefined) {
    return failValidation([
      { code: 'DoesNotMatchPattern', source, detail: `${source.slice(1).replaceAll('/', '.')} is not an E.164 phone number` },
    ]);
  }
  const fixed = flow.draft === null || ctx.config.usernameFormat === 'phone' ? user.phone : null;
  if (fixed !== null && fixed !== normalized) {
    failValidation([{ code: 'BadState', source, detail: 'The phone number of this account cannot be changed here' }]);
  }
  return normalized;
}

export function applyPhone(flow: FlowRecord, user: UserRecord, phone: string): UserRecord {
  if (user.phone === phone) {
    return user;
  }
  if (flow.draft !== null) {
    flow.draft = { ...user, phone };
    return flow.draft;
  }
  flow.pendingPhone = phone;
  return user;
}

/** A code went to `address` and came back: the account now has it, proven. */
export function proveEmail(flow: FlowRecord, user: UserRecord): UserRecord {
  const email = user.email ?? flow.pendingEmail;
  flow.pendingEmail = null;
  return email === null ? user : { ...user, email, emailVerified: true };
}

export function provePhone(flow: FlowRecord, user: UserRecord): UserRecord {
  const phone = user.phone ?? flow.pendingPhone;
  flow.pendingPhone = null;
  return { ...user, phone };
}

/** Where a restart sends: `email` from the request (recorded), else the one known; required. */
export function emailTarget(ctx: EngineContext, flow: FlowRecord, email: string | undefined): string {
  let user = requireFlowUser(ctx, flow);
  if (email !== undefined) {
    user = applyEmail(flow, user, checkEmail(ctx, flow, user, email, '/data/email'));
  }
  const to = contactEmail(flow, user);
  if (to === null) {
    return failValidation([{ code: 'FieldRequired', source: '/data/email', detail: 'data.email is required' }]);
  }
  return to;
}

export function phoneTarget(ctx: EngineContext, flow: FlowRecord, phone: string | undefined): string {
  let user = requireFlowUser(ctx, flow);
  if (phone !== undefined) {
    user = applyPhone(flow, user, checkPhone(ctx, flow, user, phone, '/data/phone'));
  }
  const to = contactPhone(flow, user);
  if (to === null) {
    return failValidation([{ code: 'FieldRequired', source: '/data/phone', detail: 'data.phone is required' }]);
  }
  return to;
}
