import { lazy, Suspense } from 'react';
import type { Messages } from '../i18n/messages.js';
import type { TextDirection } from '../i18n/direction.js';
import { MessagesProvider } from '../i18n/use-messages.js';
import { usePartAttributes } from '../primitives/parts.js';
import { LoadingView } from '../steps/loading-view/loading-view.js';
import { AppearanceProvider } from '../theme/appearance-provider.js';
import type { AuthNAppearanceProps } from '../theme/appearance.js';
import type { AccountSecurityPanelProps } from './account-security-panel.js';

export interface AccountSecurityProps
  extends AccountSecurityPanelProps,
    Pick<AuthNAppearanceProps, 'theme' | 'colorScheme' | 'classNames' | 'components' | 'nonce'> {
  /** Replaces some messages, over those of an enclosing `AuthNProvider`. @default undefined (English) */
  messages?: Partial<Messages>;
  /** The language shown (BCP 47), for `lang`, plurals and dates. @default the enclosing provider's, else the page's */
  locale?: string;
  dir?: TextDirection;
}

// The panel's code (and the password rules it shares with sign-up) loads when it is first rendered.
const Panel = /* @__PURE__ */ lazy(() => import('./account-security-panel.js').then((module) => ({ default: module.AccountSecurityPanel })));

/** Until the panel's code has loaded: the kit's loading view, in a root the theme reaches. */
function PanelLoading() {
  const partAttributes = usePartAttributes();
  return (
    <div {...partAttributes('root', 'account')}>
      <LoadingView />
    </div>
  );
}

/**
 * The signed-in user's account security: change the password (with the project's rules, and the
 * `autocomplete` tokens password managers update from), and the sessions, each with "Sign out",
 * and "Sign out of all other sessions". Give it `session` from `useAuthNSession()` (its token is
 * refreshed when it has expired) or a user `token`; it needs an `AuthNProvider` (or `client` and
 * `queryClient`). Its code loads only where it is rendered.
 * @selector [data-scope="authn"][data-part="account-security"][data-state="signed-out" | "checking" | "ended" | "ready"]
 */
export function AccountSecurity({ theme, colorScheme, classNames, components, nonce, messages, locale, dir, ...props }: AccountSecurityProps) {
  const panel = (
    <AppearanceProvider theme={theme} colorScheme={colorScheme} classNames={classNames} components={components} nonce={nonce}>
      <Suspense fallback={<PanelLoading />}>
        <Panel {...props} />
      </Suspense>
    </AppearanceProvider>
  );
  return messages === undefined && locale === undefined && dir === undefined ? (
    panel
  ) : (
    <MessagesProvider messages={messages} locale={locale} dir={dir}>
      {panel}
    </MessagesProvider>
  );
}

/** Fetches the panel's code ahead, e.g. once the user signs in. */
export function preloadAccountSecurity(): Promise<unknown> {
  return import('./account-security-panel.js');
}
