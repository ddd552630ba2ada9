import type { FlowIssue, FlowView } from '../../../core/index.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/use-messages.js';
import { totpSetupOf, type CodeChoiceState, type CodeMethod } from './code-choice.js';

/**
 * Issues that mean "this code will not work" (the input is cleared for the next one), each with
 * the name its messages share.
 */
const REJECTED_CODE: Partial<Record<FlowIssue['code'], 'wrong' | 'expired' | 'used'>> = {
  'authentication-failed': 'wrong',
  'code-expired': 'expired',
  'code-used': 'used',
};

export function isRejectedCode(issue: FlowIssue | undefined): boolean {
  return issue !== undefined && REJECTED_CODE[issue.code] !== undefined;
}

/**
 * A rejected code, worded for where the next one comes from (spec §8, §9.3): a sent code needs a
 * resend ("Resend code to try again"), an app code needs the next step ("Retry with the next code").
 */
export function codeIssueMessage(t: Translate, issue: FlowIssue, method: CodeMethod): string {
  const rejected = REJECTED_CODE[issue.code];
  if (rejected === undefined) {
    return translateIssue(t, issue);
  }
  return t(method === 'totp' ? `code.error.${rejected}Totp` : `code.error.${rejected}`);
}

/**
 * The step's title. "Check your email" / "Check your phone" only once a code is on its way there:
 * before that (nothing sent yet, or an address being typed) the title says what the step is for.
 */
export function codeHeadingKey(view: FlowView, state: CodeChoiceState, entering: boolean): MessageKey {
  if (totpSetupOf(state) !== null) {
    return 'code.heading.totpSetup';
  }
  if (view.phase === 'phase_secondary') {
    return 'code.heading.secondary';
  }
  const sent = state.sent && !entering;
  switch (state.method) {
    case 'email_otp':
      return sent ? 'code.heading.email' : 'code.heading.emailSend';
    case 'sms_otp':
      return sent ? 'code.heading.sms' : 'code.heading.smsSend';
    case 'totp':
      return 'code.heading.totp';
    default:
      return state.method satisfies never;
  }
}

/** The line under the heading: where the code went, or that it is on its way. */
export function codeBody(t: Translate, state: CodeChoiceState, sending: boolean, target: string | undefined): string {
  if (state.method === 'totp') {
    return t('code.body.totp');
  }
  if (!state.sent) {
    return t(sending ? 'code.body.sending' : 'code.body.notSent');
  }
  if (state.method === 'email_otp') {
    return target === undefined ? t('code.body.emailNoAddress') : t('code.body.email', { email: target });
  }
  return target === undefined ? t('code.body.smsNoNumber') : t('code.body.sms', { phone: target });
}
