import type { EngineContext } from '../context.js';
import { fail, failValidation } from '../failures.js';
import { reloadUnchanged } from '../flow-store.js';
import { newId } from '../ids.js';
import { hashPassword, verifyPassword } from '../password-hash.js';
import { checkPasswordPolicy } from '../password-policy.js';
import type { FlowRecord, FlowStep } from '../records.js';

type PasswordStep = Extract<FlowStep, { name: 'signup_password' | 'signin_password' }>;

/**
 * `password`: sign-up sets it (policy checked, user created at once so it can sign in as soon as
 * this flow completes); sign-in verifies it (400 `AuthenticationFailure` when wrong).
 */
export async function updatePassword(
  ctx: EngineContext,
  flow: FlowRecord,
  step: PasswordStep,
  password: string,
): Promise<FlowStep> {
  switch (step.name) {
    case 'signup_password':
      return signUp(ctx, flow, step.email, password);
    case 'signin_password':
      return signIn(ctx, step, password);
    default:
      return step satisfies never;
  }
}

async function signUp(ctx: EngineContext, flow: FlowRecord, email: string, password: string): Promise<FlowStep> {
  const errors = checkPasswordPolicy(password, ctx.config.passwordPolicy, '/data/password');
  if (errors.length > 0) {
    failValidation(errors);
  }
  const passwordHash = await hashPassword(password, ctx.config.scryptCost, ctx.random);
  reloadUnchanged(ctx, flow);
  if (ctx.store.getUserByEmail(email)) {
    failValidation([{ code: 'BadState', source: '/choice', detail: 'An account with this email already exists' }]);
  }
  const userId = newId('pui', ctx.random);
  ctx.store.putUser({ id: userId, email, passwordHash, profile: {}, createdAt: ctx.now() });
  return { name: 'completed', kind: 'signup', email, userId };
}

async function signIn(
  ctx: EngineContext,
  step: Extract<FlowStep, { name: 'signin_password' }>,
  password: string,
): Promise<FlowStep> {
  const user = ctx.store.getUserByEmail(step.email);
  if (!user || !(await verifyPassword(password, user.passwordHash))) {
    fail({ status: 'AuthenticationFailure' });
  }
  return { name: 'completed', kind: 'signin', email: step.email, userId: user.id };
}
