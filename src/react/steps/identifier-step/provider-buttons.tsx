import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { usePartAttributes } from '../../primitives/parts.js';
import type { ProviderChoice } from './identifier-mode.js';
import { ProviderIcon } from './provider-icon.js';
import { providerKeyOf, providerNameOf } from './provider-name.js';

export interface ProviderButtonsProps {
  providers: ProviderChoice[];
  /** A call of the flow is running: the buttons wait. */
  busy: boolean;
  /** Leaves for the provider (`FlowCommands.redirect`). */
  onRedirect: (url: string) => void;
  /** Where `onRedirect` would go, or `null` when it refuses (`FlowCommands.redirectTarget`). */
  targetOf: (url: string) => string | null;
  /** The provider's `redirect_uri` is refused: the step says so, nothing is opened. */
  onUnsafe: (name: string) => void;
}

/** The key of the provider being left for, until the page goes, or comes back from the cache. */
function useLeaving() {
  const [leaving, setLeaving] = useState<string | null>(null);
  useEffect(() => {
    // Back from the provider through the back/forward cache: the page is as it was left.
    const reset = (event: PageTransitionEvent) => {
      if (event.persisted) {
        setLeaving(null);
      }
    };
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);
  return [leaving, setLeaving] as const;
}

/**
 * One button per social provider and per SAML provider, each leading to its sign-in page.
 * @selector [data-scope="authn"][data-part="providers"]
 * Buttons: `[data-part="provider-button"][data-provider=<social provider> | "saml"]`.
 */
export function ProviderButtons({ providers, busy, onRedirect, targetOf, onUnsafe }: ProviderButtonsProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages();
  const [leaving, setLeaving] = useLeaving();
  if (providers.length === 0) {
    return null;
  }
  return (
    <div role="group" aria-label={t('identifier.providers')} {...partAttributes('providers')}>
      {providers.map((entry) => {
        const key = providerKeyOf(entry);
        const name = providerNameOf(t, entry);
        const provider = entry.choice === 'social' ? entry.data.social_provider : 'saml';
        return (
          <Button
            key={key}
            variant="secondary"
            part="provider-button"
            data-provider={provider}
            pending={leaving === key}
            pendingLabel={t('provider.redirecting', { provider: name })}
            disabled={busy || (leaving !== null && leaving !== key)}
            onClick={() => {
              const url = targetOf(entry.data.redirect_uri ?? '');
              if (url === null) {
                onUnsafe(name);
                return;
              }
              setLeaving(key);
              onRedirect(url);
            }}
          >
            <ProviderIcon provider={provider} name={name} />
            <span {...partAttributes('provider-name')}>{t('provider.continueWith', { provider: name })}</span>
          </Button>
        );
      })}
    </div>
  );
}
