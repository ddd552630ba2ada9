import * as v from 'valibot';
import { emailTarget, proveEmail } from '../contacts.js';
import type { EngineContext } from '../context.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import { needsEmail } from '../offers.js';
import type { FlowRecord, UserRecord } from '../records.js';
import { EmailSchema } from '../request-schemas.js';
import { acceptCode, minutes, renderSent, sendCode } from '../sends.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import { linkData, OptionalLinkData } from './link-data.js';
import type { ChoiceCall } from './types.js';

const VerifyRestartData = v.strictObject({ email: v.optional(EmailSchema) });

/** `flow/restart verify_email {email?}`: mails the verification link (to `email` if the account has none). */
export function restartVerifyEmail({ ctx, flow, data }: ChoiceCall): void {
  const input = parseOrFail(VerifyRestartData, data, '/data');
  const to = emailTarget(ctx, flow, input.email);
  sendCode(ctx, flow, 'verify_email', 'link', {
    to,
    channel: 'email',
    subject: 'Verify your email',
    text: (link) => `Open this link within ${minutes(ctx.config.codeLifetimeSeconds)} to verify ${to}: ${link}`,
  });
}

/**
 * `flow/update verify_email {state, code}` from the link marks the email verified. `{}` polls
 * (vanilla-js `verifyEmail()`), as does `""` from the "I've verified" button.
 */
export function updateVerifyEmail({ ctx, flow, data }: ChoiceCall): void {
  const proven = linkData(parseOrFail(OptionalLinkData, data, '/data'));
  if (!proven) {
    return;
  }
  acceptCode(ctx, flow, 'verify_email', proven.code, proven.state);
  saveFlowUser(ctx, flow, proveEmail(flow, requireFlowUser(ctx, flow)));
}

export function renderVerifyEmail(_ctx: EngineContext, flow: FlowRecord, user: UserRecord | undefined): WireChoice {
  const state = flow.sends.verify_email;
  const data: Extract<WireChoice, { choice: 'verify_email' }>['data'] = {
    ...renderSent(state),
    state: state?.state ?? '',
  };
  if (needsEmail(flow, user)) {
    data.need_email = true;
  }
  return { choice: 'verify_email', data };
}
