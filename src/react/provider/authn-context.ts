import { createContext, useContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { AuthNClient } from '../../core/index.js';

export interface AuthNContextValue {
  client: AuthNClient;
  queryClient: QueryClient;
}

export const AuthNContext = createContext<AuthNContextValue | null>(null);

/** The client and query client of the nearest `AuthNProvider`, or `null` outside one. */
export function useAuthNContext(): AuthNContextValue | null {
  return useContext(AuthNContext);
}
