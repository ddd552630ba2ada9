import { createContext, useContext, type ReactNode } from 'react';
import type { FlowComponents } from './components.js';
import type { AuthNClassNames } from './part-names.js';
import type { AuthNTheme } from './theme.js';

// The public entry names these beside the other appearance props.
export type { FlowComponents, PrimitiveComponents } from './components.js';

/** The colour scheme of the default styles; `auto` follows the system setting. */
export type AuthNColorScheme = 'light' | 'dark' | 'auto';

/**
 * How social and SAML buttons are laid out: `list`, one full-width labelled button each; `compact`,
 * a wrapping row of icon buttons for the providers with a brand mark (each still named "Continue
 * with Google"), SAML and unknown providers as labelled buttons below; `auto`, a list up to three
 * providers and compact past that.
 */
export type ProviderLayout = 'auto' | 'list' | 'compact';

/** The product shown in the flow's header. */
export interface AuthNBrand {
  /** The product's name, shown next to the logo and used as the logo's text alternative when alone. */
  name: string;
  /** An image URL, or any element (an inline SVG, your `<Logo/>`). @default undefined */
  logo?: string | ReactNode;
}

/** How the flow looks: the props `AuthNProvider` and `AuthNFlow` share (the flow's own win). */
export interface AuthNAppearanceProps {
  /** Design tokens as CSS variables on the flow's root, e.g. `{ colorAccent: '#0f766e', radius: '12px' }`. @default undefined */
  theme?: AuthNTheme | undefined;
  /** The colour scheme of the default styles, as `data-color-scheme` on the root. @default 'auto' */
  colorScheme?: AuthNColorScheme | undefined;
  /** Class names by part, e.g. `{ button: 'btn', field: 'form-row' }`. @default undefined */
  classNames?: AuthNClassNames | undefined;
  /** Steps, primitives (`Button`, `TextField`, `Heading`) or unknown choices to render with your own components. @default the kit's */
  components?: FlowComponents | undefined;
  /** Your product's name and logo, shown in the flow's header. @default undefined */
  brand?: AuthNBrand | undefined;
  /** Rendered in the flow's header, after the brand. @default undefined */
  header?: ReactNode;
  /** Rendered in the flow's footer, after the step (links to terms, help). @default undefined */
  footer?: ReactNode;
  /** Social and SAML buttons: a list, a row of icon buttons, or `auto` (a list up to three). @default 'auto' */
  providerLayout?: ProviderLayout | undefined;
  /**
   * The CSP nonce for the `<style>` element the kit adds when given a `theme` (it adds none
   * otherwise), as in `style-src 'nonce-…'`. @default undefined
   */
  nonce?: string | undefined;
}

export const AppearanceContext = createContext<AuthNAppearanceProps>({});

/** The appearance of the nearest provider or flow; `{}` outside them. */
export function useAppearance(): AuthNAppearanceProps {
  return useContext(AppearanceContext);
}

/** `inner` over `outer`, key by key; the maps (theme, class names, components) merge too. */
export function mergeAppearance(outer: AuthNAppearanceProps, inner: AuthNAppearanceProps): AuthNAppearanceProps {
  const merged: AuthNAppearanceProps = { ...outer };
  for (const [key, value] of Object.entries(inner) as [keyof AuthNAppearanceProps, unknown][]) {
    if (value !== undefined) {
      Object.assign(merged, { [key]: value });
    }
  }
  if (inner.theme !== undefined) {
    merged.theme = { ...outer.theme, ...inner.theme, dark: { ...outer.theme?.dark, ...inner.theme.dark } };
  }
  if (inner.classNames !== undefined) {
    merged.classNames = { ...outer.classNames, ...inner.classNames };
  }
  if (inner.components !== undefined) {
    merged.components = { ...outer.components, ...inner.components };
  }
  return merged;
}

/** Joins class names, skipping empty ones; `undefined` when none are left. */
export function joinClassNames(...names: (string | false | null | undefined)[]): string | undefined {
  const present = names.filter((name): name is string => typeof name === 'string' && name !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

const APPEARANCE_KEYS = ['theme', 'colorScheme', 'classNames', 'components', 'brand', 'header', 'footer', 'nonce', 'providerLayout'] as const;
// Fails to compile when a prop is added to AuthNAppearanceProps and not to the list above.
const everyAppearanceKey: Record<Exclude<keyof AuthNAppearanceProps, (typeof APPEARANCE_KEYS)[number]>, never> = {};
void everyAppearanceKey;

/** Props without the appearance ones; distributes over a union of props (the client sources). */
export type WithoutAppearance<P> = P extends unknown ? Omit<P, keyof AuthNAppearanceProps> : never;

/** The appearance props of a component's props, apart from the rest (`AuthNProvider`, `AuthNFlow`). */
export function splitAppearance<P extends AuthNAppearanceProps>(
  props: P,
): { appearance: AuthNAppearanceProps; rest: WithoutAppearance<P> } {
  const appearance: Record<string, unknown> = {};
  const rest: Record<string, unknown> = { ...(props as object) };
  for (const key of APPEARANCE_KEYS) {
    appearance[key] = props[key];
    delete rest[key];
  }
  return { appearance: appearance as AuthNAppearanceProps, rest: rest as WithoutAppearance<P> };
}
