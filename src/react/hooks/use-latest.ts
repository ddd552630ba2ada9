import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the latest value, so long-lived callbacks (mutation handlers) call the
 * current `onComplete` without being rebuilt. Written in a layout effect, not during render,
 * because React may discard a render.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

// On the server layout effects warn and never run; the first client render sets the ref anyway.
const useIsomorphicLayoutEffect: typeof useLayoutEffect =
  typeof window === 'undefined' ? () => undefined : useLayoutEffect;
