import { useSyncExternalStore, type ReactElement } from 'react';
import { usePartAttributes } from '../../primitives/parts.js';
import type { ProviderMarkProps } from './provider-marks/provider-mark.js';

type DrawProviderMark = (props: ProviderMarkProps) => ReactElement;

// The marks are about 1.5 kB: a flow without providers never fetches them, and a flow with them
// fetches one small chunk once its buttons are on screen. Until it is in, each icon keeps its room.
let loaded: DrawProviderMark | null = null;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

/** Fetches the providers' marks ahead, e.g. before a story renders; resolves once they are in (or failed). */
export function preloadProviderMarks(): Promise<void> {
  loading ??= import('./provider-marks/provider-mark.js').then(
    (module) => {
      loaded = module.drawProviderMark;
      listeners.forEach((listener) => listener());
    },
    () => {
      // Offline, or a deploy replaced the chunk: the buttons keep their names; a later mount tries again.
      loading = undefined;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void preloadProviderMarks();
  return () => listeners.delete(listener);
}

/** The marks once loaded; `null` on the server and while hydrating, so the markup matches. */
function useDrawProviderMark(): DrawProviderMark | null {
  return useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
}

export interface ProviderIconProps {
  /** `social_provider` (`google`, …) or `saml`; an id the kit has no mark for gets the generic one. */
  provider: string;
}

/**
 * The icon of a provider button: the brand's mark, or a generic one for SAML and unknown providers.
 * Decorative (`aria-hidden`): the button's text names the provider. An empty box of the same size
 * stands in while the marks load.
 * @selector [data-scope="authn"][data-part="provider-icon"][data-state=<provider>]
 * The mark: `svg[data-mark=<brand> | "generic"]`.
 */
export function ProviderIcon({ provider }: ProviderIconProps) {
  const partAttributes = usePartAttributes();
  const draw = useDrawProviderMark();
  const attributes = { 'aria-hidden': true, ...partAttributes('provider-icon', provider) } as const;
  return draw === null ? <span {...attributes} /> : draw({ ...attributes, focusable: 'false', provider });
}
