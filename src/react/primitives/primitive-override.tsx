import { useMemo, type ComponentType, type ReactElement } from 'react';
import { AppearanceContext, useAppearance } from '../theme/appearance.js';
import type { PrimitiveName } from '../theme/components.js';

/**
 * The app's replacement of a primitive (`components.Button`) rendered with `props`, or `null` when
 * it has none. Inside it, the kit's own primitive of that name renders the default, so a
 * replacement can wrap it without looping forever.
 */
export function usePrimitiveOverride<P extends object>(name: PrimitiveName, props: P): ReactElement | null {
  const appearance = useAppearance();
  const Override = appearance.components?.[name] as ComponentType<P> | undefined;
  const inner = useMemo(
    () => ({ ...appearance, components: { ...appearance.components, [name]: undefined } }),
    [appearance, name],
  );
  return Override === undefined ? null : (
    <AppearanceContext.Provider value={inner}>
      <Override {...props} />
    </AppearanceContext.Provider>
  );
}
