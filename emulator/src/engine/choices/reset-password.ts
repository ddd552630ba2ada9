import * as v from 'valibot';
import { proveEmail } from '../contacts.js';
import type { EngineContext } from '../context.js';
import { failValidation } from '../failures.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import type { FlowRecord } from '../records.js';
import { EmailSchema } from '../request-schemas.js';
import { acceptCode, minutes, renderSent, sendCode } from '../sends.js';
import { normalizeEmail } from '../users.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import { linkData, OptionalLinkData } from './link-data.js';
import type { ChoiceCall } from './types.js';

const ResetRestartData = v.strictObject({ email: v.optional(EmailSchema) });

/**
 * `flow/restart reset_password {email?}` ("Forgot password?"): mails the link
 * `<cb_uri>?state=pcb_…&code=poc_…`. `email`, if sent, must be the account's.
 */
export function restartResetPassword({ ctx, flow, data }: ChoiceCall): void {
  const input = parseOrFail(ResetRestartData, data, '/data');
  const user = requireFlowUser(ctx, flow);
  if (user.email === null || (input.email !== undefined && normalizeEmail(input.email) !== user.email)) {
    failValidation([{ code: 'BadState', source: '/data/email', detail: 'The email is not the account\'s' }]);
  }
  sendCode(ctx, flow, 'reset_password', 'link', {
    to: user.email,
    channel: 'email',
    subject: 'Reset your password',
    text: (link) =>
      `Someone asked to reset the password of ${user.email}.\n` +
      `Open this link within ${minutes(ctx.config.codeLifetimeSeconds)} to choose a new one: ${link}\n` +
      'If this was not you, ignore this message.',
  });
}

/**
 * `flow/update reset_password {state, code}` from the link → `phase_set_password`. `{}` only polls
 * (vanilla-js `resetPassword()` sends it).
 */
export function updateResetPassword({ ctx, flow, data }: ChoiceCall): void {
  const proven = linkData(parseOrFail(OptionalLinkData, data, '/data'));
  if (!proven) {
    return;
  }
  acceptCode(ctx, flow, 'reset_password', proven.code, proven.state);
  saveFlowUser(ctx, flow, proveEmail(flow, requireFlowUser(ctx, flow)));
  flow.proof = 'reset_password';
  flow.mustSetPassword = true;
}

export function renderResetPassword(_ctx: EngineContext, flow: FlowRecord): WireChoice {
  const state = flow.sends.reset_password;
  return { choice: 'reset_password', data: { ...renderSent(state), state: state?.state ?? '' } };
}
