import { test as base, expect, type Page } from '@playwright/test';
import type { EmulatorConfigInput } from '@authn-flow-kit/emulator';
import { expectNoAxeViolations } from './axe.js';
import { createDriver, type Driver, type InputMode } from './driver.js';
import { EmulatorHandle } from './emulator.js';

export { expect };
export type { Driver };

/** A strong password under the emulator's default policy. */
export const PASSWORD = 'Corr3ct-horse';

export interface JourneyOptions {
  /** The emulator config of the journey (a preset and keys over it); set with `test.use`. */
  emulatorConfig: EmulatorConfigInput;
  /** Set per Playwright project: every journey runs once with each. */
  inputMode: InputMode;
  /**
   * Set per Playwright project: the emulator answers in the loosest legal form (`looseWire`), so the
   * journeys prove the kit reads it. Kept over every `configure` of the test.
   */
  looseWire: boolean;
}

export interface JourneyFixtures {
  /** The test's own emulator, reset and configured before the page opens. */
  emulator: EmulatorHandle;
  /** The user's hands, in the project's input mode. */
  ui: Driver;
  /** Runs axe on the page as it is now; call it on every screen the journey reaches. */
  axe: (step: string) => Promise<void>;
  /** A fresh address for this test, so its messages are its own. */
  email: string;
}

export const test = base.extend<JourneyFixtures & JourneyOptions>({
  emulatorConfig: [{}, { option: true }],
  inputMode: ['pointer', { option: true }],
  looseWire: [false, { option: true }],
  // Automatic: a test that never touches the emulator still must not meet the shared default one.
  emulator: [
    async ({ context, baseURL, emulatorConfig, looseWire }, provide, testInfo) => {
      // One emulator per test and attempt: a retry must not meet the first attempt's users.
      const key = `${testInfo.testId}-${testInfo.retry}`;
      await provide(await EmulatorHandle.open(context, baseURL ?? '', key, emulatorConfig, { looseWire }));
    },
    { auto: true },
  ],
  // (`provide` is Playwright's `use`, renamed so the React hooks lint rule leaves it alone.)
  ui: async ({ page, inputMode }, provide) => {
    await provide(createDriver(page, inputMode));
  },
  axe: async ({ page }, provide) => {
    await provide((step) => expectNoAxeViolations(page, step));
  },
  email: async ({ inputMode, looseWire }, provide, testInfo) => {
    await provide(`e2e-${looseWire ? 'loose' : inputMode}-${testInfo.workerIndex}-${Date.now()}@example.com`);
  },
});

/** The demo's signed-in panel shows `email`. */
export async function expectSignedIn(page: Page, email: string): Promise<void> {
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
}
