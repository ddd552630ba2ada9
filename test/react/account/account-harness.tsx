import { QueryClient } from '@tanstack/react-query';
import { act, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, type ReactNode } from 'react';
import { beforeAll } from 'vitest';
import type { SessionTokens } from '../../../src/core/index.js';
import {
  AccountSecurity,
  AuthNProvider,
  preloadAccountSecurity,
  useAuthNSession,
  type AccountSecurityProps,
  type AuthNSession,
} from '../../../src/index.js';
import { setupSession, signIn, statusOf } from '../session-harness.js';

// Each sign-in hashes a password and each panel loads its list: a busy machine needs more than a second.
configure({ asyncUtilTimeout: 5000 });

export { STRONG_PASSWORD } from '../flow-harness.js';
export const NEW_PASSWORD = 'N3w-Passw0rd!x';

/**
 * The emulator and a client on it (see `setupSession`), and the account panel rendered over them,
 * with a user token or with a session from `useAuthNSession()`.
 */
export function setupAccount() {
  const base = setupSession();
  const { client, emulator } = base;

  // The panel's code loads on first render: load it once, before the first test's `findBy…` waits.
  beforeAll(async () => {
    await preloadAccountSecurity();
  });

  /**
   * Signs `email` in `count` times (the first signs up), a minute apart on the emulator's clock:
   * each session shows its own start, and the service lists them oldest first.
   */
  async function sessionsOf(email: string, count: number): Promise<SessionTokens[]> {
    const pairs: SessionTokens[] = [];
    for (let index = 0; index < count; index += 1) {
      if (index > 0) {
        emulator.advanceClock(60);
      }
      pairs.push(await signIn(client, email));
    }
    return pairs;
  }

  /** One sign-in of `email`: its pair. */
  async function oneSession(email: string): Promise<SessionTokens> {
    const [pair] = await sessionsOf(email, 1);
    if (pair === undefined) {
      throw new Error('no sign-in');
    }
    return pair;
  }

  function newQueryClient(): QueryClient {
    // The list is tried once more after a fault; no need to wait a second for it here.
    return new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  }

  function tree(panel: ReactNode, queryClient: QueryClient) {
    return (
      <StrictMode>
        <AuthNProvider client={client} queryClient={queryClient}>
          {panel}
        </AuthNProvider>
      </StrictMode>
    );
  }

  function mount(panel: ReactNode, queryClient: QueryClient) {
    const view = render(tree(panel, queryClient));
    return { ...view, queryClient, user: userEvent.setup() };
  }

  /** The panel with a bare user token (or none); `setToken` gives it another, as an app would after a new sign-in. */
  function renderWithToken(token: string | undefined, props: Omit<AccountSecurityProps, 'token' | 'session'> = {}) {
    const queryClient = newQueryClient();
    const view = mount(<AccountSecurity token={token} {...props} />, queryClient);
    const setToken = (next: string) => view.rerender(tree(<AccountSecurity token={next} {...props} />, queryClient));
    return { ...view, setToken };
  }

  /** The panel with the app's session, which holds `tokens` (set as a sign-in would), or none. */
  function renderWithSession(tokens: SessionTokens | null, props: Omit<AccountSecurityProps, 'token' | 'session'> = {}) {
    const held: { session: AuthNSession | null } = { session: null };
    function SessionPanel() {
      const session = useAuthNSession();
      held.session = session;
      return <AccountSecurity session={session} {...props} />;
    }
    const view = mount(<SessionPanel />, newQueryClient());
    const session = (): AuthNSession => {
      if (held.session === null) {
        throw new Error('the session panel has not rendered');
      }
      return held.session;
    };
    if (tokens !== null) {
      act(() => session().setTokens(tokens));
    }
    return { ...view, session };
  }

  /** Whether each token still works (`Success`) or how the service refuses it. */
  const checkAll = (pairs: SessionTokens[]) => Promise.all(pairs.map((pair) => statusOf(client.token.check(activeToken(pair)))));

  return { ...base, sessionsOf, oneSession, renderWithToken, renderWithSession, checkAll };
}

/** What the panel says once the session it shows has ended. */
export const ENDED = 'Your session has ended. Sign in again to continue.';

export function activeToken(pair: SessionTokens): string {
  const token = pair.active_token?.token;
  if (token === undefined) {
    throw new Error('the sign-in gave no active token');
  }
  return token;
}

export const currentInput = () => screen.getByLabelText<HTMLInputElement>('Current password');
export const newInput = () => screen.getByLabelText<HTMLInputElement>('New password');
export const sessionsRegion = () => screen.getByRole('region', { name: "Where you're signed in" });
export const sessionItems = () => within(sessionsRegion()).queryAllByRole('listitem');
