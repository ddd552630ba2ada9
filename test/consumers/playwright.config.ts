import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium.js';

/**
 * The consumer tests: the packed kit and emulator installed into fresh apps (test/consumers/apps),
 * each type-checked, built and signed up in. Run after `npm run build`: `npm run test:consumers`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.consumer.ts',
  globalSetup: './support/global-setup.ts',
  // One app per worker; the steps of an app run in order.
  workers: 3,
  retries: 0,
  // An install or a Next.js build on a busy 2-core machine.
  timeout: 300_000,
  expect: { timeout: 15_000 },
  outputDir: '../../test-results/consumers/out',
  reporter: [['list'], ['json', { outputFile: '../../test-results/consumers.json' }]],
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});
