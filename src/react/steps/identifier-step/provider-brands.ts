/**
 * The social providers the kit draws the mark of (provider-marks/), by the id the server sends:
 * Pangea's six (`authn-social-provider-id`); any other id gets the generic mark and its own name.
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
