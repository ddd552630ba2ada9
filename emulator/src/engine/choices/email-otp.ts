import * as v from 'valibot';
import { emailTarget, proveEmail } from '../contacts.js';
import type { EngineContext } from '../context.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import { passStep } from '../flow-view.js';
import { needsEmail, type OfferOf } from '../offers.js';
import type { FlowRecord, UserRecord } from '../records.js';
import { EmailSchema, OtpCodeSchema } from '../request-schemas.js';
import { acceptCode, minutes, renderSent, sendCode } from '../sends.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import type { ChoiceCall } from './types.js';

const EmailOtpRestartData = v.strictObject({ email: v.optional(EmailSchema) });
const EmailOtpData = v.strictObject({ code: OtpCodeSchema });

/** `flow/restart email_otp {email?}`: mails a 6-digit code (the UI calls it while `sent` is false). */
export function restartEmailOtp({ ctx, flow, data }: ChoiceCall): void {
  const input = parseOrFail(EmailOtpRestartData, data, '/data');
  const to = emailTarget(ctx, flow, input.email);
  sendCode(ctx, flow, 'email_otp', 'digits', {
    to,
    channel: 'email',
    subject: 'Your verification code',
    text: (code) => `Your verification code is ${code}. It expires in ${minutes(ctx.config.codeLifetimeSeconds)}.`,
  });
}

/**
 * `flow/update email_otp {code}`: passes `phase_primary` or `phase_secondary`, proves the email,
 * and in `phase_secondary` enrols email codes as the account's second factor.
 */
export function updateEmailOtp({ ctx, flow, view, data }: ChoiceCall): void {
  const { code } = parseOrFail(EmailOtpData, data, '/data');
  acceptCode(ctx, flow, 'email_otp', code);
  const user = proveEmail(flow, requireFlowUser(ctx, flow));
  const enrolled = view.phase === 'phase_secondary' && !user.mfa.includes('email_otp');
  saveFlowUser(ctx, flow, enrolled ? { ...user, mfa: [...user.mfa, 'email_otp'] } : user);
  passStep(flow, view, 'email_otp');
}

export function renderEmailOtp(
  _ctx: EngineContext,
  flow: FlowRecord,
  user: UserRecord | undefined,
  offer: OfferOf<'email_otp'>,
): WireChoice {
  const data: Extract<WireChoice, { choice: 'email_otp' }>['data'] = {
    ...renderSent(flow.sends.email_otp),
    enrollment: offer.enrollment,
  };
  if (needsEmail(flow, user)) {
    data.need_email = true;
  }
  return { choice: 'email_otp', data };
}
