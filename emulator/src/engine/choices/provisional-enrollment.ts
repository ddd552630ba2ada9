import * as v from 'valibot';
import { emailTarget, proveEmail } from '../contacts.js';
import type { EngineContext } from '../context.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import type { FlowRecord } from '../records.js';
import { EmailSchema } from '../request-schemas.js';
import { acceptCode, minutes, renderSent, sendCode } from '../sends.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import { LinkData } from './link-data.js';
import type { ChoiceCall } from './types.js';

const ProvisionalRestartData = v.strictObject({ email: v.optional(EmailSchema) });

/**
 * `provisional_enrollment`: the only primary choice of an account an admin created (the users
 * hand-out with `provisional: true`). Restart mails a link; the link proves the email, and the
 * flow then offers the project's methods to enrol, as a sign-up would.
 */
export function restartProvisionalEnrollment({ ctx, flow, data }: ChoiceCall): void {
  const input = parseOrFail(ProvisionalRestartData, data, '/data');
  const to = emailTarget(ctx, flow, input.email);
  sendCode(ctx, flow, 'provisional_enrollment', 'link', {
    to,
    channel: 'email',
    subject: 'Verify your account',
    text: (link) => `An account was created for ${to}. Open this link within ${minutes(ctx.config.codeLifetimeSeconds)} to set it up: ${link}`,
  });
}

export function updateProvisionalEnrollment({ ctx, flow, data }: ChoiceCall): void {
  const link = parseOrFail(LinkData, data, '/data');
  acceptCode(ctx, flow, 'provisional_enrollment', link.code, link.state);
  saveFlowUser(ctx, flow, proveEmail(flow, requireFlowUser(ctx, flow)));
  flow.provisionalVerified = true;
}

export function renderProvisionalEnrollment(_ctx: EngineContext, flow: FlowRecord): WireChoice {
  const state = flow.sends.provisional_enrollment;
  return { choice: 'provisional_enrollment', data: { ...renderSent(state), state: state?.state ?? '' } };
}
