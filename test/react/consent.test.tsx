import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createAuthNClient } from '../../src/core/index.js';
import { AuthNFlow } from '../../src/index.js';
import { BASE_URL, holdRequests, recordRequests, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const CLIENT_ID = 'psa_consentclientconsentclientconsen';

const { emulator, server } = setupEmulator();
emulator.setConfig({
  oauthScopes: [
    { name: 'openid', displayName: 'Your identity', description: 'Know who you are' },
    { name: 'calendar:read', description: 'Read your calendar' },
  ],
});

/**
 * Consent is asked in flows an OAuth client starts (`flow/start {client_id}`), which `<AuthNFlow>`
 * does not start itself: a `fetch` that adds the client id stands in for that host.
 */
const oauthFetch: typeof fetch = (input, init) => {
  if (String(input).endsWith('/v2/flow/start') && typeof init?.body === 'string') {
    const body = JSON.parse(init.body) as Record<string, unknown>;
    return fetch(input, { ...init, body: JSON.stringify({ ...body, client_id: CLIENT_ID }) });
  }
  return fetch(input, init);
};

function renderOAuthFlow() {
  const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token, fetch: oauthFetch });
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const onComplete = vi.fn();
  render(
    <StrictMode>
      <AuthNFlow client={client} queryClient={queryClient} onComplete={onComplete} />
    </StrictMode>,
  );
  return { user: userEvent.setup(), onComplete };
}

function consentUpdates(): () => Promise<unknown[]> {
  const bodies: Promise<{ choice: string; data: unknown }>[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith('/v2/flow/update')) {
      bodies.push(request.clone().json() as Promise<{ choice: string; data: unknown }>);
    }
  });
  return async () => (await Promise.all(bodies)).filter((body) => body.choice === 'oauth_consent').map((body) => body.data);
}

async function reachConsent(user: ReturnType<typeof userEvent.setup>, email: string) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  return screen.findByRole('heading', { name: 'Allow access to your account?' });
}

describe('the OAuth consent step', () => {
  it('lists the scopes by display name and description, and "Allow" grants them all', async () => {
    const sent = consentUpdates();
    const { user, onComplete } = renderOAuthFlow();
    await reachConsent(user, 'allow@example.com');

    const scopes = screen.getAllByRole('listitem');
    expect(scopes.map((scope) => scope.textContent)).toEqual(['Your identityKnow who you are', 'calendar:readRead your calendar']);
    await user.click(screen.getByRole('button', { name: 'Allow' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(await sent()).toEqual([
      {
        scope_selections: [
          { scope: 'openid', is_allowed: true },
          { scope: 'calendar:read', is_allowed: true },
        ],
      },
    ]);
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const [result] = onComplete.mock.calls[0] as [{ client_id?: string; active_token?: { scopes?: string[] } }];
    expect(result.client_id).toBe(CLIENT_ID);
    expect(result.active_token?.scopes).toEqual(['openid', 'calendar:read']);
  });

  it('"Deny" refuses every scope: the flow ends without them', async () => {
    const sent = consentUpdates();
    const { user, onComplete } = renderOAuthFlow();
    await reachConsent(user, 'deny@example.com');
    await user.click(screen.getByRole('button', { name: 'Deny' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(await sent()).toEqual([
      {
        scope_selections: [
          { scope: 'openid', is_allowed: false },
          { scope: 'calendar:read', is_allowed: false },
        ],
      },
    ]);
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const [result] = onComplete.mock.calls[0] as [{ active_token?: { scopes?: string[] } }];
    expect(result.active_token?.scopes).toEqual([]);
  });

  it('shows which answer is being sent, and sends it once', async () => {
    const { user } = renderOAuthFlow();
    await reachConsent(user, 'once@example.com');
    const requests = recordRequests(server);
    const held = holdRequests(server, 'flow/update');
    const deny = screen.getByRole('button', { name: 'Deny' });
    await user.click(deny);
    await user.click(deny);
    await user.click(screen.getByRole('button', { name: 'Allow' }));
    expect(deny).toHaveTextContent('Denying…');
    expect(screen.getByRole('button', { name: 'Allow' })).toHaveAttribute('aria-disabled', 'true');
    held.release();
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(requests.filter((path) => path === 'flow/update')).toHaveLength(1);
  });
});
