import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { presetConfig } from '@authn-flow-kit/emulator';
import { App } from '../../demo/app.js';
import { presetOf, safeLink } from '../../demo/handouts.js';
import { recordRequests, setupEmulator } from './flow-harness.js';

// The demo imports the package by name: its source here, not a build.
vi.mock('authn-flow-kit', () => import('../../src/index.js'));
vi.mock('authn-flow-kit/core', () => import('../../src/core/index.js'));

const { emulator, server } = setupEmulator();
const SLOW = { timeout: 10_000 };

beforeEach(() => {
  emulator.setConfig({ preset: 'passwordless', scryptCost: 2 ** 10 });
});
afterEach(() => {
  localStorage.clear();
});

function inbox() {
  return within(screen.getByRole('region', { name: 'Inbox' }));
}

describe('the demo’s inbox', { timeout: 20_000 }, () => {
  it('lists what the emulator sent, newest first: codes to copy, links to open in a new tab', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(await inbox().findByText(/Nothing sent yet/)).toBeInTheDocument();

    await user.type(await screen.findByLabelText('Email', {}, SLOW), 'pat@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Code by email' }, SLOW));
    const sentCode = await waitFor(() => {
      const code = emulator.outbox().at(-1)?.code;
      expect(code).toBeDefined();
      return code ?? '';
    }, SLOW);
    const copy = await inbox().findByRole('button', { name: `Copy ${sentCode}` }, SLOW);
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe(sentCode);
    expect(await inbox().findByRole('status')).toHaveTextContent(`Copied ${sentCode}`);

    // Another way in: the emailed link, newer, goes on top.
    await user.click(screen.getByRole('button', { name: 'Choose another method' }));
    await user.click(await screen.findByRole('button', { name: 'Link by email' }, SLOW));
    const link = await inbox().findByRole('link', { name: /Open the link/ }, SLOW);
    expect(link).toHaveAttribute('href', emulator.outbox().at(-1)?.link);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    const items = inbox().getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Your sign-in link'),
      expect.stringContaining('Your verification code'),
    ]);
    expect(inbox().getByText('2 messages')).toBeInTheDocument();
  });

  it('opens only http(s) links: a message can never run script on the page', () => {
    expect(safeLink('http://localhost:5173/?state=a&code=b')).toBe('http://localhost:5173/?state=a&code=b');
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeLink('not a url')).toBeNull();
    expect(safeLink(undefined)).toBeNull();
  });
});

describe('the demo’s preset switcher', { timeout: 20_000 }, () => {
  it('shows the preset in force, and a switch puts another in force and starts a new flow on it', async () => {
    const user = userEvent.setup();
    const requests = recordRequests(server);
    render(<App />);
    const preset = screen.getByRole('combobox', { name: 'Preset' });
    await waitFor(() => expect(preset).toHaveValue('passwordless'));
    expect(await screen.findByRole('button', { name: 'Continue with Google' }, SLOW)).toBeInTheDocument();

    await user.selectOptions(preset, 'password');

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Continue with Google' })).toBeNull(), SLOW);
    expect(await screen.findByLabelText('Email', {}, SLOW)).toBeInTheDocument();
    expect(presetOf(emulator.config)).toBe('password');
    expect(requests.filter((path) => path === 'flow/start')).toHaveLength(2);
    expect(preset).toHaveValue('password');
  });

  it('says "Custom" for a config of its own (an end-to-end test’s), and changes nothing until asked', async () => {
    emulator.setConfig({ preset: 'password', primaries: ['password', 'email_otp'] });
    render(<App />);
    const preset = screen.getByRole('combobox', { name: 'Preset' });
    await waitFor(() => expect(preset).toHaveDisplayValue('Custom'));
    expect(emulator.config.primaries).toEqual(['password', 'email_otp']);
  });

  it('tells every preset apart', () => {
    for (const name of ['password', 'passwordless', 'mfa', 'everything'] as const) {
      const config = { ...presetConfig(name), scryptCost: 2 ** 10, looseWire: true };
      expect(presetOf(config)).toBe(name);
    }
  });
});
