import type { CSSProperties } from 'react';

/**
 * Hidden from sight but present for password managers and assistive technology. Inline, not in
 * styles.css, so it holds even when the app does not load the kit's stylesheet (Radix does the same).
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
