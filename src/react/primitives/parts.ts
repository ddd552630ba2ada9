import { useCallback } from 'react';
import { joinClassNames, useAppearance } from '../theme/appearance.js';
import type { AuthNClassNames } from '../theme/part-names.js';

/** The DOM hooks every part carries, so product CSS and tests can target it without class names. */
export interface PartAttributes {
  'data-scope': 'authn';
  'data-part': string;
  'data-state'?: string;
}

export function partAttributes(part: string, state?: string): PartAttributes {
  return state === undefined
    ? { 'data-scope': 'authn', 'data-part': part }
    : { 'data-scope': 'authn', 'data-part': part, 'data-state': state };
}

/** Part attributes plus the class the app gave that part in `classNames`, if any. */
export interface StyledPartAttributes extends PartAttributes {
  className?: string;
}

export type PartAttributesOf = (part: string, state?: string, className?: string) => StyledPartAttributes;

/** The class names of a part: the app's for that part, then the element's own. */
export function partClassName(classNames: AuthNClassNames | undefined, part: string, own?: string): string | undefined {
  return joinClassNames(classNames?.[part as keyof AuthNClassNames], own);
}

/**
 * `partAttributes` with the app's `classNames` for the part (and an element's own `className`,
 * given as the third argument, after them). Call it once per component:
 * `const partAttributes = usePartAttributes();`, then spread as before.
 */
export function usePartAttributes(): PartAttributesOf {
  const { classNames } = useAppearance();
  return useCallback(
    (part, state, own) => {
      const className = partClassName(classNames, part, own);
      const attributes = partAttributes(part, state);
      return className === undefined ? attributes : { ...attributes, className };
    },
    [classNames],
  );
}

/**
 * Joins element ids for `aria-describedby`, skipping the absent ones; `undefined` when none are
 * left. A list of ids is spaced like a list of class names.
 */
export const joinIds = joinClassNames;
