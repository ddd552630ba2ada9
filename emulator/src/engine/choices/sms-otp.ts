import * as v from 'valibot';
import { phoneTarget, provePhone } from '../contacts.js';
import type { EngineContext } from '../context.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import { passStep } from '../flow-view.js';
import { needsPhone, type OfferOf } from '../offers.js';
import type { FlowRecord, UserRecord } from '../records.js';
import { OtpCodeSchema } from '../request-schemas.js';
import { acceptCode, minutes, renderSent, sendCode } from '../sends.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import type { ChoiceCall } from './types.js';

const SmsOtpRestartData = v.strictObject({ phone: v.optional(v.string()) });
const SmsOtpData = v.strictObject({ code: OtpCodeSchema });

/**
 * `flow/restart sms_otp {phone?}`: texts a 6-digit code. While the choice shows `need_phone`, the
 * UI asks for a number and sends it here (spec §5).
 */
export function restartSmsOtp({ ctx, flow, data }: ChoiceCall): void {
  const input = parseOrFail(SmsOtpRestartData, data, '/data');
  const to = phoneTarget(ctx, flow, input.phone);
  sendCode(ctx, flow, 'sms_otp', 'digits', {
    to,
    channel: 'sms',
    subject: 'Verification code',
    text: (code) => `${code} is your verification code. It expires in ${minutes(ctx.config.codeLifetimeSeconds)}.`,
  });
}

/** `flow/update sms_otp {code}`: passes the phase, proves the phone, enrols it in `phase_secondary`. */
export function updateSmsOtp({ ctx, flow, view, data }: ChoiceCall): void {
  const { code } = parseOrFail(SmsOtpData, data, '/data');
  acceptCode(ctx, flow, 'sms_otp', code);
  const user = provePhone(flow, requireFlowUser(ctx, flow));
  const enrolled = view.phase === 'phase_secondary' && !user.mfa.includes('sms_otp');
  saveFlowUser(ctx, flow, enrolled ? { ...user, mfa: [...user.mfa, 'sms_otp'] } : user);
  passStep(flow, view, 'sms_otp');
}

export function renderSmsOtp(
  _ctx: EngineContext,
  flow: FlowRecord,
  user: UserRecord | undefined,
  offer: OfferOf<'sms_otp'>,
): WireChoice {
  const data: Extract<WireChoice, { choice: 'sms_otp' }>['data'] = {
    ...renderSent(flow.sends.sms_otp),
    enrollment: offer.enrollment,
  };
  if (needsPhone(flow, user)) {
    data.need_phone = true;
  }
  return { choice: 'sms_otp', data };
}
