import { configure, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowEvent } from '../../src/core/index.js';
import { FixtureFlow } from '../../stories/support/fixture-flow.js';
import { flowResult, rawFlowResult } from '../fixtures/index.js';
import { EMAIL_IDENTIFIER, journeys, requested } from '../fixtures/flow-events.js';
import { renderFlow, setupEmulator, type RenderedFlow } from './flow-harness.js';
import { installSoftCredentials, type SoftCredentials } from './passkey-credentials.js';

const { emulator, server } = setupEmulator();
// The emulator's WebAuthn and scrypt work take a while on a busy machine.
configure({ asyncUtilTimeout: 5000 });
const EMAIL = 'pat@example.com';

let credentials: SoftCredentials | undefined;
beforeEach(() => {
  emulator.setConfig({ preset: 'passwordless', scryptCost: 2 ** 10 });
});
afterEach(() => {
  credentials?.restore();
  credentials = undefined;
});

/** The bodies of the `flow/update passkey` calls, as sent. */
function passkeyUpdates(): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith('/v2/flow/update')) {
      void request
        .clone()
        .json()
        .then((body: { choice: string; data: Record<string, unknown> }) => {
          if (body.choice === 'passkey') {
            bodies.push(body.data);
          }
        });
    }
  });
  return bodies;
}

async function pickPasskey({ user }: RenderedFlow, email = EMAIL) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(await screen.findByRole('button', { name: 'Passkey' }));
}

async function signUp() {
  const flow = renderFlow(emulator.token);
  await pickPasskey(flow);
  expect(await screen.findByRole('heading', { name: 'Create a passkey' })).toBeInTheDocument();
  await flow.user.click(await screen.findByRole('button', { name: 'Create a passkey' }));
  expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  flow.unmount();
}

describe('passkeys against the emulator', { timeout: 20_000 }, () => {
  it('creates a passkey on sign-up, then signs in with it', async () => {
    credentials = installSoftCredentials();
    await signUp();
    expect(credentials.calls).toEqual(['create']);
    expect(emulator.users()[0]?.methods).toEqual(['passkey']);

    const updates = passkeyUpdates();
    const flow = renderFlow(emulator.token);
    await pickPasskey(flow);
    expect(await screen.findByRole('heading', { name: 'Sign in with a passkey' })).toBeInTheDocument();
    // The user asked for a passkey: the prompt opens as soon as the server's options are there.
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(flow.onComplete).toHaveBeenCalledTimes(1);
    expect(credentials.calls).toEqual(['create', 'get']);
    // The user handle goes back decoded: the plain user id (spec §5).
    await waitFor(() => expect(updates).toHaveLength(1));
    const authentication = updates[0]?.['authentication'] as { response: { userHandle: string } };
    expect(authentication.response.userHandle).toBe(emulator.users()[0]?.id);
  });

  it('says a cancelled prompt was cancelled, and offers a retry and another way', async () => {
    credentials = installSoftCredentials();
    await signUp();
    credentials.failNext('NotAllowedError');
    const flow = renderFlow(emulator.token);
    await pickPasskey(flow);

    const alert = await screen.findByText('The passkey request was cancelled or timed out.');
    expect(alert).toHaveAttribute('role', 'alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Choose another way' })).toBeInTheDocument();

    await flow.user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(credentials.calls).toEqual(['create', 'get', 'get']);
  });

  it('goes back to the method picker from a cancelled prompt', async () => {
    credentials = installSoftCredentials();
    await signUp();
    credentials.failNext('NotAllowedError');
    const flow = renderFlow(emulator.token);
    await pickPasskey(flow);
    await screen.findByText('The passkey request was cancelled or timed out.');
    await flow.user.click(screen.getByRole('button', { name: 'Choose another way' }));
    expect(await screen.findByRole('heading', { name: 'How do you want to continue?' })).toBeInTheDocument();
  });

  it('names a refused passkey, and a retry asks the server for a new ceremony', async () => {
    credentials = installSoftCredentials();
    await signUp();
    credentials.tamperNext();
    const flow = renderFlow(emulator.token);
    await pickPasskey(flow);

    expect(await screen.findByText("We couldn't verify that passkey. Try again, or choose another way.")).toBeInTheDocument();
    expect(flow.onError).toHaveBeenCalledWith(expect.objectContaining({ status: 'AuthenticationFailure' }));
    await flow.user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('does not offer a passkey in a browser without WebAuthn (the step explains it: below)', async () => {
    const flow = renderFlow(emulator.token);
    await flow.user.type(await screen.findByLabelText('Email'), 'new@example.com');
    await flow.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'How do you want to continue?' })).toBeInTheDocument();
    expect(screen.getAllByRole('button').some((button) => button.dataset['choice'] === 'email_otp')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Passkey' })).toBeNull();
  });

  it('creates one passkey when the button is pressed twice', async () => {
    credentials = installSoftCredentials();
    const flow = renderFlow(emulator.token);
    await pickPasskey(flow, 'new@example.com');
    const create = await screen.findByRole('button', { name: 'Create a passkey' });
    await flow.user.click(create);
    await flow.user.click(create);
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(credentials.calls).toEqual(['create']);
  });
});

/** The method picker of `signin-methods` with a passkey sign-in added, replayed without a server. */
function pickerWithPasskey(): FlowEvent[] {
  const methods = rawFlowResult('signin-methods')['flow_choices'] as unknown[];
  const passkey = { choice: 'passkey', data: { enrollment: false, started: false, discovery: false } };
  return [
    ...journeys.emailStep(),
    requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
    { type: 'api.responded', operation: 'update', result: flowResult('signin-methods', { flow_choices: [...methods, passkey] }) },
  ];
}

describe('passkeys in the method picker', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('does not offer Passkey in a browser without WebAuthn', async () => {
    render(<FixtureFlow events={pickerWithPasskey()} />);
    const methods = await screen.findByRole('list', {}, { timeout: 10_000 });
    expect(within(methods).getAllByRole('button').map((button) => button.dataset['choice'])).toEqual([
      'password',
      'email_otp',
    ]);
  });

  it('offers it where the browser has WebAuthn', async () => {
    vi.stubGlobal('PublicKeyCredential', class PublicKeyCredential {});
    render(<FixtureFlow events={pickerWithPasskey()} />);
    const methods = await screen.findByRole('list', {}, { timeout: 10_000 });
    expect(within(methods).getAllByRole('button').map((button) => button.dataset['choice'])).toEqual([
      'password',
      'email_otp',
      'passkey',
    ]);
  });
});

describe('the passkey step in a browser without WebAuthn', { timeout: 20_000 }, () => {
  it('explains that this browser has no passkeys, and keeps the way back', async () => {
    render(<FixtureFlow events={[...pickerWithPasskey(), { type: 'user.chooseMethod', choice: 'passkey' }]} />);
    expect(
      await screen.findByText("This browser can't use passkeys. Choose another way to continue.", {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create a passkey' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Choose another way' })).toBeInTheDocument();
  });
});
