import * as v from 'valibot';
import type { EngineContext } from '../context.js';
import { parseOrFail } from '../validation.js';
import { wirePasswordPolicy } from '../wire-password-policy.js';
import type { WireChoice } from '../wire-types.js';
import { enrolPassword } from './password.js';
import type { ChoiceCall } from './types.js';

const SetPasswordData = v.strictObject({ password: v.string() });

/** `set_password {password}` in `phase_set_password` (after a reset link): a new password under the policy. */
export async function updateSetPassword({ ctx, flow, data }: ChoiceCall): Promise<void> {
  const { password } = parseOrFail(SetPasswordData, data, '/data');
  await enrolPassword(ctx, flow, password);
  flow.mustSetPassword = false;
}

export function renderSetPassword(ctx: EngineContext): WireChoice {
  return { choice: 'set_password', data: { enrollment: false, password_policy: wirePasswordPolicy(ctx.config.passwordPolicy) } };
}
