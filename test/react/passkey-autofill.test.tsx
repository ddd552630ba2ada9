import { configure, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PasskeySignInButton, useAuthNFlow, usePasskeyAutofill } from '../../src/index.js';
import { holdRequests, recordRequests, renderFlow, setupEmulator } from './flow-harness.js';
import { installSoftCredentials, type SoftCredentials } from './passkey-credentials.js';

const { emulator, server } = setupEmulator();
// The emulator's WebAuthn and scrypt work take a while on a busy machine.
configure({ asyncUtilTimeout: 5000 });
const EMAIL = 'pat@example.com';

let credentials: SoftCredentials;
beforeEach(() => {
  emulator.setConfig({ preset: 'passwordless', scryptCost: 2 ** 10 });
});
afterEach(() => {
  credentials.restore();
});

/** An identifier step reduced to what the passkey pieces need, as an app would build one. */
function IdentifierWithPasskeys() {
  const { view, submit } = useAuthNFlow();
  const autoComplete = usePasskeyAutofill(view);
  const [email, setEmail] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit('set_email', { email });
      }}
    >
      <label>
        Email
        <input value={email} autoComplete={autoComplete ?? 'email'} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <button type="submit">Continue</button>
      <PasskeySignInButton />
    </form>
  );
}

const components = { set_email: IdentifierWithPasskeys };

/** A user with a passkey on the soft authenticator, made through the kit's own sign-up. */
async function userWithPasskey() {
  const flow = renderFlow(emulator.token);
  await flow.user.type(await screen.findByLabelText('Email'), EMAIL);
  await flow.user.click(screen.getByRole('button', { name: 'Continue' }));
  await flow.user.click(await screen.findByRole('button', { name: 'Passkey' }));
  await flow.user.click(await screen.findByRole('button', { name: 'Create a passkey' }));
  await screen.findByRole('heading', { name: "You're signed in" });
  flow.unmount();
}

describe('passkey autofill (conditional UI) on the identifier step', { timeout: 20_000 }, () => {
  it('offers the passkey in the field’s autofill and signs in with the one picked', async () => {
    credentials = installSoftCredentials({ conditional: true });
    await userWithPasskey();
    const requests = recordRequests(server);
    const flow = renderFlow(emulator.token, { components });

    const field = await screen.findByLabelText('Email');
    expect(field).toHaveAttribute('autocomplete', 'username webauthn');
    await waitFor(() => expect(credentials.hasAutofillRequest()).toBe(true));
    // The options came from a background restart: the identifier step stayed on screen.
    expect(requests).toEqual(['flow/start', 'flow/restart']);
    expect(screen.getByLabelText('Email')).toBe(field);

    await credentials.pickAutofill();
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(flow.onComplete).toHaveBeenCalledTimes(1);
    expect(requests).toEqual(['flow/start', 'flow/restart', 'flow/update', 'flow/complete']);
  });

  it('cancels the waiting request when the user goes on with an email', async () => {
    credentials = installSoftCredentials({ conditional: true });
    const flow = renderFlow(emulator.token, { components });
    await waitFor(() => expect(credentials.hasAutofillRequest()).toBe(true));
    await flow.user.type(screen.getByLabelText('Email'), 'new@example.com');
    await flow.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'How do you want to continue?' })).toBeInTheDocument();
    expect(credentials.hasAutofillRequest()).toBe(false);
    expect(credentials.aborted).toBeGreaterThan(0);
  });

  it('cancels the waiting request when the flow unmounts', async () => {
    credentials = installSoftCredentials({ conditional: true });
    const flow = renderFlow(emulator.token, { components });
    await waitFor(() => expect(credentials.hasAutofillRequest()).toBe(true));
    flow.unmount();
    expect(credentials.hasAutofillRequest()).toBe(false);
  });

  it('asks nothing of a browser without autofill for passkeys', async () => {
    credentials = installSoftCredentials({ conditional: false });
    const requests = recordRequests(server);
    renderFlow(emulator.token, { components });
    expect(await screen.findByLabelText('Email')).toHaveAttribute('autocomplete', 'username webauthn');
    await screen.findByRole('button', { name: 'Sign in with a passkey' });
    expect(credentials.calls).toEqual([]);
    expect(requests).toEqual(['flow/start']);
  });

  it('signs in from the "Sign in with a passkey" button, a passkey of any account', async () => {
    credentials = installSoftCredentials({ conditional: false });
    await userWithPasskey();
    const flow = renderFlow(emulator.token, { components });
    await flow.user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(credentials.calls).toEqual(['create', 'get']);
  });
});

describe('passkey button without WebAuthn', () => {
  it('is not there, and the field keeps its own autocomplete', async () => {
    credentials = { restore: () => undefined } as SoftCredentials;
    renderFlow(emulator.token, { components });
    expect(await screen.findByLabelText('Email')).toHaveAttribute('autocomplete', 'email');
    expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).toBeNull();
  });
});

describe('passkeys on the kit’s identifier step', { timeout: 20_000 }, () => {
  it('marks the field for passkey autofill, and signs in with the passkey picked there', async () => {
    credentials = installSoftCredentials({ conditional: true });
    await userWithPasskey();
    const flow = renderFlow(emulator.token);
    // The field's own token first: an email field stays one for password managers.
    expect(await screen.findByLabelText('Email')).toHaveAttribute('autocomplete', 'email webauthn');
    await waitFor(() => expect(credentials.hasAutofillRequest()).toBe(true));
    // Preparing the autofill is no reason for the form to look busy.
    expect(screen.getByRole('button', { name: 'Continue' })).not.toHaveAttribute('aria-disabled');
    await credentials.pickAutofill();
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(flow.onComplete).toHaveBeenCalledTimes(1);
  });

  it('sends an email typed while the autofill is being prepared, once that call is back', async () => {
    credentials = installSoftCredentials({ conditional: true });
    const held = holdRequests(server, 'flow/restart');
    const requests = recordRequests(server);
    const flow = renderFlow(emulator.token);
    await flow.user.type(await screen.findByLabelText('Email'), 'new@example.com');
    await waitFor(() => expect(requests).toEqual(['flow/start', 'flow/restart']));
    await flow.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(requests).toEqual(['flow/start', 'flow/restart']);
    held.release();
    expect(await screen.findByRole('heading', { name: 'How do you want to continue?' })).toBeInTheDocument();
    expect(requests).toEqual(['flow/start', 'flow/restart', 'flow/update']);
  });

  it('has a "Sign in with a passkey" button beside the field', async () => {
    credentials = installSoftCredentials();
    await userWithPasskey();
    const flow = renderFlow(emulator.token);
    await flow.user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('keeps the field’s own autocomplete, and no passkey button, without WebAuthn', async () => {
    credentials = { restore: () => undefined } as SoftCredentials;
    renderFlow(emulator.token);
    expect(await screen.findByLabelText('Email')).toHaveAttribute('autocomplete', 'email');
    expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).toBeNull();
  });
});
