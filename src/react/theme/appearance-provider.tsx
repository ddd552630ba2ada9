import { useMemo, type ReactNode } from 'react';
import { AppearanceContext, mergeAppearance, useAppearance, type AuthNAppearanceProps } from './appearance.js';

export interface AppearanceProviderProps extends AuthNAppearanceProps {
  children: ReactNode;
}

/**
 * Layers an appearance over the enclosing one. `AuthNProvider` and `AuthNFlow` use it; so can an
 * app (or Storybook) to theme every flow below without touching each.
 */
export function AppearanceProvider({
  children,
  theme,
  colorScheme,
  classNames,
  components,
  brand,
  header,
  footer,
  nonce,
  providerLayout,
}: AppearanceProviderProps) {
  const outer = useAppearance();
  const value = useMemo(
    () => mergeAppearance(outer, { theme, colorScheme, classNames, components, brand, header, footer, nonce, providerLayout }),
    [outer, theme, colorScheme, classNames, components, brand, header, footer, nonce, providerLayout],
  );
  return <AppearanceContext.Provider value={value}>{children}</AppearanceContext.Provider>;
}
