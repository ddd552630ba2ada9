import type { EngineContext } from '../context.js';
import { fail, failValidation } from '../failures.js';
import { newId } from '../ids.js';
import { constantTimeEqual } from '../password-hash.js';
import type { FlowRecord, FlowStep } from '../records.js';

type SignInStep = Extract<FlowStep, { name: 'signin_password' }>;

/** How long before `reset_password` may be sent again, shown as `resend_time`. */
export const RESET_RESEND_SECONDS = 30;

/**
 * `flow/restart` `reset_password`: mails a link `<cb_uri>?state=pcb_…&code=poc_…` (to the outbox).
 * Each send makes a new code, so only the newest link works. `resend_time` is advisory for now.
 */
export function restartResetPassword(ctx: EngineContext, flow: FlowRecord, step: SignInStep): FlowStep {
  const code = newId('poc', ctx.random);
  const link = callbackLink(flow.cbUri, step.reset.state, code);
  ctx.store.appendOutbox({
    to: step.email,
    channel: 'email',
    subject: 'Reset your password',
    text:
      `Someone asked to reset the password of ${step.email}.\n` +
      `Open this link to choose a new one: ${link}\n` +
      'If this was not you, ignore this message.',
    code,
    link,
  });
  const now = ctx.now();
  return { ...step, reset: { ...step.reset, sent: true, code, resendAt: now + RESET_RESEND_SECONDS * 1000 } };
}

/**
 * `flow/update` `reset_password {state, code}` from the emailed link → `phase_set_password`.
 * `{}` (both absent) leaves the flow as it is, like `""`.
 */
export function updateResetPassword(
  step: SignInStep,
  data: { state?: string | undefined; code?: string | undefined },
): FlowStep {
  if (data.state === undefined && data.code === undefined) {
    return step;
  }
  if (data.state === undefined || data.code === undefined) {
    const missing = data.state === undefined ? 'state' : 'code';
    failValidation([{ code: 'FieldRequired', source: `/data/${missing}`, detail: `data.${missing} is required` }]);
  }
  if (data.state !== step.reset.state) {
    failValidation([{ code: 'BadState', source: '/data/state', detail: 'data.state does not belong to this flow' }]);
  }
  if (step.reset.code === null) {
    failValidation([{ code: 'BadState', source: '/choice', detail: 'No reset link has been sent for this flow' }]);
  }
  const encoder = new TextEncoder();
  if (!constantTimeEqual(encoder.encode(data.code), encoder.encode(step.reset.code))) {
    fail({ status: 'AuthenticationFailure' });
  }
  return { name: 'set_password', email: step.email, userId: step.userId };
}

function callbackLink(cbUri: string | null, state: string, code: string): string {
  const url = new URL(cbUri ?? 'http://localhost');
  url.searchParams.set('state', state);
  url.searchParams.set('code', code);
  return url.toString();
}
