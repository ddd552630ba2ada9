import type { HTMLAttributes } from 'react';
import { partAttributes } from './parts.js';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The heading rank; pick the one that fits the page around the flow. @default 2 */
  level?: 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * A step's title. `tabIndex={-1}` lets the flow move focus here on every step change without
 * adding a tab stop, so screen-reader users hear where they are.
 * @selector [data-scope="authn"][data-part="heading"]
 */
export function Heading({ level = 2, children, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag tabIndex={-1} {...rest} {...partAttributes('heading')}>
      {children}
    </Tag>
  );
}
