import { useEffect, useRef, type RefObject } from 'react';
import type { FlowStepId } from '../../core/index.js';

/**
 * On every step change, moves focus to the new step's heading (`data-part="heading"`), so
 * keyboard and screen-reader users land on the new content instead of the page's start: the
 * control they used has just been unmounted. The first step to appear is left alone: taking
 * focus on page load would pull users away from whatever they were reading.
 */
export function useStepFocus(rootRef: RefObject<HTMLElement | null>, step: FlowStepId): void {
  const hasShownStep = useRef(false);
  const previous = useRef<FlowStepId | null>(null);
  useEffect(() => {
    if (previous.current === step) {
      return;
    }
    previous.current = step;
    if (step === 'loading') {
      return;
    }
    if (!hasShownStep.current) {
      hasShownStep.current = true;
      return;
    }
    rootRef.current?.querySelector<HTMLElement>('[data-part="heading"]')?.focus();
  }, [rootRef, step]);
}
