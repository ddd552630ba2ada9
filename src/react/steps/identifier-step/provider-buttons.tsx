import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { useAppearance } from '../../theme/appearance.js';
import type { ProviderChoice } from './identifier-mode.js';
import { ProviderIcon } from './provider-icon.js';
import { placeProviders, providerLayoutOf } from './provider-layout.js';
import { providerIdOf, providerKeyOf, providerNameOf } from './provider-name.js';

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
  /** The key of the way out being taken (`useLeaving`): shared with `ProviderIssueActions`, so both wait. */
  leaving: string | null;
  /** A button leaves by `key`: every other one waits until the page goes. */
  onLeaving: (key: string) => void;
}

/**
 * One button per social provider and per SAML provider, each leading to its sign-in page: a
 * list of labelled buttons, or in the compact layout (`providerLayout`) a row of icon buttons.
 * Every button keeps its full name ("Continue with Google"), shown or only announced.
 * @selector [data-scope="authn"][data-part="providers"][data-state="list" | "compact"]
 * Buttons: `[data-part="provider-button"][data-provider=<social provider> | "saml"][data-layout="icon" | "label"]`.
 */
export function ProviderButtons({ providers, busy, onRedirect, targetOf, onUnsafe, leaving, onLeaving }: ProviderButtonsProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages();
  const { providerLayout = 'auto' } = useAppearance();
  if (providers.length === 0) {
    return null;
  }
  const layout = providerLayoutOf(providerLayout, providers.length);
  return (
    <div role="group" aria-label={t('identifier.providers')} {...partAttributes('providers', layout)}>
      {placeProviders(providers, layout).map(({ entry, iconOnly }) => {
        const key = providerKeyOf(entry);
        const name = providerNameOf(t, entry);
        const provider = providerIdOf(entry);
        const label = t('provider.continueWith', { provider: name });
        const pendingLabel = t('provider.redirecting', { provider: name });
        const pending = leaving === key;
        return (
          <Button
            key={key}
            variant="secondary"
            part="provider-button"
            data-provider={provider}
            data-layout={iconOnly ? 'icon' : 'label'}
            // An icon alone says its name on hover too.
            title={iconOnly ? (pending ? pendingLabel : label) : undefined}
            pending={pending}
            pendingLabel={
              <>
                <ProviderIcon provider={provider} />
                <span {...partAttributes('provider-name')}>{pendingLabel}</span>
              </>
            }
            disabled={busy || (leaving !== null && !pending)}
            onClick={() => {
              const url = targetOf(entry.data.redirect_uri ?? '');
              if (url === null) {
                onUnsafe(name);
                return;
              }
              onLeaving(key);
              onRedirect(url);
            }}
          >
            <ProviderIcon provider={provider} />
            <span {...partAttributes('provider-name')}>{label}</span>
          </Button>
        );
      })}
    </div>
  );
}
