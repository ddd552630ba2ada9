import { expect, expectSignedIn, PASSWORD, test } from './support/fixtures.js';
import { enterEmail, signOut } from './support/steps.js';

test.use({ emulatorConfig: { preset: 'password' } });

test('a new user signs up, signs out, mistypes the password, then signs in', async ({ page, ui, axe, email }) => {
  await page.goto('/');

  await expect(page.getByRole('heading', { name: 'Sign in or create an account' })).toBeVisible();
  await axe('email step');
  await enterEmail(page, ui, email);

  await expect(page.getByRole('heading', { name: 'Create a password' })).toBeVisible();
  const newPassword = page.getByLabel('Password', { exact: true });
  await expect(newPassword).toHaveAttribute('autocomplete', 'new-password');
  await ui.fill(newPassword, 'short');
  await axe('sign-up password step');
  await ui.press(page.getByRole('button', { name: 'Create account' }));
  await expect(page.getByText("Your password doesn't meet all the requirements yet.")).toBeVisible();
  await expect(newPassword).toBeFocused();
  await axe('weak password');
  await ui.submit(newPassword, PASSWORD);

  await expectSignedIn(page, email);
  await signOut(page, ui);

  await enterEmail(page, ui, email);
  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
  await ui.submit(password, 'Wrong-passw0rd');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('That password is incorrect. Try again.')).toBeVisible();
  await axe('wrong password');

  await ui.submit(password, PASSWORD);
  await expectSignedIn(page, email);
  await axe('signed in');
});
