import type { AuthNColorScheme } from 'authn-flow-kit';
import { SelectField } from './select-field.js';

const SCHEMES = ['auto', 'light', 'dark'] as const satisfies readonly AuthNColorScheme[];
const OPTIONS = [
  { value: 'auto', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly { value: AuthNColorScheme; label: string }[];
const STORAGE_KEY = 'authn-demo-scheme';

/** The scheme picked on this browser before, else the system's. */
export function storedScheme(): AuthNColorScheme {
  const stored = localStorage.getItem(STORAGE_KEY);
  return SCHEMES.find((scheme) => scheme === stored) ?? 'auto';
}

/**
 * The page takes the kit's scheme (`<html data-scheme>`, read by demo.css), so a dark card never
 * sits on a light page. Called before the first render too, so a reload does not flash.
 */
export function applyScheme(scheme: AuthNColorScheme): void {
  document.documentElement.dataset['scheme'] = scheme;
  localStorage.setItem(STORAGE_KEY, scheme);
}

interface SchemeSwitcherProps {
  scheme: AuthNColorScheme;
  onChange: (scheme: AuthNColorScheme) => void;
}

export function SchemeSwitcher({ scheme, onChange }: SchemeSwitcherProps) {
  return <SelectField<AuthNColorScheme> label="Appearance" value={scheme} options={OPTIONS} onChange={onChange} />;
}
