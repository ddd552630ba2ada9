import { useEffect, useRef, type RefObject } from 'react';
import type { FlowStepId } from '../../core/index.js';

/**
 * On every step change, moves focus to the new step's heading (`data-part="heading"`), so
 * keyboard and screen-reader users land on the new content instead of the page's start: the
 * control they used has just been unmounted. The first step to appear is left alone: taking
 * focus on page load would pull users away from whatever they were reading. So is the step the
 * start's answer brings to the form drawn before it (`opening`): the user did not ask for it,
 * and may be typing.
 */
export function useStepFocus(rootRef: RefObject<HTMLElement | null>, step: FlowStepId, opening: boolean): void {
  const hasShownStep = useRef(false);
  const previous = useRef<{ step: FlowStepId; opening: boolean } | null>(null);
  useEffect(() => {
    const changed = previous.current?.step !== step;
    const leftOpening = previous.current?.opening === true && !opening;
    previous.current = { step, opening };
    if (step === 'loading') {
      return;
    }
    if (!hasShownStep.current) {
      hasShownStep.current = true;
      return;
    }
    if (changed && !leftOpening) {
      rootRef.current?.querySelector<HTMLElement>('[data-part="heading"]')?.focus();
    }
  }, [rootRef, step, opening]);
}
