import { isMessageKey } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/use-messages.js';
import type { ProviderChoice } from './identifier-mode.js';

/** A social provider by the catalog's name for it ("GitHub"), else by its id as the server sent it. */
export function socialProviderName(t: Translate, provider: string): string {
  const key = `provider.${provider}`;
  return isMessageKey(key) ? t(key) : provider;
}

/** The name a provider button shows: the catalog's for social ones, the project's for SAML. */
export function providerNameOf(t: Translate, entry: ProviderChoice): string {
  return entry.choice === 'social' ? socialProviderName(t, entry.data.social_provider) : entry.data.provider_name;
}

/** One key per provider: a choice may repeat, once per provider (spec §4). */
export function providerKeyOf(entry: ProviderChoice): string {
  return entry.choice === 'social' ? `social:${entry.data.social_provider}` : `saml:${entry.data.provider_id}`;
}
