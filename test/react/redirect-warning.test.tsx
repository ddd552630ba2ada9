import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE_URL, renderFlow, setupEmulator } from './flow-harness.js';

const { emulator } = setupEmulator();
emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, socialProviders: ['github'] });

afterEach(() => {
  vi.restoreAllMocks();
});

async function goToGitHub(props: { redirectOrigins?: string[] }) {
  const navigate = vi.fn();
  const { user } = renderFlow(emulator.token, { navigate, ...props });
  await user.click(await screen.findByRole('button', { name: 'Continue with GitHub' }));
  expect(navigate).toHaveBeenCalledTimes(1);
  cleanup();
}

describe('a provider redirect without redirectOrigins', () => {
  it('is followed with one warning per page outside production, naming the prop', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await goToGitHub({ redirectOrigins: [new URL(BASE_URL).origin] });
    expect(warn).not.toHaveBeenCalled();

    await goToGitHub({});
    await goToGitHub({});
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/No `redirectOrigins` given/);
  });
});
