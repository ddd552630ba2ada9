import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as lazySteps from '../../src/react/steps/lazy-steps.js';
import { preloadSteps, preloadStepsOf, type LazyStepKey } from '../../src/react/steps/lazy-steps.js';
import { renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

// The preloads the flow asks for, watched; they still fetch.
vi.mock('../../src/react/steps/lazy-steps.js', async (importOriginal) => {
  const actual = await importOriginal<typeof lazySteps>();
  return { ...actual, preloadSteps: vi.fn(actual.preloadSteps), preloadStepsOf: vi.fn(actual.preloadStepsOf) };
});

const { emulator } = setupEmulator();

/** Every step whose code the flow fetched ahead so far. */
function preloaded(): Set<LazyStepKey> | 'every step' {
  if (vi.mocked(preloadSteps).mock.calls.length > 0) {
    return 'every step';
  }
  return new Set(vi.mocked(preloadStepsOf).mock.calls.flatMap(([keys]) => keys));
}

const LATER_PHASES: LazyStepKey[] = ['agreements', 'captcha', 'consent', 'profile'];

beforeEach(() => {
  // The test setup fetches every step before each file; only the flow's own asks count here.
  vi.mocked(preloadSteps).mockClear();
  vi.mocked(preloadStepsOf).mockClear();
});

describe('the code fetched ahead', () => {
  it('on the identifier step of a password project: the password step, not the steps of other methods or later phases', async () => {
    renderFlow(emulator.token);
    await screen.findByLabelText('Email');
    await waitFor(() => expect(preloaded()).toEqual(new Set(['password'])));
    for (const step of [...LATER_PHASES, 'code', 'emailLink', 'choice'] as const) {
      expect(preloaded()).not.toContain(step);
    }
  });

  it('follows the journey: the password step adds the complete view, and sign-up still ends signed in', async () => {
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'new@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password'), STRONG_PASSWORD);
    expect(preloaded()).toEqual(new Set(['complete', 'password']));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(preloaded()).toEqual(new Set(['complete', 'password']));
  });
});
