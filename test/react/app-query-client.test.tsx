import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import { BASE_URL, createUser, recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator, server } = setupEmulator();
const EMAIL = 'known@example.com';

/** An app's own QueryClient, with the defaults many apps set for their own calls. */
function appQueryClient() {
  return new QueryClient({ defaultOptions: { mutations: { retry: 2, retryDelay: 1 }, queries: { retry: 2 } } });
}

async function reachSignIn(user: ReturnType<typeof renderFlow>['user']) {
  await createUser(createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token }), EMAIL, STRONG_PASSWORD);
  await user.type(await screen.findByLabelText('Email'), EMAIL);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return screen.findByLabelText('Password');
}

afterEach(() => {
  // TanStack Query's online manager is shared by every test of the file.
  act(() => void window.dispatchEvent(new Event('online')));
});

describe("the flow on an app's own QueryClient", () => {
  it("sends a wrong password once, whatever the app's mutation retries", async () => {
    const requests = recordRequests(server);
    const { user, onError } = renderFlow(emulator.token, { queryClient: appQueryClient() });
    const password = await reachSignIn(user);
    const updatesBefore = requests.filter((path) => path === 'flow/update').length;

    await user.type(password, 'Wrong-password-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    // Past the app's retry delay: nothing more goes out.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.filter((path) => path === 'flow/update').length - updatesBefore).toBe(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('sends a submit while the browser says it is offline, rather than holding it busy without a word', async () => {
    const { user, onComplete } = renderFlow(emulator.token, { queryClient: appQueryClient() });
    const password = await reachSignIn(user);
    await user.type(password, STRONG_PASSWORD);

    act(() => void window.dispatchEvent(new Event('offline')));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
