import { expect, expectSignedIn, PASSWORD, test } from './support/fixtures.js';
import { enterEmail, signOut } from './support/steps.js';

const NEW_PASSWORD = 'N3w-battery-staple';

test.use({ emulatorConfig: { preset: 'password' } });

test('a user who forgot the password resets it through the emailed link, then signs in with the new one', async ({
  page,
  ui,
  axe,
  email,
  emulator,
}) => {
  await emulator.createUser({ email, password: PASSWORD });
  await page.goto('/');
  await enterEmail(page, ui, email);

  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  await axe('sign-in password step');
  await ui.press(page.getByRole('button', { name: 'Forgot password?' }));

  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await axe('reset link sent');
  const mail = await emulator.message(email, 'email');
  await page.goto(mail.link ?? '');

  // The kit titles a reset it asked for "Password reset required" (setPassword.heading.required).
  await expect(page.getByRole('heading', { name: /Password reset required|Choose a new password/ })).toBeVisible();
  await axe('set password step');
  await ui.fill(page.getByLabel('New password', { exact: true }), NEW_PASSWORD);
  await ui.fill(page.getByLabel('Confirm new password', { exact: true }), 'N3w-battery-stapler');
  await ui.press(page.getByRole('button', { name: 'Save password' }));
  await expect(page.getByText("The passwords don't match.")).toBeVisible();
  await axe('set password step, mismatch');
  await ui.fill(page.getByLabel('Confirm new password', { exact: true }), NEW_PASSWORD);
  await ui.press(page.getByRole('button', { name: 'Save password' }));
  await expectSignedIn(page, email);

  await signOut(page, ui);
  await enterEmail(page, ui, email);
  await ui.submit(page.getByLabel('Password', { exact: true }), NEW_PASSWORD);
  await expectSignedIn(page, email);
  await axe('signed in with the new password');
});
