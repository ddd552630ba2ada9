import type { ProviderLayout } from '../../theme/appearance.js';
import { brandOf } from '../../i18n/provider-brands.js';
import type { ProviderChoice } from './identifier-mode.js';
import { providerIdOf } from './provider-name.js';

/** With `providerLayout: 'auto'`, up to this many providers are listed; more go compact. */
export const LISTED_PROVIDERS = 3;

/** The layout the buttons take: `auto` resolved by how many providers there are. */
export function providerLayoutOf(layout: ProviderLayout, count: number): 'list' | 'compact' {
  if (layout !== 'auto') {
    return layout;
  }
  return count > LISTED_PROVIDERS ? 'compact' : 'list';
}

export interface PlacedProvider {
  entry: ProviderChoice;
  /** An icon alone, named for assistive technology and by its tooltip; else its mark and name. */
  iconOnly: boolean;
}

/**
 * The buttons in order. A list: the server's order, every button labelled. Compact: the providers
 * with a brand mark first, as icons, then the rest (SAML, unknown ones) labelled, since a generic
 * mark alone would not tell them apart.
 */
export function placeProviders(providers: readonly ProviderChoice[], layout: 'list' | 'compact'): PlacedProvider[] {
  const placed = providers.map((entry) => ({
    entry,
    iconOnly: layout === 'compact' && brandOf(providerIdOf(entry)) !== null,
  }));
  return [...placed.filter((button) => button.iconOnly), ...placed.filter((button) => !button.iconOnly)];
}
