import type { FlowView } from '../../../core/index.js';
import { isRestarting } from '../../hooks/pending-call.js';
import { callButton } from '../../hooks/step-form.js';
import { useResendCountdown } from '../../hooks/use-resend-countdown.js';
import type { ResendButtonProps } from './resend-button.js';

/**
 * Resend for a code or a link: the countdown to the choice's `resend_time`, or to a refusal's
 * `Retry-After` when that ends later, and the button's state while the send runs.
 */
export function useResend(
  view: FlowView,
  resendTime: string | undefined,
): (sent: boolean, onResend: () => void) => Omit<ResendButtonProps, 'kind'> {
  const rateLimit = view.formError?.code === 'rate-limited' ? view.formError : null;
  const countdown = useResendCountdown(
    resendTime,
    rateLimit?.retryAfterSeconds === undefined ? null : { seconds: rateLimit.retryAfterSeconds, key: rateLimit },
  );
  return (sent, onResend) => ({ countdown, sent, ...callButton(view.busy, view.busy && isRestarting(view)), onResend });
}
