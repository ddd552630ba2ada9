import { expect, expectSignedIn, PASSWORD, test } from './support/fixtures.js';
import { enterEmail } from './support/steps.js';

test.use({ emulatorConfig: { preset: 'password', signupCaptcha: true } });

test("a new user passes the emulator's test captcha on sign-up", async ({ page, ui, axe, email }) => {
  await page.goto('/');
  await enterEmail(page, ui, email);
  await ui.submit(page.getByLabel('Password', { exact: true }), PASSWORD);

  await expect(page.getByRole('heading', { name: "Confirm you're human" })).toBeVisible();
  await axe('captcha step');
  await ui.press(page.getByRole('button', { name: "I'm not a robot" }));

  await expectSignedIn(page, email);
  await axe('signed in');
});
