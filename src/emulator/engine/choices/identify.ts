import type { EngineContext } from '../context.js';
import { failValidation } from '../failures.js';
import { newId } from '../ids.js';
import type { FlowKind, FlowStep } from '../records.js';
import { normalizeEmail } from '../users.js';

/**
 * The step after an email is known (`set_email`, or `flow/start` with `email`): sign-in for a
 * known user, sign-up otherwise. `source` points at the email in the request body.
 *
 * When the flow's kinds rule the answer out, it is a ValidationError on the email field (our
 * choice; the spec does not say), so a UI can show it next to the field:
 * - sign-in only and the email is unknown → `DoesNotExist`;
 * - sign-up only and the email is known → `BadState`.
 */
export function identify(ctx: EngineContext, kinds: FlowKind[], rawEmail: string, source: string): FlowStep {
  const email = normalizeEmail(rawEmail);
  const user = ctx.store.getUserByEmail(email);
  if (user) {
    if (!kinds.includes('signin')) {
      failValidation([{ code: 'BadState', source, detail: 'An account with this email already exists' }]);
    }
    return {
      name: 'signin_password',
      email,
      userId: user.id,
      reset: { state: newId('pcb', ctx.random), sent: false, resendAt: null, code: null },
    };
  }
  if (!kinds.includes('signup')) {
    failValidation([{ code: 'DoesNotExist', source, detail: 'No account exists for this email' }]);
  }
  return { name: 'signup_password', email };
}
