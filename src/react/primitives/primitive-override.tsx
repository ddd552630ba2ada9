import { useMemo, type ComponentType, type ReactNode } from 'react';
import { AppearanceContext, useAppearance, type AuthNAppearanceProps } from '../theme/appearance.js';
import type { PrimitiveName } from '../theme/components.js';

export interface PrimitiveOverride<P> {
  /** The app's replacement, if any. */
  Override: ComponentType<P> | undefined;
  /** Renders the replacement where the kit's primitive of that name is the default again. */
  wrap: (element: ReactNode) => ReactNode;
}

/**
 * The app's replacement of a primitive (`components.Button`). Inside it, the kit's own primitive of
 * that name renders the default, so a replacement can wrap it without looping forever.
 */
export function usePrimitiveOverride<P>(name: PrimitiveName): PrimitiveOverride<P> {
  const appearance = useAppearance();
  const Override = appearance.components?.[name] as ComponentType<P> | undefined;
  const inner = useMemo<AuthNAppearanceProps>(
    () => (Override === undefined ? appearance : { ...appearance, components: { ...appearance.components, [name]: undefined } }),
    [appearance, Override, name],
  );
  return {
    Override,
    wrap: (element) => <AppearanceContext.Provider value={inner}>{element}</AppearanceContext.Provider>,
  };
}
