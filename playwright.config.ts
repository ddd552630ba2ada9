import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import type { JourneyOptions } from './test/e2e/support/fixtures.js';

const port = 5179;

export default defineConfig<JourneyOptions>({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  // Each test has its own emulator on the one server (a cookie picks it), so tests run side by side.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous for a loaded 2-core machine; an idle one runs a journey in seconds.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // Playwright empties its outputDir on start: keep it apart from the vitest results beside it.
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    // localhost, not 127.0.0.1: WebAuthn refuses an IP address as the relying party id.
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  // Every journey runs three times: with the mouse, with the keyboard alone, and with the mouse
  // against an emulator answering in the loosest legal form (null lists and fields, scope strings).
  // The demo page's own tests (its layout and panels, not a sign-in method) run once, with the pointer;
  // the second-tab link journeys run with the pointer and the keyboard (their wire is the link journeys').
  projects: [
    { name: 'pointer', use: { inputMode: 'pointer' } },
    { name: 'keyboard', use: { inputMode: 'keyboard' }, testIgnore: ['**/demo.e2e.ts'] },
    // On the loose wire, the journeys whose answers have shapes of their own. Left out, as their answers
    // repeat another's: the account journey (the password journey's sign-in; its own answers' loose
    // forms are read in test/core/api/tolerant-sessions.test.ts), the invitation (a password sign-up),
    // the reset link (the magic link's shapes), a disabled account (an error envelope: the error
    // fixtures' tests) and the captcha (one field: test/core/api/tolerant-flow-result.test.ts).
    {
      name: 'loose-wire',
      use: { inputMode: 'pointer', looseWire: true },
      testIgnore: [
        '**/demo.e2e.ts',
        '**/link-in-second-tab.e2e.ts',
        '**/account-security.e2e.ts',
        '**/invitation-journey.e2e.ts',
        '**/reset-password-journey.e2e.ts',
        '**/disabled-user-journey.e2e.ts',
        '**/captcha-journey.e2e.ts',
      ],
    },
  ],
  // The built demo, not the dev server: each test's fresh browser loads one bundle instead of
  // hundreds of modules, which on a busy 2-core machine is the difference between 1 s and 10 s a page.
  webServer: {
    command: 'vite build --config demo/vite.config.ts --logLevel warn && vite preview --config demo/vite.config.ts',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    // The build comes first.
    timeout: 180_000,
  },
});
