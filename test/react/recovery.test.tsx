/**
 * Issue 11 item 4 in the page: after an answer the kit cannot explain, it reads the flow's state
 * (`flow/update` with `""`) and goes by what it finds, never by the status's name.
 */
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderFlow, setupEmulator, STRONG_PASSWORD, type RenderedFlow } from './flow-harness.js';

const { emulator, server } = setupEmulator();
const EMAIL = 'new@example.com';

interface Call {
  path: string;
  choice: unknown;
}

/** The flow calls, in order, with the choice each sent. */
function recordCalls(): Call[] {
  const calls: Call[] = [];
  server.events.on('request:start', async ({ request }) => {
    const path = new URL(request.url).pathname.replace(/^\/v2\//, '');
    const body = (await request.clone().json()) as { choice?: unknown };
    calls.push({ path, choice: body.choice });
  });
  return calls;
}

/** An answer with a status this kit has never heard of. */
function unknownStatus(status: string) {
  return HttpResponse.json({ status, summary: 'The server says something in English', result: null }, { status: 400 });
}

/** Answers the next `flow/update` with `choice` by `answer`, once; the rest reach the emulator. */
function answerUpdateOnce(choice: string, answer: () => Response) {
  let done = false;
  server.use(
    http.post('*/v2/flow/update', async ({ request }) => {
      const body = (await request.clone().json()) as { choice?: string };
      if (done || body.choice !== choice) {
        return undefined;
      }
      done = true;
      return answer();
    }),
  );
}

/** A new user on the sign-up password step, the password typed. */
async function onPasswordStep(): Promise<RenderedFlow> {
  const rendered = renderFlow(emulator.token);
  await rendered.user.type(await screen.findByLabelText('Email'), EMAIL);
  await rendered.user.click(screen.getByRole('button', { name: 'Continue' }));
  await rendered.user.type(await screen.findByLabelText('Password'), STRONG_PASSWORD);
  return rendered;
}

const createAccount = (rendered: RenderedFlow) => rendered.user.click(screen.getByRole('button', { name: 'Create account' }));

describe('an answer the kit cannot explain', () => {
  it('reads the flow, and shows the step it is on with what was typed, saying it did not go through', async () => {
    const rendered = await onPasswordStep();
    const calls = recordCalls();
    answerUpdateOnce('password', () => unknownStatus('SomethingNew'));

    await createAccount(rendered);

    const alert = await screen.findByText('Something went wrong on our side. Try again.');
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(calls).toEqual([
      { path: 'flow/update', choice: 'password' },
      { path: 'flow/update', choice: '' },
    ]);
    expect(screen.queryByText(/says something in English/)).toBeNull();
    expect(screen.getByLabelText('Password')).toHaveValue(STRONG_PASSWORD);
    expect(document.querySelector('[data-part="notice"]')).toHaveAttribute('data-state', 'hidden');

    await createAccount(rendered);
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    await waitFor(() => expect(rendered.onComplete).toHaveBeenCalledTimes(1));
  });

  it('starts a new flow with the email, and says so, when the read finds the flow gone', async () => {
    const rendered = await onPasswordStep();
    const calls = recordCalls();
    answerUpdateOnce('password', () => unknownStatus('SomethingNew'));
    // Whatever the service calls a flow it no longer has.
    answerUpdateOnce('', () => unknownStatus('NoSuchThingAnyMore'));
    const starts: Promise<Record<string, unknown>>[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/v2/flow/start')) {
        starts.push(request.clone().json() as Promise<Record<string, unknown>>);
      }
    });

    await createAccount(rendered);

    expect(await screen.findByText('Your sign-in took too long, so we started again. What you typed is kept.')).toBeInTheDocument();
    await waitFor(() => expect(calls.map((call) => call.path)).toEqual(['flow/update', 'flow/update', 'flow/start']));
    expect(await Promise.all(starts)).toEqual([expect.objectContaining({ email: EMAIL })]);
    expect(await screen.findByLabelText('Password')).toHaveValue(STRONG_PASSWORD);

    await createAccount(rendered);
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('fails with "Try again" when the read cannot reach the service, and reads again on retry', async () => {
    const rendered = await onPasswordStep();
    answerUpdateOnce('password', () => unknownStatus('SomethingNew'));
    let offline = true;
    server.use(
      http.post('*/v2/flow/update', async ({ request }) => {
        const body = (await request.clone().json()) as { choice?: string };
        return offline && body.choice === '' ? HttpResponse.error() : undefined;
      }),
    );

    await createAccount(rendered);

    expect(await screen.findByRole('heading', { name: 'Something went wrong' }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("We couldn't reach the sign-in service.");
    offline = false;
    const calls = recordCalls();
    await rendered.user.click(screen.getByRole('button', { name: 'Try again' }));

    // The failed screen took the step's place: the password is typed again.
    await rendered.user.type(await screen.findByLabelText('Password'), STRONG_PASSWORD);
    expect(calls).toEqual([{ path: 'flow/update', choice: '' }]);
    await createAccount(rendered);
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('keeps a status it explains on the step, without reading the flow', async () => {
    const rendered = await onPasswordStep();
    const calls = recordCalls();
    answerUpdateOnce('password', () =>
      HttpResponse.json({ status: 'ServiceNotAvailable', summary: 'busy', result: null }, { status: 400 }),
    );

    await createAccount(rendered);

    expect(await screen.findByText('The sign-in service is busy right now. Wait a moment, then try again.')).toBeInTheDocument();
    expect(calls).toEqual([{ path: 'flow/update', choice: 'password' }]);
  });
});
