import { expect, expectSignedIn, PASSWORD, test } from './support/fixtures.js';
import { enterEmail } from './support/steps.js';

test.use({ emulatorConfig: { preset: 'password', flowLifetimeSeconds: 600 } });

test('a sign-in left open past the flow lifetime starts again, keeping the email typed', async ({ page, ui, axe, email, emulator }) => {
  await emulator.createUser({ email, password: PASSWORD });
  await page.goto('/');
  await enterEmail(page, ui, email);
  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();

  // The user walks away; the flow expires on the emulator's clock.
  await emulator.advanceClock(601);
  await ui.submit(page.getByLabel('Password', { exact: true }), PASSWORD);

  // A new flow for the same email, told why; the password, a secret, is never kept, so it is asked again.
  await expect(page.getByText('Your sign-in took too long, so we started again.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  await expect(page.getByText(email).first()).toBeVisible();
  await axe('restarted after expiry');
  await ui.submit(page.getByLabel('Password', { exact: true }), PASSWORD);
  await expectSignedIn(page, email);
  await axe('signed in');
});
