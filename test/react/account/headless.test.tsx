import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuthNClient } from '../../../src/core/index.js';
import { useAccountSecurity } from '../../../src/index.js';
import { statusOf } from '../session-harness.js';
import { activeToken, NEW_PASSWORD, setupAccount, STRONG_PASSWORD } from './account-harness.js';

const { client, sessionsOf, bodiesSentTo } = setupAccount();

/** An app's own panel: the hook's state and handlers on plain elements, no kit markup, no provider. */
function MyPanel({ token, api: authn, queryClient }: { token: string; api: AuthNClient; queryClient: QueryClient }) {
  const { status, password, sessions } = useAccountSecurity({ token, client: authn, queryClient });
  if (status !== 'ready') {
    return <p>{status}</p>;
  }
  const current = password.getCurrentProps();
  const next = password.getNewProps();
  const { signOut } = sessions;
  return (
    <main>
      <form {...password.getFormProps()}>
        <label>
          Old
          <input type="password" value={current.value} onChange={(event) => current.onChange(event.target.value)} />
        </label>
        {current.error === null ? null : <p>Old: {current.error}</p>}
        <label>
          New
          <input type="password" value={next.value} onChange={(event) => next.onChange(event.target.value)} />
        </label>
        {next.error === null ? null : <p>New: {next.error}</p>}
        <button type="submit">{password.getSubmitProps().pending ? 'Saving' : 'Save'}</button>
        {password.status === 'saved' ? <p>Saved</p> : null}
      </form>
      <ul aria-label="Devices">
        {sessions.sessions.map((session) => (
          <li key={session.id}>
            {session.current ? 'Me' : (
              <button type="button" onClick={() => sessions.request({ kind: 'session', sessionId: session.id })}>
                End {session.createdAt}
              </button>
            )}
          </li>
        ))}
      </ul>
      {signOut.status === 'confirming' ? (
        <button type="button" onClick={sessions.confirm}>
          Sure
        </button>
      ) : null}
      {signOut.status === 'done' ? <p>Ended {signOut.count}</p> : null}
    </main>
  );
}

describe('useAccountSecurity, headless', () => {
  it('signs another session out and changes the password, from a panel of its own', async () => {
    const [other, device] = await sessionsOf('headless@example.com', 2);
    if (other === undefined || device === undefined) {
      throw new Error('two sign-ins expected');
    }
    const changes = bodiesSentTo('client/password/change');
    const user = userEvent.setup();
    render(<MyPanel token={activeToken(device)} api={client} queryClient={new QueryClient()} />);
    const devices = await screen.findByRole('list', { name: 'Devices' });
    await waitFor(() => expect(within(devices).getAllByRole('listitem')).toHaveLength(2));
    expect(within(devices).getAllByRole('listitem')[0]).toHaveTextContent('Me');

    await user.click(within(devices).getByRole('button', { name: /^End / }));
    await user.click(await screen.findByRole('button', { name: 'Sure' }));
    expect(await screen.findByText('Ended 1')).toBeVisible();
    expect(await statusOf(client.token.check(activeToken(other)))).toBe('InvalidToken');
    await waitFor(() => expect(within(devices).getAllByRole('listitem')).toHaveLength(1));

    // The hook's own checks speak through the app's markup.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Old: Enter your current password.')).toBeVisible();
    expect(await changes()).toEqual([]);

    await user.type(screen.getByLabelText('Old'), STRONG_PASSWORD);
    await user.type(screen.getByLabelText('New'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeVisible();
    expect(screen.getByLabelText<HTMLInputElement>('Old').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('New').value).toBe('');
    expect(await changes()).toEqual([{ token: activeToken(device), old_password: STRONG_PASSWORD, new_password: NEW_PASSWORD }]);
    expect(await statusOf(client.token.check(activeToken(device)))).toBe('Success');
  });
});
