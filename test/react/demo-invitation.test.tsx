import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../demo/app.js';
import { recordRequests, setupEmulator } from './flow-harness.js';

// The demo imports the package by name: its source here, not a build.
vi.mock('authn-flow-kit', () => import('../../src/index.js'));
vi.mock('authn-flow-kit/core', () => import('../../src/core/index.js'));

const { emulator, server } = setupEmulator();

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the demo', () => {
  it('starts the invitation in its URL (`?invitation=`) as that person’s sign-up', { timeout: 20_000 }, async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10 });
    const response = await fetch(new URL('/__emulator/invitations', window.location.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'invited@example.com', cb_uri: window.location.origin }),
    });
    const { link, invitation } = (await response.json()) as { link: string; invitation: string };
    window.history.replaceState(null, '', new URL(link).search);
    const starts: Record<string, unknown>[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/flow/start')) {
        starts.push((await request.clone().json()) as Record<string, unknown>);
      }
    });
    const requests = recordRequests(server);

    const { container } = render(<App />);

    expect(await screen.findByRole('heading', { name: 'Create a password' }, { timeout: 10_000 })).toBeInTheDocument();
    // In the flow (the demo's inbox beside it lists the invitation mail too).
    const flow = container.querySelector<HTMLElement>('[data-scope="authn"][data-part="root"]');
    expect(within(flow ?? document.body).getByText('invited@example.com')).toBeInTheDocument();
    expect(starts[0]).toMatchObject({ invitation });
    expect(requests.filter((path) => !path.startsWith('/__emulator/'))).toEqual(['flow/start']);
  });
});
