import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import { AuthNFlow } from '../../src/index.js';
import { BASE_URL, recordRequests, setupEmulator } from './flow-harness.js';

const { emulator, server } = setupEmulator();

/** Holds the first call to `path` until `release()`; later calls reach the emulator at once. */
function holdFirst(path: string) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let calls = 0;
  server.use(
    http.post(`*/v2/${path}`, async () => {
      calls += 1;
      if (calls === 1) {
        await gate;
      }
      return undefined;
    }),
  );
  return { release: () => release() };
}

describe('two flows on one QueryClient', () => {
  it('do not wait for each other: each flow queues only its own calls', async () => {
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
    const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });
    const held = holdFirst('flow/start');
    const requests = recordRequests(server);
    render(
      <StrictMode>
        <section aria-label="first">
          <AuthNFlow client={client} queryClient={queryClient} />
        </section>
        <section aria-label="second">
          <AuthNFlow client={client} queryClient={queryClient} />
        </section>
      </StrictMode>,
    );
    // The first flow's start is held; the second flow's start goes out and answers meanwhile. (Both
    // show their email form from the first render; the root's state says which flow has its answer.)
    const stateOf = (name: string) => screen.getByRole('region', { name }).querySelector('[data-part="root"]')?.getAttribute('data-state');
    await waitFor(() => expect(stateOf('second')).toBe('update'));
    expect(stateOf('first')).toBe('opening');
    expect(requests).toEqual(['flow/start', 'flow/start']);

    held.release();
    await waitFor(() => expect(stateOf('first')).toBe('update'));
    expect(within(screen.getByRole('region', { name: 'first' })).getByLabelText('Email')).toBeInTheDocument();
    await waitFor(() => expect(queryClient.getMutationCache().getAll().every((mutation) => mutation.state.status !== 'pending')).toBe(true));
  });
});
