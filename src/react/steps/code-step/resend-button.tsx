import type { CountdownAnnouncement, ResendCountdown } from '../../hooks/use-resend-countdown.js';
import { useMessages, type Translate } from '../../i18n/use-messages.js';
import { resendMessages } from '../../i18n/en/resend.js';
import { Button } from '../../primitives/button.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { visuallyHidden } from '../shared/visually-hidden.js';

/**
 * What is resent, a code or an emailed link: the wording differs, the behaviour does not. Named
 * for the prefix both kinds' messages share their keys under.
 */
export type ResendKind = 'code' | 'emailLink';

export interface ResendButtonProps {
  kind: ResendKind;
  countdown: ResendCountdown;
  /** Whether anything was sent yet: "Send" or "Resend". */
  sent: boolean;
  /** The send is in flight. */
  pending: boolean;
  /** Another call is in flight. @default false */
  disabled?: boolean;
  onResend: () => void;
}

function announce(t: Translate, kind: ResendKind, announcement: CountdownAnnouncement): string | null {
  if (announcement === null) {
    return null;
  }
  return announcement.kind === 'ready'
    ? t(`${kind}.countdown.ready`)
    : t(`${kind}.countdown.waiting`, { count: announcement.seconds });
}

/**
 * "Resend" with the live countdown in its label. The label changes every second for sighted
 * users; the polite region beside it speaks only at the start, at 10 s and at 0.
 * @selector [data-scope="authn"][data-part="resend"][data-state="idle" | "pending" | "disabled"]
 */
export function ResendButton({ kind, countdown, sent, pending, disabled, onResend }: ResendButtonProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(resendMessages);
  const waiting = countdown.secondsLeft > 0;
  const label = waiting
    ? t(`${kind}.${sent ? 'resendIn' : 'sendIn'}`, { seconds: countdown.secondsLeft })
    : t(`${kind}.${sent ? 'resend' : 'send'}`);
  return (
    <>
      <Button
        variant="secondary"
        part="resend"
        pending={pending}
        pendingLabel={t(`${kind}.resendPending`)}
        disabled={disabled || waiting}
        data-seconds-left={countdown.secondsLeft}
        onClick={onResend}
      >
        {label}
      </Button>
      {/* For screen readers only: sighted users read the same in the button's label. */}
      <p
        aria-live="polite"
        aria-atomic="true"
        {...visuallyHidden}
        {...partAttributes('resend-status', waiting ? 'waiting' : 'ready')}
      >
        {announce(t, kind, countdown.announcement)}
      </p>
    </>
  );
}
