import type { ReactNode } from 'react';
import { usePartAttributes } from '../primitives/parts.js';
import type { AuthNBrand } from '../theme/appearance.js';
import { themeStylesheet, type AuthNTheme } from '../theme/theme.js';

/**
 * The theme's variables as a `<style>` element scoped to one flow root, carrying the CSP nonce.
 * A stylesheet rather than a `style` attribute: a strict CSP can allow it by nonce, while it
 * blocks every `style` attribute in server-rendered markup. Nothing is rendered without a theme.
 */
export function ThemeStyle({ scopeId, theme, nonce }: { scopeId: string; theme: AuthNTheme | undefined; nonce: string | undefined }) {
  const css = theme === undefined ? '' : themeStylesheet(scopeId, theme);
  return css === '' ? null : <style nonce={nonce}>{css}</style>;
}

export interface FlowHeaderProps {
  brand: AuthNBrand | undefined;
  header: ReactNode;
}

/**
 * The brand and the app's `header` slot, above the step. A plain `div`, not `<header>`: inside the
 * page's `<main>` a `<header>` would be a second banner landmark to screen readers.
 * @selector [data-scope="authn"][data-part="header"]; inner parts `brand`, `logo`, `brand-name`
 */
export function FlowHeader({ brand, header }: FlowHeaderProps) {
  const partAttributes = usePartAttributes();
  if (brand === undefined && (header === undefined || header === null || header === false)) {
    return null;
  }
  return (
    <div {...partAttributes('header')}>
      {brand === undefined ? null : (
        <div {...partAttributes('brand')}>
          {typeof brand.logo === 'string' ? (
            // The name is written next to the logo, so the image itself says nothing more.
            <img src={brand.logo} alt="" {...partAttributes('logo')} />
          ) : brand.logo === undefined ? null : (
            <span aria-hidden="true" {...partAttributes('logo')}>
              {brand.logo}
            </span>
          )}
          <span {...partAttributes('brand-name')}>{brand.name}</span>
        </div>
      )}
      {header}
    </div>
  );
}

/**
 * The app's `footer` slot, below the step (terms, help links).
 * @selector [data-scope="authn"][data-part="footer"]
 */
export function FlowFooter({ footer }: { footer: ReactNode }) {
  const partAttributes = usePartAttributes();
  if (footer === undefined || footer === null || footer === false) {
    return null;
  }
  return <div {...partAttributes('footer')}>{footer}</div>;
}
