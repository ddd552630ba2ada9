import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as lazySteps from '../../src/react/steps/lazy-steps.js';
import { renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

// The preloads the flow asks for, watched; they still fetch.
vi.mock('../../src/react/steps/lazy-steps.js', async (importOriginal) => {
  const actual = await importOriginal<typeof lazySteps>();
  return { ...actual, preloadSteps: vi.fn(actual.preloadSteps), preloadComponents: vi.fn(actual.preloadComponents) };
});

const { emulator } = setupEmulator();

/** The kit's lazy steps (a chunk each), by their export's name; an alias (`ResetPasswordStep`) is named as the step it is. */
const NAME_OF = new Map<unknown, string>();
for (const [name, value] of Object.entries(lazySteps)) {
  if (typeof value === 'function' && /^[A-Z]/.test(name) && !NAME_OF.has(value)) {
    NAME_OF.set(value, name);
  }
}

/** Every kit step whose code the flow fetched ahead so far; the app's own components fetch nothing. */
function preloaded(): Set<string> | 'every step' {
  if (vi.mocked(lazySteps.preloadSteps).mock.calls.length > 0) {
    return 'every step';
  }
  const components = vi.mocked(lazySteps.preloadComponents).mock.calls.flatMap(([asked]) => asked);
  return new Set(components.flatMap((component) => NAME_OF.get(component) ?? []));
}

const LATER_PHASES = ['AgreementsStep', 'CaptchaStep', 'ConsentStep', 'ProfileStep'];

beforeEach(() => {
  // The test setup fetches every step before each file; only the flow's own asks count here.
  vi.mocked(lazySteps.preloadSteps).mockClear();
  vi.mocked(lazySteps.preloadComponents).mockClear();
});

describe('the code fetched ahead', () => {
  it('on the identifier step of a password project: the password step, not the steps of other methods or later phases', async () => {
    renderFlow(emulator.token);
    await screen.findByLabelText('Email');
    await waitFor(() => expect(preloaded()).toEqual(new Set(['PasswordStep'])));
    for (const step of [...LATER_PHASES, 'CodeStep', 'EmailLinkStep', 'ChoicePicker']) {
      expect(preloaded()).not.toContain(step);
    }
  });

  it('follows the journey: the password step adds the complete view, and sign-up still ends signed in', async () => {
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'new@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password'), STRONG_PASSWORD);
    expect(preloaded()).toEqual(new Set(['CompleteView', 'PasswordStep']));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(preloaded()).toEqual(new Set(['CompleteView', 'PasswordStep']));
  });

  describe('in a passwordless project', () => {
    beforeEach(() => {
      emulator.setConfig({ preset: 'passwordless', scryptCost: 2 ** 10 });
    });

    it('on the identifier step: the picker and the steps of its methods', async () => {
      renderFlow(emulator.token);
      await screen.findByLabelText('Email');
      await waitFor(() =>
        expect(preloaded()).toEqual(new Set(['ChoicePicker', 'CodeStep', 'CompleteView', 'EmailLinkStep', 'PasskeyStep'])),
      );
    });

    it('an app that renders the code step itself does not fetch the kit’s', async () => {
      function AppCodeStep() {
        return <p>The app's code step</p>;
      }
      renderFlow(emulator.token, { components: { email_otp: AppCodeStep } });
      await screen.findByLabelText('Email');
      await waitFor(() =>
        expect(preloaded()).toEqual(new Set(['ChoicePicker', 'CompleteView', 'EmailLinkStep', 'PasskeyStep'])),
      );
      expect(preloaded()).not.toContain('CodeStep');
    });
  });
});
