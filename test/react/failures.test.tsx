import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AuthNError } from '../../src/core/api/errors.js';
import { recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator, server } = setupEmulator();

function failOnce(path: string, answer: () => Response) {
  server.use(http.post(`*/v2/${path}`, answer, { once: true }));
}

async function reachSignUpPassword(user: ReturnType<typeof renderFlow>['user']) {
  await user.type(await screen.findByLabelText('Email'), 'new@example.com');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  const password = await screen.findByLabelText('Password');
  await user.type(password, STRONG_PASSWORD);
  return password;
}

describe('when the network or the server fails', () => {
  it('explains a network failure at start and retries', async () => {
    // The client sends a start again by itself after a network error (its retry policy): the
    // network stays down until the user asks.
    let offline = true;
    server.use(http.post('*/v2/flow/start', () => (offline ? HttpResponse.error() : undefined)));
    const { user, onError } = renderFlow(emulator.token);

    // After the client's own retries and their backoff.
    expect(await screen.findByRole('heading', { name: 'Something went wrong' }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      "We couldn't reach the sign-in service. Check your connection and try again.",
    );
    expect(onError).toHaveBeenCalledTimes(1);
    const [error] = onError.mock.calls[0] as [AuthNError];
    expect(error).toBeInstanceOf(AuthNError);
    expect(error.kind).toBe('network');

    offline = false;
    const requests = recordRequests(server);
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    expect(requests).toEqual(['flow/start']);
  });

  it('explains a network failure on submit in the form, and the next submit works', async () => {
    const { user } = renderFlow(emulator.token);
    await reachSignUpPassword(user);
    failOnce('flow/update', () => HttpResponse.error());

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const alert = await screen.findByText(/We couldn't reach the sign-in service/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    await waitFor(() => expect(alert.closest('[role="alert"]')).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('explains a malformed response on submit, and the next submit works', async () => {
    const { user, onError } = renderFlow(emulator.token);
    await reachSignUpPassword(user);
    failOnce('flow/update', () => HttpResponse.json({}));

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(
      await screen.findByText("The sign-in service sent an answer we couldn't read. Try again."),
    ).toBeInTheDocument();
    expect((onError.mock.calls[0] as [AuthNError])[0].kind).toBe('invalid-response');

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('explains a flow result of the wrong shape at start, and offers a way forward', async () => {
    failOnce('flow/start', () =>
      HttpResponse.json({ status: 'Success', summary: 'ok', result: { flow_id: 42, flow_choices: 'nope' } }),
    );
    const { user } = renderFlow(emulator.token);

    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("The sign-in service sent an answer we couldn't read.");
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
  });

  it('maps a server validation rule to its message, never the server English', async () => {
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'new@example.com');
    failOnce('flow/update', () =>
      HttpResponse.json(
        {
          status: 'ValidationError',
          summary: 'email is too short, says the server',
          result: { errors: [{ code: 'BelowMinLength', detail: 'too short', source: '/data/email' }] },
        },
        { status: 400 },
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('This is too short.');
    expect(email).toHaveValue('new@example.com');
    expect(screen.queryByText(/says the server|too short$/)).toBeNull();
  });

  it('checks the email on the client before sending it', async () => {
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    const email = await screen.findByLabelText('Email');
    requests.length = 0;

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(email).toHaveAccessibleDescription('Enter your email address.');
    await waitFor(() => expect(email).toHaveFocus());

    await user.type(email, 'not-an-email');
    expect(email).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(requests).toEqual([]);
  });
});
