import { socialProviderName } from '../../i18n/provider-brands.js';
import type { Translate } from '../../i18n/use-messages.js';
import type { ProviderChoice } from './identifier-mode.js';

/** The name a provider button shows: the catalog's for social ones, the project's for SAML. */
export function providerNameOf(t: Translate, entry: ProviderChoice): string {
  return entry.choice === 'social' ? socialProviderName(t, entry.data.social_provider) : entry.data.provider_name;
}

/** The id the server names a provider by: its `social_provider`, or a SAML provider's `provider_id`. */
export function providerServerIdOf(entry: ProviderChoice): string {
  return entry.choice === 'social' ? entry.data.social_provider : entry.data.provider_id;
}

/** One key per provider: a choice may repeat, once per provider (spec §4). */
export function providerKeyOf(entry: ProviderChoice): string {
  return `${entry.choice}:${providerServerIdOf(entry)}`;
}

/** The id its icon is drawn for: the social provider's, or `saml`. */
export function providerIdOf(entry: ProviderChoice): string {
  return entry.choice === 'social' ? entry.data.social_provider : 'saml';
}
