import type { Translate } from './use-messages.js';

/**
 * The social providers the catalog names (`provider.<id>`) and the kit draws the mark of
 * (steps/identifier-step/provider-marks/), by the id the server sends: Pangea's six
 * (`authn-social-provider-id`); any other id gets the generic mark and its own name.
 * The list stays in the first screen's code, the marks load later: the layout needs to know which
 * buttons can be an icon alone before the drawings are in.
 */
export const BRANDED_PROVIDERS = [
  'google',
  'github',
  'microsoftonline',
  'facebook',
  'gitlab',
  'linkedin',
] as const;

export type BrandedProvider = (typeof BRANDED_PROVIDERS)[number];

function isBranded(id: string): id is BrandedProvider {
  return (BRANDED_PROVIDERS as readonly string[]).includes(id);
}

/** The brand a provider id stands for, or `null` for SAML, an unknown provider or any other id. */
export function brandOf(provider: string): BrandedProvider | null {
  const id = provider.toLowerCase();
  // `microsoft`: another id for the same brand.
  return isBranded(id) ? id : id === 'microsoft' ? 'microsoftonline' : null;
}

/** A social provider by the catalog's name for its brand ("GitHub"), else by its id as the server sent it. */
export function socialProviderName(t: Translate, provider: string): string {
  const brand = brandOf(provider);
  return brand === null ? provider : t(`provider.${brand}`);
}
