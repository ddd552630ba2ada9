import type { ReactNode } from 'react';
import type { HeadingProps } from '../theme/components.js';
import { usePartAttributes } from './parts.js';
import { usePrimitiveOverride } from './primitive-override.js';

// Steps and stories import the props with the component.
export type { HeadingProps };

/**
 * A step's title. `tabIndex={-1}` lets the flow move focus here on every step change without
 * adding a tab stop, so screen-reader users hear where they are.
 * The app's `components.Heading` replaces it everywhere.
 * @selector [data-scope="authn"][data-part="heading"]
 */
export function Heading(props: HeadingProps): ReactNode {
  return usePrimitiveOverride('Heading', props) ?? <KitHeading {...props} />;
}

function KitHeading({ level = 2, children, className, ...rest }: HeadingProps) {
  const partAttributes = usePartAttributes();
  const Tag = `h${level}` as const;
  return (
    <Tag tabIndex={-1} {...rest} {...partAttributes('heading', undefined, className)}>
      {children}
    </Tag>
  );
}
