import { useMemo, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MessagesProvider } from '../i18n/use-messages.js';
import { AppearanceProvider } from '../theme/appearance-provider.js';
import { splitAppearance, type AuthNAppearanceProps } from '../theme/appearance.js';
import type { Messages } from '../i18n/messages.js';
import type { TextDirection } from '../i18n/direction.js';
import { AuthNContext, type AuthNContextValue } from './authn-context.js';
import { clientOf, type AuthNClientSource } from './client-source.js';

/** Also takes the appearance props (`theme`, `colorScheme`, `classNames`, `components`, `brand`, `header`, `footer`, `nonce`, `providerLayout`) for every flow below. */
export interface AuthNProviderOwnProps extends AuthNAppearanceProps {
  /**
   * The query client for the kit's mutations. Pass your app's to see them in its devtools;
   * otherwise the kit keeps its own, so it works in apps that do not use react-query.
   * @default a new QueryClient with `mutations: { retry: false }`
   */
  queryClient?: QueryClient;
  /**
   * Replaces some messages for every flow below: a whole locale
   * (`import es from 'authn-flow-kit/locales/es'`) or a few rewordings. @default undefined (English)
   */
  messages?: Partial<Messages>;
  /** The language shown, as a BCP 47 tag: `lang`, plural forms, numbers and dates. @default the page's */
  locale?: string;
  /** Text direction of each flow's root. @default 'rtl' for an Arabic, Hebrew, Persian or Urdu `locale`, else inherited */
  dir?: TextDirection;
  children: ReactNode;
}

export type AuthNProviderProps = AuthNClientSource & AuthNProviderOwnProps;

function createKitQueryClient(): QueryClient {
  // Sign-in calls must not be repeated behind the user's back: a retried password counts twice
  // against rate limits, and a retried `flow/complete` can fail on a flow already completed.
  return new QueryClient({ defaultOptions: { mutations: { retry: false } } });
}

/**
 * Shares one AuthN client, query client and message catalog with every `AuthNFlow` below it.
 * The client is made once, on first render: later changes of `domain`, `baseUrl`, `clientToken`
 * or `client` are ignored, because swapping clients mid-flow would strand the flow on the server.
 */
export function AuthNProvider(props: AuthNProviderProps) {
  const { appearance, rest } = splitAppearance(props);
  const { queryClient, messages, locale, dir, children, ...source } = rest;
  const [client] = useState(() => clientOf(source as AuthNClientSource));
  // Cheap to make and inert until mounted, so one is kept ready even when `queryClient` is given.
  const [ownQueryClient] = useState(createKitQueryClient);
  const activeQueryClient = queryClient ?? ownQueryClient;
  const value = useMemo<AuthNContextValue>(
    () => ({ client, queryClient: activeQueryClient }),
    [client, activeQueryClient],
  );
  return (
    <QueryClientProvider client={activeQueryClient}>
      <AuthNContext.Provider value={value}>
        <MessagesProvider messages={messages} locale={locale} dir={dir}>
          <AppearanceProvider {...appearance}>
            {children}
          </AppearanceProvider>
        </MessagesProvider>
      </AuthNContext.Provider>
    </QueryClientProvider>
  );
}
