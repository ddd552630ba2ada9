import { useMemo, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MessagesProvider } from '../i18n/use-messages.js';
import type { Messages } from '../i18n/messages.js';
import { AuthNContext, type AuthNContextValue } from './authn-context.js';
import { clientOf, type AuthNClientSource } from './client-source.js';

export interface AuthNProviderOwnProps {
  /**
   * The query client for the kit's mutations. Pass your app's to see them in its devtools;
   * otherwise the kit keeps its own, so it works in apps that do not use react-query.
   * @default a new QueryClient with `mutations: { retry: false }`
   */
  queryClient?: QueryClient;
  /** Replaces some of the English messages. @default undefined */
  messages?: Partial<Messages>;
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
export function AuthNProvider({ queryClient, messages, children, ...source }: AuthNProviderProps) {
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
        <MessagesProvider messages={messages}>{children}</MessagesProvider>
      </AuthNContext.Provider>
    </QueryClientProvider>
  );
}
