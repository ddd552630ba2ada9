import { expect, test } from '@playwright/test';
import { runOk, start, type Started } from './support/shell.js';
import { copyApp, install, kitInstallTree, peerWarnings, SERVER_ONLY, startEmulator, type ConsumerApp } from './support/consumer-app.js';
import { signUp, watchConsole } from './support/journey.js';

test.describe.serial('a Next.js App Router app', () => {
  let app: ConsumerApp;
  let emulator: Awaited<ReturnType<typeof startEmulator>> | undefined;
  let server: Started | undefined;
  const env = { NEXT_TELEMETRY_DISABLED: '1' };

  test.beforeAll(() => {
    app = copyApp('next');
  });
  test.afterAll(async () => {
    await server?.stop();
    await emulator?.process.stop();
    app.remove();
  });

  test('installs the tarballs with no peer warning and nothing server-side in the kit', async () => {
    await install(app);
    expect(peerWarnings(app.installLog)).toEqual([]);
    expect((await kitInstallTree(app)).filter((pkg) => SERVER_ONLY.includes(pkg))).toEqual([]);
  });

  // `next build` type-checks the app first (tsconfig.json), against the kit's published types.
  test('type-checks and builds, prerendering the page that imports <AuthNFlow/> in a server component', async () => {
    emulator = await startEmulator(app);
    const output = await runOk('npx', ['next', 'build'], {
      cwd: app.dir,
      env: { ...env, NEXT_PUBLIC_AUTHN_BASE_URL: emulator.url, NEXT_PUBLIC_AUTHN_CLIENT_TOKEN: emulator.token },
    });
    // Both pages are static: prerendered at build time, with nothing reading `window`.
    expect(output).toMatch(/○ \/\s/);
    expect(output).toMatch(/○ \/session\s/);
    expect(output).toMatch(/Running TypeScript/);
    expect(output).not.toMatch(/warn/i);
  });

  test('serves the sign-in form in its server-rendered HTML', async ({ request }) => {
    server = await start('npx', ['next', 'start', '--port', '0'], { cwd: app.dir, env, ready: /Local:\s+(http:\/\/\S+)/ });
    const html = await (await request.get(server.match[1] ?? '')).text();
    expect(html).toContain('data-scope="authn"');
  });

  for (const path of ['/', '/session']) {
    test(`signs a new user up in Chromium on ${path}, with no hydration warning`, async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto(new URL(path, server?.match[1]).href);
      const email = `next${path.replace('/', '-')}@example.com`;
      await signUp(page, email);
      if (path === '/') {
        await expect(page.getByRole('heading', { name: "You're signed in" })).toBeVisible();
      } else {
        await expect(page.getByRole('status')).toHaveText(`Signed in as ${email}. Sign out`);
      }
      expect(problems).toEqual([]);
    });
  }
});
