import type { Locator, Page } from '@playwright/test';
import { expect, expectSignedIn, test } from './support/fixtures.js';
import { enterEmail } from './support/steps.js';

/**
 * The demo page itself, around the journeys: where its cards sit, what its inbox and preset switcher
 * do, and how it looks on a phone and in dark mode. (The preset is a native select, picked with
 * `selectOption` in every project: its keyboard use is the browser's own.)
 */
test.use({ emulatorConfig: { preset: 'passwordless' }, viewport: { width: 1280, height: 800 } });

const flowCard = (page: Page) => page.locator('[data-scope="authn"][data-part="root"]');

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return box ?? { x: 0, y: 0, width: 0, height: 0 };
}

test('the card sits in the middle, the session card has its width, the inbox holds the code', async ({ page, ui, axe, email }) => {
  await page.goto('/');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await page.request.get(new URL(icon ?? '/favicon.ico', page.url()).href)).status()).toBe(200);

  await expect(page.getByLabel('Email')).toBeVisible();
  const card = await boxOf(flowCard(page));
  expect(Math.abs(card.x + card.width / 2 - 640)).toBeLessThanOrEqual(1);

  await enterEmail(page, ui, email);
  await ui.press(page.getByRole('button', { name: 'Code by email' }));
  const inbox = page.getByRole('region', { name: 'Inbox' });
  const copy = inbox.getByRole('button', { name: /^Copy \d{6}$/ });
  await expect(copy).toBeVisible();
  const inboxBox = await boxOf(inbox);
  expect(inboxBox.x).toBeGreaterThan(card.x + card.width);
  await axe('demo with a code in the inbox');
  const code = ((await copy.getAttribute('aria-label')) ?? '').replace('Copy ', '');
  await ui.fill(page.getByLabel('Verification code'), code);

  await expectSignedIn(page, email);
  const session = await boxOf(page.getByRole('region', { name: 'Session' }));
  expect(session).toMatchObject({ x: card.x, width: card.width });
  await axe('demo signed in');
});

test('a link in the inbox opens in a new tab', async ({ page, ui, email, context }) => {
  await page.goto('/');
  await enterEmail(page, ui, email);
  await ui.press(page.getByRole('button', { name: 'Link by email' }));
  const link = page.getByRole('region', { name: 'Inbox' }).getByRole('link', { name: /Open the link/ });
  const href = await link.getAttribute('href');
  expect(href).toContain('code=');
  const opened = context.waitForEvent('page');
  await ui.press(link);
  const tab = await opened;
  await tab.waitForLoadState('domcontentloaded');
  // The kit takes `state` and `code` out of the address once read: compare where it leads.
  expect(new URL(tab.url()).origin).toBe(new URL(href ?? '').origin);
  // The new tab has the code: it signs in there, and the demo's tab says so.
  await expectSignedIn(tab, email);
  await expect(page.getByRole('heading', { name: 'Finished in another tab' })).toBeVisible();
});

test('a preset switch starts a new flow on it', async ({ page, emulator }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Continue with Google' })).toBeVisible();
  await page.getByLabel('Preset').selectOption('password');
  await expect(page.getByRole('button', { name: 'Continue with Google' })).toBeHidden();
  await expect(page.getByLabel('Email')).toBeVisible();
  // The test's own emulator took it: its users were kept, only the config changed.
  expect(await emulator.users()).toEqual([]);
});

test('on a phone: no sideways scroll at 320 px, the inbox below the card, no card growing when the first answer comes', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  await expect(page.getByLabel('Email')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const card = await boxOf(flowCard(page));
  expect((await boxOf(page.getByRole('region', { name: 'Inbox' }))).y).toBeGreaterThan(card.y + card.height);
  // The first screen's height is kept (first-screen.ts): on the next visit the card has it from the first paint.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('authn-demo-first-screen'))).not.toBeNull();

  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/v2/flow/start', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  // The email form is there before the start answers; the providers come with the answer.
  await expect(page.getByLabel('Email')).toBeVisible();
  await expect(page.locator('[data-part="root"]')).toHaveAttribute('data-state', 'opening');
  const opening = await boxOf(flowCard(page));
  release();
  await expect(page.getByRole('button', { name: 'Continue with Google' })).toBeVisible();
  expect(Math.abs((await boxOf(flowCard(page))).height - opening.height)).toBeLessThanOrEqual(1);
});

/** Whether a computed `rgb(…)` colour is dark (its mean channel under half). */
function isDark(color: string): boolean {
  const channels = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  return channels.reduce((sum, channel) => sum + channel, 0) / 3 < 128;
}

test('in dark mode the page is dark too, and the appearance picked wins over the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByLabel('Email')).toBeVisible();
  const schemes = () =>
    page.evaluate(() => {
      const root = document.querySelector('[data-scope="authn"][data-part="root"]');
      return [document.documentElement, root ?? document.body].map((element) => getComputedStyle(element).backgroundColor);
    });
  expect((await schemes()).map(isDark)).toEqual([true, true]);

  await page.getByLabel('Appearance').selectOption('light');
  await expect.poll(async () => (await schemes()).map(isDark)).toEqual([false, false]);
});
