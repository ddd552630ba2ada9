import type { BrowserContext, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.js';
import { createDriver } from './support/driver.js';
import type { EmulatorHandle } from './support/emulator.js';
import { expect, expectSignedIn, PASSWORD, test, type Driver } from './support/fixtures.js';
import { enterEmail } from './support/steps.js';

/**
 * Each emailed link opened in a second tab of the same browser (`context.newPage()`), as most
 * people open mail links. The tab that opens the link resumes the flow (it finds the flow in
 * `localStorage`) and goes on with it; the tab that asked for the link hears it over the flow
 * channel and leaves "Check your email" by itself. Only one tab signs in.
 */

const NEW_PASSWORD = 'N3w-battery-staple';

/** The fixtures a journey's helper needs. */
interface JourneyArgs {
  page: Page;
  context: BrowserContext;
  ui: Driver;
  email: string;
  emulator: EmulatorHandle;
}

/** The demo shows no session panel: this tab did not sign in. */
async function expectNotSignedIn(page: Page): Promise<void> {
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
}

test.describe('a magic link', () => {
  test.use({ emulatorConfig: { preset: 'passwordless' } });

  test('opened in a second tab signs in there; the first tab says it finished there', async ({
    page, context, ui, axe, email, emulator,
  }) => {
    await page.goto('/');
    await enterEmail(page, ui, email);
    await ui.press(page.getByRole('button', { name: 'Link by email' }));
    await expect(page.getByText(`We sent a sign-in link to ${email}`)).toBeVisible();
    await expect(page.getByText('Open the link in this browser, on this device.')).toBeVisible();
    const mail = await emulator.message(email, 'email');

    const second = await context.newPage();
    await second.goto(mail.link ?? '');
    await expectSignedIn(second, email);
    expect(new URL(second.url()).search).toBe('');

    await expect(page.getByRole('heading', { name: 'Finished in another tab' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'You can close this tab.' })).toBeVisible();
    await expectNotSignedIn(page);
    await axe('first tab: finished in another tab');
  });
});

test.describe('an email verification link at sign-up', () => {
  test.use({
    emulatorConfig: {
      preset: 'password',
      emailVerification: true,
      agreements: [{ type: 'eula', name: 'EULA_V1', text: '# End User License Agreement\n\nAccept it to continue.' }],
    },
  });

  test('opened in a second tab verifies the email and goes on there; the first tab points to it', async ({
    page, context, ui, email, emulator, inputMode,
  }) => {
    await page.goto('/');
    await enterEmail(page, ui, email);
    await ui.submit(page.getByLabel('Password', { exact: true }), PASSWORD);
    await expect(page.getByRole('heading', { name: 'Verify your email' })).toBeVisible();
    const mail = await emulator.message(email, 'email');

    const second = await context.newPage();
    const secondUi = createDriver(second, inputMode);
    await second.goto(mail.link ?? '');
    await expect(second.getByRole('heading', { level: 2, name: 'License agreement' })).toBeVisible();

    await expect(page.getByRole('heading', { name: 'Continue in the other tab' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue here' })).toBeVisible();
    await expectNoAxeViolations(page, 'first tab: continued in another tab');

    await secondUi.press(second.getByRole('button', { name: 'Accept' }));
    await expectSignedIn(second, email);
    await expectNoAxeViolations(second, 'second tab: signed in');
    await expectNotSignedIn(page);
    const [user] = await emulator.users();
    expect(user).toMatchObject({ email, email_verified: true });
  });
});

test.describe('a password reset link', () => {
  test.use({ emulatorConfig: { preset: 'password' } });

  /** "Forgot password?" in the first tab; the mailed link opened in a second one, which asks for the new password. */
  async function openResetLinkInSecondTab({ page, context, ui, email, emulator }: JourneyArgs): Promise<Page> {
    await emulator.createUser({ email, password: PASSWORD });
    await page.goto('/');
    await enterEmail(page, ui, email);
    await ui.press(page.getByRole('button', { name: 'Forgot password?' }));
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
    const mail = await emulator.message(email, 'email');
    const second = await context.newPage();
    await second.goto(mail.link ?? '');
    await expect(second.getByRole('heading', { name: 'Password reset required' })).toBeVisible();
    return second;
  }

  async function setNewPassword(page: Page, ui: Driver): Promise<void> {
    await ui.fill(page.getByLabel('New password', { exact: true }), NEW_PASSWORD);
    await ui.fill(page.getByLabel('Confirm new password', { exact: true }), NEW_PASSWORD);
    await ui.press(page.getByRole('button', { name: 'Save password' }));
  }

  test('opened in a second tab that the user then closes: the first tab continues with the new password', async ({
    page, context, ui, axe, email, emulator,
  }) => {
    const second = await openResetLinkInSecondTab({ page, context, ui, email, emulator });

    await expect(page.getByRole('heading', { name: 'Continue in the other tab' })).toBeVisible();
    await axe('first tab: continued in another tab');
    await second.close();

    await ui.press(page.getByRole('button', { name: 'Continue here' }));
    await expect(page.getByRole('heading', { name: 'Password reset required' })).toBeVisible();
    await setNewPassword(page, ui);
    await expectSignedIn(page, email);
  });

  test('opened in a second tab sets the new password there; the first tab points to it', async ({
    page, context, ui, email, emulator, inputMode,
  }) => {
    const second = await openResetLinkInSecondTab({ page, context, ui, email, emulator });

    await setNewPassword(second, createDriver(second, inputMode));
    await expectSignedIn(second, email);
    await expect(page.getByRole('heading', { name: 'Continue in the other tab' })).toBeVisible();
    await expectNotSignedIn(page);
  });
});
