import type { EngineContext } from '../context.js';
import { failValidation } from '../failures.js';
import { reloadUnchanged } from '../flow-store.js';
import { hashPassword } from '../password-hash.js';
import { checkPasswordPolicy } from '../password-policy.js';
import type { FlowRecord, FlowStep } from '../records.js';

type SetPasswordStep = Extract<FlowStep, { name: 'set_password' }>;

/** `set_password` after a reset link: a new password under the policy, then the flow completes. */
export async function updateSetPassword(
  ctx: EngineContext,
  flow: FlowRecord,
  step: SetPasswordStep,
  password: string,
): Promise<FlowStep> {
  const errors = checkPasswordPolicy(password, ctx.config.passwordPolicy, '/data/password');
  if (errors.length > 0) {
    failValidation(errors);
  }
  const passwordHash = await hashPassword(password, ctx.config.scryptCost, ctx.random);
  reloadUnchanged(ctx, flow);
  const user = ctx.store.getUserByEmail(step.email);
  if (!user) {
    failValidation([{ code: 'DoesNotExist', source: '/choice', detail: 'The account no longer exists' }]);
  }
  ctx.store.putUser({ ...user, passwordHash });
  return { name: 'completed', kind: 'signin', email: step.email, userId: user.id };
}
