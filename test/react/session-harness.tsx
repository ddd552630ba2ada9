import { QueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { getResponse, http, HttpResponse, type JsonBodyType } from 'msw';
import { StrictMode, type ReactNode } from 'react';
import { vi } from 'vitest';
import { createAuthNClient, type AuthNClient, type SessionTokens } from '../../src/core/index.js';
import { createEmulatorHandlers } from '@authn-flow-kit/emulator';
import { AuthNProvider, useAuthNSession, type SessionStorageAdapter, type UseAuthNSessionOptions } from '../../src/index.js';
import { bodiesSentTo as recordBodies } from '../fixtures/wire-calls.js';
import { BASE_URL, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

/** One emulator per test file (its clock follows `Date.now`, so fake timers move it), and a client on it. */
export function setupSession() {
  const { emulator, server } = setupEmulator({ now: () => Date.now() });
  const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });
  const emulatorHandlers = createEmulatorHandlers(emulator);

  function renderSession(options: UseAuthNSessionOptions = {}, { strict = true } = {}) {
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => {
      const tree = (
        <AuthNProvider client={client} queryClient={queryClient}>
          {children}
        </AuthNProvider>
      );
      return strict ? <StrictMode>{tree}</StrictMode> : tree;
    };
    return { ...renderHook(() => useAuthNSession(options), { wrapper }), queryClient };
  }

  /** The JSON bodies sent to `path` (e.g. `client/session/logout`), in order, once read. */
  const bodiesSentTo = (path: string) => recordBodies(server, path);

  /** The `result`s the emulator answered `path` with, in order. */
  function resultsOf(path: string): () => Promise<unknown[]> {
    const results: Promise<unknown>[] = [];
    server.events.on('response:mocked', ({ request, response }) => {
      if (new URL(request.url).pathname === `/v2/${path}`) {
        results.push(response.clone().json().then((envelope: { result?: unknown }) => envelope.result));
      }
    });
    return () => Promise.all(results);
  }

  /** The emulator answers `path`, and `edit` reshapes its `result` into another shape the spec allows. */
  function reshape(path: string, edit: (result: Record<string, unknown>) => JsonBodyType) {
    server.use(
      http.post(`*/v2/${path}`, async ({ request }) => {
        const answer = await getResponse(emulatorHandlers, request);
        if (answer === undefined) {
          throw new Error(`The emulator did not answer ${path}`);
        }
        const envelope = (await answer.json()) as { result?: Record<string, unknown> | null };
        const result = envelope.result === null || envelope.result === undefined ? envelope.result : edit(envelope.result);
        return HttpResponse.json({ ...envelope, result }, { status: answer.status });
      }),
    );
  }

  return { emulator, server, client, renderSession, bodiesSentTo, resultsOf, reshape };
}

export async function signIn(api: AuthNClient, email: string): Promise<SessionTokens> {
  const started = await api.flow.start({ email });
  const updated = await api.flow.update(started.flowId, 'password', { password: STRONG_PASSWORD });
  return api.flow.complete(updated.flowId);
}

export function memoryStorage(initial: string | null = null) {
  let value = initial;
  return {
    get: vi.fn(() => value),
    set: vi.fn((next: string) => {
      value = next;
    }),
    remove: vi.fn(() => {
      value = null;
    }),
    peek: () => value,
  } satisfies SessionStorageAdapter & { peek(): string | null };
}

/** `Success`, or the API status the call failed with. */
export { statusOf } from '../fixtures/wire-calls.js';

/** A pair as a server that sends only what the spec requires may hand it over: no active token. */
export function withoutActiveToken(tokens: SessionTokens): SessionTokens {
  const { active_token: _active, ...rest } = tokens;
  return rest;
}
