import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { STORY_MODES } from './.storybook/story-mode.js';
import { kitAliases } from './vite.aliases.js';

/**
 * Groups of projects run one after the other (`sequence.groupOrder`): Node and jsdom first, then the
 * browser tests with the light stories, then the dark and right-to-left stories side by side, and the
 * screenshots last and alone. All at once outgrow a two-core CI machine: waits time out and
 * screenshots never settle. One story tab leaves a core idle (a story waits on the browser): the dark
 * and RTL passes took 5 min 12 s one after the other, 4 min 30 s side by side; the light pass beside
 * them as well gained nothing more.
 */
const RUN_ORDER = { node: 0, browser: 1, otherStoryModes: 2, visual: 3 } as const;

/**
 * Node and jsdom files two at a time. Vitest's default is one fewer than the cores, so one on a
 * two-core machine, which left a core idle: 400 s for these projects against 231 s with two. The
 * browser projects keep the default; a second tab there gained nothing measurable.
 */
const NODE_WORKERS = 2;

export default defineConfig({
  plugins: [react()],
  // The demo and stories import the package by name; tests run before `npm run build` makes dist/.
  resolve: { alias: kitAliases },
  test: {
    // The screenshot tests leave @vitest/browser's screenshot timeout running (it races the stable
    // screenshot against a timer it never clears), which held every run's exit for the default 10 s.
    // Results are reported before this wait; it only bounds how long closing may take.
    teardownTimeout: 3_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: RUN_ORDER.node },
          maxWorkers: NODE_WORKERS,
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'emulator/test/**/*.test.ts', 'test/react/**/*.node.test.tsx'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          sequence: { groupOrder: RUN_ORDER.node },
          maxWorkers: NODE_WORKERS,
          environment: 'jsdom',
          include: ['test/react/**/*.test.{ts,tsx}', 'test/stories/**/*.test.{ts,tsx}'],
          exclude: ['test/react/**/*.node.test.tsx'],
          setupFiles: ['./test/react/setup.ts'],
        },
      },
      // Issue 6 proof (H5): the property test and attacks on the pure core, in Node.
      {
        extends: true,
        test: {
          name: 'proof',
          sequence: { groupOrder: RUN_ORDER.node },
          maxWorkers: NODE_WORKERS,
          environment: 'node',
          include: ['test/proof/**/*.test.ts'],
        },
      },
      // Issue 6 proof (H5): the fault matrix and attacks on the React layer, in jsdom.
      {
        extends: true,
        test: {
          name: 'proof-dom',
          sequence: { groupOrder: RUN_ORDER.node },
          maxWorkers: NODE_WORKERS,
          environment: 'jsdom',
          include: ['test/proof/**/*.test.tsx'],
          exclude: ['test/proof/**/*.browser.test.tsx'],
          setupFiles: ['./test/react/setup.ts'],
        },
      },
      // Issue 6 proof (H5): attacks that need a real browser (script execution), in Chromium.
      {
        extends: true,
        optimizeDeps: { include: ['react-dom/client', '@testing-library/react', 'marked', 'dompurify'] },
        test: {
          name: 'proof-browser',
          sequence: { groupOrder: RUN_ORDER.browser },
          include: ['test/proof/**/*.browser.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      // Issue 6 visual regression: the theme gallery against committed screenshots, in Chromium.
      {
        extends: true,
        optimizeDeps: { include: ['msw-storybook-addon/csf3', 'msw', 'msw/browser', 'react-dom/client'] },
        test: {
          name: 'visual',
          sequence: { groupOrder: RUN_ORDER.visual },
          include: ['test/visual/**/*.browser.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            // A window taller than the tallest gallery canvas: the test frame, sized to each canvas,
            // then draws at scale 1 and paints every row (a smaller window scales the frame down).
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
              contextOptions: { viewport: { width: 1280, height: 12_000 } },
            }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1280, height: 900 },
          },
        },
      },
      ...STORY_MODES.map((mode) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: '.storybook' })],
        // Imported only at run time by the preview: pre-bundle them, or a cold cache reloads the page mid-run.
        optimizeDeps: { include: ['msw-storybook-addon/csf3', 'msw', 'msw/browser', 'react-dom/client'] },
        test: {
          // Every story once per mode, axe as an error in each (.storybook/story-mode.ts). The theme
          // gallery's stories each fix their own scheme and direction (dark, RTL, each preset), so the
          // dark and RTL passes would repeat them: they run in the light pass only. So do the account
          // panel's, whose `Themed` (dark) and `Rtl` (Arabic) stories are its dark and RTL passes: each
          // of its stories signs users in first, and three passes of them outgrow CI's time.
          provide: { storyMode: mode },
          ...(mode === 'light' ? {} : { exclude: ['stories/themes/gallery.stories.tsx', 'stories/account-security.stories.tsx'] }),
          setupFiles: ['./.storybook/vitest.story-mode.ts'],
          name: mode === 'light' ? 'storybook' : `storybook-${mode}`,
          sequence: { groupOrder: mode === 'light' ? RUN_ORDER.browser : RUN_ORDER.otherStoryModes },
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' as const }],
          },
        },
      })),
    ],
  },
});
