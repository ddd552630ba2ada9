import { expect, test } from '@playwright/test';
import { runOk, start, type Started } from './shell.js';
import { copyApp, install, kitInstallTree, peerWarnings, SERVER_ONLY, startEmulator, type ConsumerApp } from './consumer-app.js';
import { signUp, watchConsole } from './journey.js';

/** Install, type-check, build and sign up in a Vite React app, from the packed tarballs. */
export function describeViteConsumer({ app: name, sources, react }: { app: string; sources?: string; react: '18' | '19' }) {
  test.describe.serial(`a Vite app on React ${react}`, () => {
    let app: ConsumerApp;
    let emulator: Awaited<ReturnType<typeof startEmulator>> | undefined;
    let preview: Started | undefined;

    test.beforeAll(() => {
      app = copyApp(name, sources);
    });
    test.afterAll(async () => {
      await preview?.stop();
      await emulator?.process.stop();
      app.remove();
    });

    test('installs the tarballs with no peer warning and nothing server-side in the kit', async () => {
      await install(app);
      expect(peerWarnings(app.installLog)).toEqual([]);
      const tree = await kitInstallTree(app);
      expect(tree.filter((pkg) => SERVER_ONLY.includes(pkg))).toEqual([]);
      const { version } = JSON.parse(await runOk('node', ['-p', 'JSON.stringify(require("react/package.json"))'], { cwd: app.dir })) as {
        version: string;
      };
      expect(version.split('.')[0]).toBe(react);
    });

    test('type-checks against the published types', async () => {
      await runOk('npx', ['tsc', '-p', '.'], { cwd: app.dir });
    });

    test('builds', async () => {
      emulator = await startEmulator(app);
      const output = await runOk('npx', ['vite', 'build', '--logLevel', 'warn'], {
        cwd: app.dir,
        env: { VITE_AUTHN_BASE_URL: emulator.url, VITE_AUTHN_CLIENT_TOKEN: emulator.token },
      });
      expect(output.trim()).toBe('');
    });

    test('signs a new user up in Chromium against the installed emulator', async ({ page }) => {
      preview = await start('npx', ['vite', 'preview', '--port', '0'], {
        cwd: app.dir,
        ready: /Local:\s+(http:\/\/\S+)/,
      });
      const problems = watchConsole(page);
      await page.goto(preview.match[1] ?? '');
      await signUp(page, `vite-${react}@example.com`);
      await expect(page.getByRole('status')).toHaveText(/Signed in as vite-\d+@example\.com/);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByRole('heading', { name: 'Sign in or create an account' })).toBeVisible();
      expect(problems).toEqual([]);
    });
  });
}
