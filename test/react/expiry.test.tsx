import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

let now = Date.parse('2030-01-01T00:00:00Z');
const { emulator, server } = setupEmulator({ now: () => now });

describe('an expired flow', () => {
  it('starts again with the typed email and says so in one polite line', async () => {
    const requests = recordRequests(server);
    const { user, onComplete } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'slow@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const password = await screen.findByLabelText('Password');
    await user.type(password, STRONG_PASSWORD);

    now += 31 * 60 * 1000;
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const notice = await screen.findByText(
      'Your sign-in took too long, so we started again. What you typed is kept.',
    );
    expect(notice).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('alert', { name: /./ })).toBeNull();
    expect(requests).toEqual(['flow/start', 'flow/update', 'flow/update', 'flow/start']);
    expect(await screen.findByText('slow@example.com')).toBeInTheDocument();

    // The step stays mounted through the restart, so the password is kept (issue 6 fault matrix).
    const again = await screen.findByLabelText('Password');
    expect(again).toHaveValue(STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(/took too long/)).toBeNull();
  });
});
