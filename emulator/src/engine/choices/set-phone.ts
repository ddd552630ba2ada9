import * as v from 'valibot';
import { applyPhone, checkPhone } from '../contacts.js';
import { requireFlowUser } from '../flow-user.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import type { ChoiceCall } from './types.js';

const SetPhoneData = v.strictObject({ phone: v.string() });

/**
 * `set_phone {phone}`: gives the phone number `sms_otp` needs, offered next to `sms_otp` with
 * `need_phone` (the hosted UI hides it then and uses `restart sms_otp {phone}`, which also works).
 */
export function updateSetPhone({ ctx, flow, data }: ChoiceCall): void {
  const { phone } = parseOrFail(SetPhoneData, data, '/data');
  const user = requireFlowUser(ctx, flow);
  applyPhone(flow, user, checkPhone(ctx, flow, user, phone, '/data/phone'));
}

export function renderSetPhone(): WireChoice {
  return { choice: 'set_phone', data: {} };
}
