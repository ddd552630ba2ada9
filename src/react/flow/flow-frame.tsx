import { useId, type ReactNode, type Ref } from 'react';
import { useLocale } from '../i18n/use-messages.js';
import { usePartAttributes } from '../primitives/parts.js';
import { useAppearance } from '../theme/appearance.js';
import { themeStylesheet } from '../theme/theme.js';

export interface KitRootProps {
  /** The root's `data-state`: the flow's machine state, or `account`. */
  state: string;
  /** Added after the app's `classNames.root`. */
  className: string | undefined;
  rootRef?: Ref<HTMLDivElement> | undefined;
  children: ReactNode;
}

/**
 * The root of a flow or of the account panel: the appearance's class names and colour scheme, the
 * enclosing provider's `lang` and `dir`, and the theme's variables as a `<style>` element scoped
 * to this root, carrying the CSP nonce. A stylesheet rather than a `style` attribute: a strict CSP
 * can allow it by nonce, while it blocks every `style` attribute in server-rendered markup. No
 * stylesheet is rendered without a theme.
 */
export function KitRoot({ state, className, rootRef, children }: KitRootProps) {
  const { theme, colorScheme, nonce } = useAppearance();
  const { locale, dir } = useLocale();
  const partAttributes = usePartAttributes();
  const themeScope = useId();
  const css = theme === undefined ? '' : themeStylesheet(themeScope, theme);
  return (
    <div
      ref={rootRef}
      data-color-scheme={colorScheme ?? 'auto'}
      data-authn-theme={theme === undefined ? undefined : themeScope}
      lang={locale}
      dir={dir}
      {...partAttributes('root', state, className)}
    >
      {css === '' ? null : <style nonce={nonce}>{css}</style>}
      {children}
    </div>
  );
}

/**
 * The brand and the app's `header` slot, above the step. A plain `div`, not `<header>`: inside the
 * page's `<main>` a `<header>` would be a second banner landmark to screen readers.
 * @selector [data-scope="authn"][data-part="header"]; inner parts `brand`, `logo`, `brand-name`
 */
export function FlowHeader() {
  const { brand, header } = useAppearance();
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
export function FlowFooter() {
  const { footer } = useAppearance();
  const partAttributes = usePartAttributes();
  if (footer === undefined || footer === null || footer === false) {
    return null;
  }
  return <div {...partAttributes('footer')}>{footer}</div>;
}
