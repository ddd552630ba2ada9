import { act, waitFor } from '@testing-library/react';
import { focusManager } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { SessionTokens } from '../../../src/core/index.js';
import { sessionItems, setupAccount } from './account-harness.js';

const { bodiesSentTo, reshape, sessionsOf, renderWithSession } = setupAccount();

/** `expire` an hour past on this device's clock, as a device clock ahead of the service's reads it. */
function pastExpire<T extends { active_token?: { expire: string } | undefined }>(pair: T): T {
  const expire = new Date(Date.now() - 3_600_000).toISOString();
  return pair.active_token === undefined ? pair : { ...pair, active_token: { ...pair.active_token, expire } };
}

describe('a device clock that reads `expire` as past', () => {
  it('does not make the panel refresh the session before its calls: `life` says the token is good', async () => {
    const [pair] = await sessionsOf('skewed@example.com', 1);
    if (pair === undefined) {
      throw new Error('no sign-in');
    }
    reshape('client/session/refresh', (answer) => pastExpire(answer as unknown as SessionTokens) as unknown as Record<string, unknown>);
    const lists = bodiesSentTo('client/session/list');
    const refreshes = bodiesSentTo('client/session/refresh');
    renderWithSession(pastExpire(pair));
    await waitFor(() => expect(sessionItems()).toHaveLength(1));

    // The window regains focus: the list is read again each time.
    for (let index = 0; index < 3; index += 1) {
      act(() => focusManager.setFocused(false));
      act(() => focusManager.setFocused(true));
      await waitFor(async () => expect(await lists()).toHaveLength(index + 2));
    }
    act(() => focusManager.setFocused(undefined));
    expect(await refreshes()).toEqual([]);
  });
});
