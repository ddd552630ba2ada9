import type { ChoiceData, FlowChoice } from '../../../core/index.js';

/** The choices the code step serves. */
export type CodeMethod = 'email_otp' | 'sms_otp' | 'totp';

export type CodeChoice = Extract<FlowChoice, { choice: CodeMethod }>;

/** What every code choice may carry, read with safe defaults (missing means "not sent", "no secret"). */
export interface CodeChoiceState {
  method: CodeMethod;
  sent: boolean;
  resendTime: string | undefined;
  enrollment: boolean;
  /** `need_email` / `need_phone`: the server has no address to send to yet. */
  needsContact: boolean;
  totpSecret: ChoiceData<'totp'>['totp_secret'];
}

export function isCodeChoice(choice: FlowChoice | null): choice is CodeChoice {
  return choice?.choice === 'email_otp' || choice?.choice === 'sms_otp' || choice?.choice === 'totp';
}

export function codeChoiceState(choice: CodeChoice): CodeChoiceState {
  switch (choice.choice) {
    case 'email_otp':
      return {
        method: 'email_otp',
        sent: choice.data.sent === true,
        resendTime: choice.data.resend_time,
        enrollment: choice.data.enrollment === true,
        needsContact: choice.data.need_email === true,
        totpSecret: undefined,
      };
    case 'sms_otp':
      return {
        method: 'sms_otp',
        sent: choice.data.sent === true,
        resendTime: choice.data.resend_time,
        enrollment: choice.data.enrollment === true,
        needsContact: choice.data.need_phone === true,
        totpSecret: undefined,
      };
    case 'totp':
      return {
        method: 'totp',
        // A TOTP code is never sent: the app makes it.
        sent: true,
        resendTime: undefined,
        enrollment: choice.data.enrollment === true,
        needsContact: false,
        totpSecret: choice.data.totp_secret,
      };
    default:
      return choice satisfies never;
  }
}

/** TOTP enrolment: the QR code and key the server sent, to show instead of the body. */
export function totpSetupOf(state: CodeChoiceState): { qrImage: string; secret: string } | null {
  return state.method === 'totp' && state.enrollment && state.totpSecret !== undefined
    ? { qrImage: state.totpSecret.qr_image, secret: state.totpSecret.secret }
    : null;
}
