import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FixtureFlow } from '../../stories/support/fixture-flow.js';
import { journeys, requested, responded } from '../fixtures/flow-events.js';
import { installSoftCredentials, type SoftCredentials } from './passkey-credentials.js';

/** Signed in with a password; the flow is complete but offers to add a passkey (research §9.3). */
const offer = (fixture: 'passkey-offer' | 'passkey-offer-started') => [
  ...journeys.signinPassword(),
  requested.update('password'),
  responded('update', fixture),
];

let credentials: SoftCredentials | undefined;
afterEach(() => {
  credentials?.restore();
  credentials = undefined;
  localStorage.clear();
});

function renderOffer(fixture: 'passkey-offer' | 'passkey-offer-started') {
  const commands = { submit: vi.fn(), restart: vi.fn(), finish: vi.fn() };
  const { unmount } = render(<FixtureFlow events={offer(fixture)} {...commands} />);
  return { ...commands, unmount, user: userEvent.setup() };
}

describe('the "add a passkey" offer after sign-in', () => {
  it('asks for the ceremony, and creates the passkey on request', async () => {
    credentials = installSoftCredentials();
    const first = renderOffer('passkey-offer');
    expect(await screen.findByRole('heading', { name: 'Add a passkey' })).toBeInTheDocument();
    await waitFor(() => expect(first.restart).toHaveBeenCalledWith('passkey', {}));
    first.unmount();

    const { submit, user } = renderOffer('passkey-offer-started');
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    expect(submit).toHaveBeenCalledWith('passkey', {
      registration: expect.objectContaining({ type: 'public-key', response: expect.objectContaining({ attestationObject: expect.any(String) }) }),
    });
    expect(credentials.calls).toEqual(['create']);
  });

  it('finishes the flow on "Ask again later", and asks again next time', async () => {
    credentials = installSoftCredentials();
    const { finish, user } = renderOffer('passkey-offer-started');
    await user.click(await screen.findByRole('button', { name: 'Ask again later' }));
    expect(finish).toHaveBeenCalledTimes(1);
    expect(localStorage.length).toBe(0);
  });

  it('remembers "Don\'t ask again" on this browser and then goes straight on', async () => {
    credentials = installSoftCredentials();
    const first = renderOffer('passkey-offer-started');
    await first.user.click(await screen.findByRole('button', { name: "Don't ask again on this browser" }));
    expect(first.finish).toHaveBeenCalledTimes(1);
    first.unmount();

    const again = renderOffer('passkey-offer-started');
    await waitFor(() => expect(again.finish).toHaveBeenCalled());
    expect(again.restart).not.toHaveBeenCalled();
  });

  it('goes straight on in a browser without passkeys', async () => {
    const { finish, restart } = renderOffer('passkey-offer');
    await waitFor(() => expect(finish).toHaveBeenCalled());
    expect(restart).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: 'Add a passkey' })).toBeNull();
  });

  it('says so when this device already has a passkey for the account', async () => {
    credentials = installSoftCredentials();
    credentials.failNext('InvalidStateError');
    const { user, submit } = renderOffer('passkey-offer-started');
    await user.click(await screen.findByRole('button', { name: 'Add a passkey' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This device already has a passkey for this account.');
    expect(screen.queryByRole('button', { name: 'Add a passkey' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ask again later' })).toBeInTheDocument();
    expect(submit).not.toHaveBeenCalled();
  });
});
