import type { Translate } from '../../i18n/use-messages.js';
import type { ProviderChoice } from './identifier-mode.js';
import { brandOf } from './provider-brands.js';

/** A social provider by the catalog's name for its brand ("GitHub"), else by its id as the server sent it. */
export function socialProviderName(t: Translate, provider: string): string {
  const brand = brandOf(provider);
  return brand === null ? provider : t(`provider.${brand}`);
}

/** The name a provider button shows: the catalog's for social ones, the project's for SAML. */
export function providerNameOf(t: Translate, entry: ProviderChoice): string {
  return entry.choice === 'social' ? socialProviderName(t, entry.data.social_provider) : entry.data.provider_name;
}

/** One key per provider: a choice may repeat, once per provider (spec §4). */
export function providerKeyOf(entry: ProviderChoice): string {
  return entry.choice === 'social' ? `social:${entry.data.social_provider}` : `saml:${entry.data.provider_id}`;
}

/** The id its icon is drawn for: the social provider's, or `saml`. */
export function providerIdOf(entry: ProviderChoice): string {
  return entry.choice === 'social' ? entry.data.social_provider : 'saml';
}
