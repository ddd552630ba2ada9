import { useCallback, useState, useSyncExternalStore } from 'react';

/** A refused send (`TooManyRequests`) and its `Retry-After`, counted from when the kit first saw it. */
export interface RetryAfter {
  seconds: number;
  /**
   * The refusal itself (say `view.formError`): a new object is a new refusal whose wait starts now;
   * the same object keeps the wait it had.
   */
  key: object;
}

/**
 * What the polite live region says. It changes only at the start of a wait, at 10 s and at 0, so a
 * screen reader hears three short lines instead of a number every second.
 */
export type CountdownAnnouncement = { kind: 'waiting'; seconds: number } | { kind: 'ready' } | null;

export interface ResendCountdown {
  /** Whole seconds until a resend is allowed; 0 when it is. Changes every second, for the visible label. */
  secondsLeft: number;
  announcement: CountdownAnnouncement;
}

/** The point at which the wait is announced again. */
const ANNOUNCE_AT_SECONDS = 10;

const TICK_MS = 1000;

const noSubscription = () => () => undefined;

/** `resend_time` as ms since the epoch; `undefined` for the zero time ("not sent yet") or junk. */
function parseTime(value: string | undefined): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const time = Date.parse(value);
  return Number.isNaN(time) || time <= 0 ? undefined : time;
}

/**
 * A live countdown to the next allowed resend, from a choice's `resend_time` or a `Retry-After`,
 * whichever ends later. The clock is an external store: it ticks (one `setInterval`) only while
 * there is something left to count, and stops at 0.
 */
export function useResendCountdown(resendTime: string | undefined, retryAfter?: RetryAfter | null): ResendCountdown {
  // When each refusal was first seen: Retry-After counts from the answer, which the view does not
  // timestamp. Kept per hook so two steps never share a wait.
  const [firstSeen] = useState(() => new WeakMap<object, number>());
  const retryKey = retryAfter?.key;
  const retrySeconds = retryAfter?.seconds;

  const getSnapshot = useCallback((): number => {
    const now = Date.now();
    let deadline = parseTime(resendTime) ?? 0;
    if (retryKey !== undefined && retrySeconds !== undefined && retrySeconds > 0) {
      let seenAt = firstSeen.get(retryKey);
      if (seenAt === undefined) {
        seenAt = now;
        firstSeen.set(retryKey, seenAt);
      }
      deadline = Math.max(deadline, seenAt + retrySeconds * 1000);
    }
    return Math.max(0, Math.ceil((deadline - now) / 1000));
  }, [resendTime, retryKey, retrySeconds, firstSeen]);

  const subscribe = useCallback(
    (onTick: () => void) => {
      if (getSnapshot() === 0) {
        return noSubscription();
      }
      const id = setInterval(() => {
        onTick();
        if (getSnapshot() === 0) {
          clearInterval(id);
        }
      }, TICK_MS);
      return () => clearInterval(id);
    },
    [getSnapshot],
  );

  // The server cannot know the user's clock: it renders "can resend", the client corrects it.
  const secondsLeft = useSyncExternalStore(subscribe, getSnapshot, () => 0);

  // How long this wait was when it began, for the first announcement; a new deadline starts anew.
  const [wait, setWait] = useState({ resendTime, retryKey, startSeconds: secondsLeft });
  if (wait.resendTime !== resendTime || wait.retryKey !== retryKey) {
    setWait({ resendTime, retryKey, startSeconds: secondsLeft });
  }
  return { secondsLeft, announcement: announcementOf(wait.startSeconds, secondsLeft) };
}

function announcementOf(startSeconds: number, secondsLeft: number): CountdownAnnouncement {
  if (startSeconds === 0) {
    return null;
  }
  if (secondsLeft === 0) {
    return { kind: 'ready' };
  }
  if (startSeconds > ANNOUNCE_AT_SECONDS && secondsLeft <= ANNOUNCE_AT_SECONDS) {
    return { kind: 'waiting', seconds: ANNOUNCE_AT_SECONDS };
  }
  return { kind: 'waiting', seconds: startSeconds };
}
