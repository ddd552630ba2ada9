import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import type { setupServer } from 'msw/node';
import { StrictMode } from 'react';
import { vi } from 'vitest';
import { createAuthNClient, type AuthNClient } from '../../src/core/api/client.js';
import type { Emulator, EmulatorOptions } from '@authn-flow-kit/emulator';
import { serveEmulator } from '../fixtures/emulator-server.js';
import { AuthNFlow, type AuthNFlowProps } from '../../src/index.js';

// A loopback name, as a local emulator's address is: provider links under it are followed over http.
export const BASE_URL = 'http://authn.localhost/';

/** One emulator and one MSW server per test file; each test resets the emulator. */
export function setupEmulator(options: Omit<EmulatorOptions, 'config'> = {}) {
  return serveEmulator(options);
}

/** `state` and `code` of the newest link mailed to `to`, as the callback page would read them. */
export function lastLink(emulator: Emulator, to: string): { state: string; code: string } {
  const link = emulator.outbox().filter((entry) => entry.to === to && entry.link !== undefined).at(-1)?.link;
  if (link === undefined) {
    throw new Error(`no link was mailed to ${to}`);
  }
  const url = new URL(link);
  return { state: url.searchParams.get('state') ?? '', code: url.searchParams.get('code') ?? '' };
}

/** The `data` of every `flow/update` with this choice, once read. */
export function updatesOf(server: ReturnType<typeof setupServer>, choice: string): () => Promise<unknown[]> {
  const bodies: Promise<{ choice: string; data: unknown }>[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith('/v2/flow/update')) {
      bodies.push(request.clone().json() as Promise<{ choice: string; data: unknown }>);
    }
  });
  return async () => (await Promise.all(bodies)).filter((body) => body.choice === choice).map((body) => body.data);
}

/** Paths of the API calls the flow makes, in order, e.g. `flow/update`. */
export function recordRequests(server: ReturnType<typeof setupServer>): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname;
    paths.push(path.replace(/^\/v2\//, ''));
  });
  return paths;
}

export interface RenderFlowOptions extends Partial<Omit<AuthNFlowProps, 'client' | 'domain' | 'baseUrl' | 'clientToken'>> {
  strict?: boolean;
}

export interface RenderedFlow extends RenderResult {
  user: ReturnType<typeof userEvent.setup>;
  queryClient: QueryClient;
  client: AuthNClient;
  onComplete: ReturnType<typeof vi.fn>;
  onError: ReturnType<typeof vi.fn>;
}

export function renderFlow(token: string, { strict = true, ...props }: RenderFlowOptions = {}): RenderedFlow {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: token });
  const onComplete = vi.fn();
  const onError = vi.fn();
  const ui = (
    <AuthNFlow client={client} queryClient={queryClient} onComplete={onComplete} onError={onError} {...props} />
  );
  const result = render(strict ? <StrictMode>{ui}</StrictMode> : ui);
  return { ...result, user: userEvent.setup(), queryClient, client, onComplete, onError };
}

export const STRONG_PASSWORD = 'Correct-Horse-9';

/** Signs a user up straight through the API, so sign-in tests start from a known account. */
export async function createUser(client: AuthNClient, email: string, password: string): Promise<void> {
  const started = await client.flow.start({ email });
  const updated = await client.flow.update(started.flowId, 'password', { password });
  await client.flow.complete(updated.flowId);
}

/**
 * Holds every call to `path` until `release()`, then lets the emulator answer it: a handler that
 * returns nothing falls through to the next one.
 */
export function holdRequests(server: ReturnType<typeof setupServer>, path: string) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.post(`*/v2/${path}`, async () => {
      await gate;
      return undefined;
    }),
  );
  return { release: () => release() };
}
