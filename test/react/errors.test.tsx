import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createAuthNClient } from '../../src/core/index.js';
import { BASE_URL, createUser, recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator, server } = setupEmulator();
const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });

/** The emulator's hand-out that creates or changes a user (`disabled: true` for `DisabledUser`). */
async function putUser(body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${BASE_URL}__emulator/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

function answerOnce(path: string, status: string, httpStatus: number, summary = 'The server says something in English') {
  server.use(
    http.post(`*/v2/${path}`, () => HttpResponse.json({ status, summary, result: null }, { status: httpStatus }), {
      once: true,
    }),
  );
}

describe('the error views', () => {
  it('tells a disabled user so, with "Start over" and no pointless "Try again"', async () => {
    await putUser({ email: 'off@example.com', password: STRONG_PASSWORD, disabled: true });
    const { user, onError } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'off@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { name: 'Account disabled' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/This account is disabled, so you can't sign in with it/);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ status: 'DisabledUser' });

    const requests = recordRequests(server);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await screen.findByLabelText('Email')).toHaveValue('');
    expect(requests).toEqual(['flow/start']);
  });

  it('explains a sign-in blocked for impossible travel', async () => {
    await createUser(client, 'far@example.com', STRONG_PASSWORD);
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'far@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
    answerOnce('flow/update', 'TravelDistanceExceeded', 403);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Sign-in blocked' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/too far away from where you last signed in/);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();
  });

  it('explains an unknown status in its own words, never the server English, and can try again', async () => {
    // HTTP 400: a 5xx start is sent again by the client itself (its retry policy).
    answerOnce('flow/start', 'BrandNewFailure', 400);
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);

    expect(await screen.findByRole('heading', { name: "We couldn't continue" })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("The sign-in service answered in a way we don't recognise.");
    expect(screen.queryByText(/says something in English/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    expect(requests).toEqual(['flow/start', 'flow/start']);
  });

  it('tells an app that may not sign users in, without a retry', async () => {
    const { onError } = renderFlow('pcl_notthetokenoftheemulatorproject0');
    expect(await screen.findByRole('heading', { name: "This app can't sign you in" })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("This app isn't set up to sign you in.");
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ status: 'Unauthorized' });
  });
});

describe('an expired flow with a username', () => {
  it('starts again for the same account, and says so in one line', async () => {
    emulator.setConfig({ usernameFormat: 'string' });
    try {
      await putUser({ username: 'slowcoach', email: 'slow@example.com', password: STRONG_PASSWORD });
      const { user, container } = renderFlow(emulator.token);
      await user.type(await screen.findByLabelText('Username'), 'slowcoach');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      await screen.findByLabelText('Password', { selector: 'input' });
      const shown = container.querySelector('[data-part="identifier-value"]')?.textContent;
      answerOnce('flow/update', 'FlowExpired', 400);
      const starts: Promise<Record<string, unknown>>[] = [];
      server.events.on('request:start', ({ request }) => {
        if (request.url.endsWith('/v2/flow/start')) {
          starts.push(request.clone().json() as Promise<Record<string, unknown>>);
        }
      });
      await user.type(screen.getByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));

      const notice = await screen.findByText(/took too long, so we started again/);
      expect(notice).toHaveAttribute('aria-live', 'polite');
      const [restart] = await Promise.all(starts);
      expect([restart?.username, restart?.email]).toContain(shown === 'slowcoach' ? 'slowcoach' : 'slow@example.com');
      const again = await screen.findByLabelText('Password', { selector: 'input' });
      // The step stays mounted through the restart, so the password is kept (issue 6 fault matrix).
      expect(again).toHaveValue(STRONG_PASSWORD);
      expect(container.querySelector('[data-part="identifier-value"]')).toHaveTextContent(shown ?? '');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    } finally {
      emulator.setConfig({ usernameFormat: 'email' });
    }
  });
});
