import type { APIRequestContext, Browser, BrowserContext, Locator, Page, Response } from '@playwright/test';
import { createDriver, type InputMode } from './support/driver.js';
import { EMULATOR_COOKIE } from './support/emulator.js';
import { expect, expectSignedIn, PASSWORD, test, type Driver } from './support/fixtures.js';
import { enterEmail, signOut } from './support/steps.js';

/**
 * The account security panel under the demo's session card, with the same user signed in on a
 * second device (a second browser context on the test's emulator): both sessions listed, the
 * password changed (the emulator then ends the other session), the new password the one that signs
 * in, and the other device signed out from this one, its token dead at the service.
 */
test.use({ emulatorConfig: { preset: 'password' } });

const NEW_PASSWORD = 'N3w-battery-staple';

/** The emulator's documented default client token (emulator/README.md), which `/v2` calls need. */
const EMULATOR_CLIENT_TOKEN = 'pcl_authnflowkitemulatordefaulttoken0';

/** Another device: a browser context of its own, routed to this test's emulator by the same cookie. */
interface Device {
  context: BrowserContext;
  page: Page;
  ui: Driver;
}

async function openSecondDevice(browser: Browser, first: BrowserContext, baseURL: string, mode: InputMode): Promise<Device> {
  const cookie = (await first.cookies(baseURL)).find((candidate) => candidate.name === EMULATOR_COOKIE);
  expect(cookie, 'the first context has the emulator cookie').toBeDefined();
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: EMULATOR_COOKIE, value: cookie?.value ?? '', url: baseURL }]);
  const page = await context.newPage();
  return { context, page, ui: createDriver(page, mode) };
}

/** Signs `email` in with `password` on the demo's first screen; returns the active token the service issued. */
async function signIn(page: Page, ui: Driver, email: string, password: string): Promise<string> {
  const completed = page.waitForResponse((response) => response.url().endsWith('/v2/flow/complete'));
  await enterEmail(page, ui, email);
  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  await ui.submit(page.getByLabel('Password', { exact: true }), password);
  await expectSignedIn(page, email);
  return activeTokenOf(await completed);
}

async function activeTokenOf(response: Response): Promise<string> {
  const body = (await response.json()) as { result?: { active_token?: { token?: unknown } } };
  const token = body.result?.active_token?.token;
  expect(typeof token, 'flow/complete issued an active token').toBe('string');
  return String(token);
}

/** What the service says of `token` (`client/token/check`): its `status`, `Success` while it lives. */
async function tokenCheck(request: APIRequestContext, token: string): Promise<string> {
  const response = await request.post('/v2/client/token/check', {
    data: { token },
    headers: { Authorization: `Bearer ${EMULATOR_CLIENT_TOKEN}`, Connection: 'close' },
  });
  return String(((await response.json()) as { status?: unknown }).status);
}

/**
 * The user comes back to the tab, which the panel answers by reading the sessions again. Headless
 * Chromium keeps every page visible whatever tab or window is in front (neither `bringToFront` nor
 * a minimized window fires anything), so the page gets the event a browser fires on the return.
 */
async function comeBackToTab(page: Page): Promise<void> {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
}

/** The sessions the panel lists, this device's first. */
function sessionsOf(page: Page): Locator {
  return page.getByRole('region', { name: "Where you're signed in" }).getByRole('listitem');
}

/** Every value in the page's localStorage and sessionStorage, keys included. */
async function storedText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((storage) => Object.entries(storage).map(([key, value]) => `${key}=${value}`)).join('\n'),
  );
}

async function expectNoSidewaysScrollAt320(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: size?.height ?? 700 });
  try {
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: 'sideways scroll at 320 px' })
      .toBeLessThanOrEqual(0);
  } finally {
    if (size !== null) {
      await page.setViewportSize(size);
    }
  }
}

test('two devices: both listed, the password changed, the new one signs in, the other device signed out from this one', async ({
  page, context, browser, baseURL, ui, axe, email, inputMode,
}) => {
  // This device signs up.
  await page.goto('/');
  await enterEmail(page, ui, email);
  await expect(page.getByRole('heading', { name: 'Create a password' })).toBeVisible();
  await ui.submit(page.getByLabel('Password', { exact: true }), PASSWORD);
  await expectSignedIn(page, email);
  const panel = page.getByRole('region', { name: 'Account security' });
  await expect(panel.getByText('This is your only session.')).toBeVisible();

  // The other device signs in; coming back to this tab, the panel lists both.
  const other = await openSecondDevice(browser, context, baseURL ?? '', inputMode);
  try {
    await other.page.goto('/');
    const firstOtherToken = await signIn(other.page, other.ui, email, PASSWORD);
    await comeBackToTab(page);
    await expect(sessionsOf(page)).toHaveCount(2);
    await expect(sessionsOf(page).first()).toContainText('This device');
    await expect(sessionsOf(page).nth(1)).toContainText('Other session');
    await expect(page.getByRole('button', { name: 'Sign out of all other sessions' })).toBeVisible();
    await axe('account panel: two sessions');

    // The password changes; neither password is left on the page or in its storage.
    await ui.fill(panel.getByLabel('Current password', { exact: true }), PASSWORD);
    await ui.fill(panel.getByLabel('New password', { exact: true }), NEW_PASSWORD);
    await ui.press(panel.getByRole('button', { name: 'Change password' }));
    await expect(panel.getByRole('status').filter({ hasText: 'Your password has been changed.' })).toBeVisible();
    await expect(panel.getByLabel('Current password', { exact: true })).toHaveValue('');
    await expect(panel.getByLabel('New password', { exact: true })).toHaveValue('');
    const html = await page.content();
    expect(html).not.toContain(PASSWORD);
    expect(html).not.toContain(NEW_PASSWORD);
    const stored = await storedText(page);
    expect(stored).not.toContain(PASSWORD);
    expect(stored).not.toContain(NEW_PASSWORD);
    // The emulator ended the other session with the change; the list, read again, says so.
    await expect(panel.getByText('This is your only session.')).toBeVisible();
    expect(await tokenCheck(other.context.request, firstOtherToken)).not.toBe('Success');
    await axe('account panel: password changed');

    // This device signs out. The other one, signed out by the change, signs in again with the new
    // password (a reload signs the demo out: its tokens live in memory).
    await signOut(page, ui);
    await other.page.reload();
    const otherToken = await signIn(other.page, other.ui, email, NEW_PASSWORD);
    expect(await tokenCheck(other.context.request, otherToken)).toBe('Success');

    // Here, the old password is refused and the new one signs in; both sessions are listed again.
    await enterEmail(page, ui, email);
    const password = page.getByLabel('Password', { exact: true });
    await ui.submit(password, PASSWORD);
    await expect(page.getByText('That password is incorrect. Try again.')).toBeVisible();
    await ui.submit(password, NEW_PASSWORD);
    await expectSignedIn(page, email);
    await expect(sessionsOf(page)).toHaveCount(2);
    await expect(sessionsOf(page).first()).toContainText('This device');

    // This device signs the other one out, after confirming.
    await ui.press(sessionsOf(page).nth(1).getByRole('button', { name: /^Sign out of the session signed in / }));
    const confirm = panel.getByRole('group', { name: 'Sign out', exact: true });
    await expect(confirm).toContainText('Whoever uses it will have to sign in again.');
    await axe('account panel: confirm the sign-out');
    await expectNoSidewaysScrollAt320(page);
    await ui.press(confirm.getByRole('button', { name: 'Yes, sign out' }));
    await expect(panel.getByRole('status').filter({ hasText: 'Signed out of 1 session.' })).toBeVisible();
    await expect(sessionsOf(page)).toHaveCount(1);
    await expect(sessionsOf(page).first()).toContainText('This device');

    // The other device's next check of its token fails at the service.
    expect(await tokenCheck(other.context.request, otherToken)).not.toBe('Success');
    await axe('account panel: the other session signed out');
    await expectNoSidewaysScrollAt320(page);
  } finally {
    await other.context.close();
  }
});
