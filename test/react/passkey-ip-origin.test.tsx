import { configure, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isIpAddressHost } from '../../src/react/steps/passkey-step/use-has-webauthn.js';
import { renderFlow, setupEmulator } from './flow-harness.js';
import { installSoftCredentials, type SoftCredentials } from './passkey-credentials.js';

// Vitest's jsdom environment hands out its JSDOM: `reconfigure` moves the page to another origin.
declare const jsdom: { reconfigure(settings: { url: string }): void };

const { emulator } = setupEmulator();
configure({ asyncUtilTimeout: 5000 });

const HOME = window.location.href;
let credentials: SoftCredentials;

beforeEach(() => {
  // `passwordless` offers a passkey sign-in beside the email and a Passkey method after it.
  emulator.setConfig({ preset: 'passwordless', scryptCost: 2 ** 10 });
  credentials = installSoftCredentials({ conditional: true });
});
afterEach(() => {
  credentials.restore();
  jsdom.reconfigure({ url: HOME });
});

/** The page at `origin`, the browser with WebAuthn and autofill: what the identifier step and the picker offer. */
async function offeredAt(origin: string) {
  jsdom.reconfigure({ url: `${origin}/` });
  const flow = renderFlow(emulator.token);
  const field = await screen.findByLabelText('Email');
  const onIdentifier = {
    button: screen.queryByRole('button', { name: 'Sign in with a passkey' }) !== null,
    autocomplete: field.getAttribute('autocomplete'),
  };
  await flow.user.type(field, 'pat@example.com');
  await flow.user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('button', { name: 'Code by email' });
  const inPicker = screen.queryByRole('button', { name: 'Passkey' }) !== null;
  return { ...onIdentifier, inPicker, calls: credentials.calls };
}

describe('passkeys on an IP-address origin', { timeout: 20_000 }, () => {
  it('tells IP addresses from domains, as `location.hostname` writes them', () => {
    for (const host of ['127.0.0.1', '192.168.1.20', '10.0.0.255', '[::1]', '[2001:db8::7]']) {
      expect(isIpAddressHost(host), host).toBe(true);
    }
    for (const host of ['localhost', 'app.localhost', 'example.com', '1.2.3.example', 'xn--bcher-kva.example', '']) {
      expect(isIpAddressHost(host), host).toBe(false);
    }
  });

  it('offers no passkey on http://127.0.0.1 (WebAuthn refuses an IP as relying party)', async () => {
    expect(await offeredAt('http://127.0.0.1:5173')).toEqual({
      button: false,
      autocomplete: 'email',
      inPicker: false,
      calls: [],
    });
  });

  it('offers no passkey on an IPv6 address either', async () => {
    expect(await offeredAt('http://[::1]:5173')).toMatchObject({ button: false, inPicker: false, calls: [] });
  });

  it('offers the button, the autofill and the method on http://localhost', async () => {
    expect(await offeredAt('http://localhost:5173')).toMatchObject({
      button: true,
      autocomplete: 'email webauthn',
      inPicker: true,
    });
  });
});
