import * as v from 'valibot';
import { applyEmail, checkEmail } from '../contacts.js';
import type { EngineContext } from '../context.js';
import { fail, failValidation } from '../failures.js';
import { assertFresh } from '../flow-store.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import { offerOf, passStep } from '../flow-view.js';
import { assertUnlocked, withFailure, withSuccess } from '../lockouts.js';
import { needsEmail, type OfferOf } from '../offers.js';
import { hashPassword, verifyPassword } from '../password-hash.js';
import { checkPasswordPolicy } from '../password-policy.js';
import type { FlowRecord } from '../records.js';
import { EmailSchema } from '../request-schemas.js';
import { parseOrFail } from '../validation.js';
import { wirePasswordPolicy } from '../wire-password-policy.js';
import type { WireChoice } from '../wire-types.js';
import type { ChoiceCall } from './types.js';

const PasswordData = v.strictObject({ password: v.string(), email: v.optional(EmailSchema) });

/**
 * `password {password, email?}`. Enrolment (sign-up, or a provisioned account) checks the policy
 * and stores an scrypt hash; `email` is required while the choice shows `need_email`. Sign-in
 * verifies the hash: a wrong password is 400 `AuthenticationFailure`, counted on the account
 * across flows, and `maxAttempts` in a row lock password sign-in for `lockoutSeconds`
 * (`TooManyRequests`, lockouts.ts). A locked account is refused before hashing.
 */
export async function updatePassword({ ctx, flow, view, data }: ChoiceCall): Promise<void> {
  const input = parseOrFail(PasswordData, data, '/data');
  const offer = offerOf(view, 'password');
  const user = requireFlowUser(ctx, flow);
  if (!offer.enrollment) {
    assertUnlocked(ctx, user, 'password');
    const right = user.passwordHash !== null && (await verifyPassword(input.password, user.passwordHash, ctx.scrypt));
    // Read again after the await: other requests may have counted guesses meanwhile.
    const current = requireFlowUser(ctx, flow);
    if (!right) {
      saveFlowUser(ctx, flow, withFailure(ctx, current, 'password'));
      fail({ status: 'AuthenticationFailure' });
    }
    assertFresh(ctx, flow);
    const cleared = withSuccess(current, 'password');
    if (cleared) {
      saveFlowUser(ctx, flow, cleared);
    }
    passStep(flow, view, 'password');
    return;
  }
  let email: string | undefined;
  if (input.email !== undefined) {
    email = checkEmail(ctx, flow, user, input.email, '/data/email');
  } else if (needsEmail(flow, user)) {
    failValidation([{ code: 'FieldRequired', source: '/data/email', detail: 'data.email is required' }]);
  }
  await enrolPassword(ctx, flow, input.password);
  const enrolled = requireFlowUser(ctx, flow);
  saveFlowUser(ctx, flow, email === undefined ? enrolled : applyEmail(flow, enrolled, email));
  passStep(flow, view, 'password');
}

/** Checks `password` against the policy and stores its hash on the flow's user. */
export async function enrolPassword(ctx: EngineContext, flow: FlowRecord, password: string): Promise<void> {
  const errors = checkPasswordPolicy(password, ctx.config.passwordPolicy, '/data/password');
  if (errors.length > 0) {
    failValidation(errors);
  }
  const passwordHash = await hashPassword(password, ctx.config.scryptCost, ctx.random, ctx.scrypt);
  assertFresh(ctx, flow);
  const user = requireFlowUser(ctx, flow);
  // A new password (say after a reset) ends a lock the old one's guesses caused.
  saveFlowUser(ctx, flow, { ...(withSuccess(user, 'password') ?? user), passwordHash });
}

export function renderPassword(
  ctx: EngineContext,
  flow: FlowRecord,
  user: Parameters<typeof needsEmail>[1],
  offer: OfferOf<'password'>,
): WireChoice {
  const data: Extract<WireChoice, { choice: 'password' }>['data'] = {
    enrollment: offer.enrollment,
    password_policy: wirePasswordPolicy(ctx.config.passwordPolicy),
  };
  if (offer.enrollment && ctx.config.usernameFormat !== 'email') {
    data.need_email = needsEmail(flow, user);
  }
  return { choice: 'password', data };
}
