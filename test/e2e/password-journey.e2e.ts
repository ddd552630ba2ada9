import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PASSWORD = 'Corr3ct-horse';

async function expectNoAxeViolations(page: Page, step: string) {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations.map((violation) => `${step}: ${violation.id}`)).toEqual([]);
}

async function enterEmail(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a new user signs up, signs out, mistypes the password, then signs in', async ({ page }) => {
  const email = `e2e-${Date.now()}@example.com`;
  await page.goto('/');

  await expect(page.getByRole('heading', { name: 'Sign in or create an account' })).toBeVisible();
  await expectNoAxeViolations(page, 'email step');
  await enterEmail(page, email);

  await expect(page.getByRole('heading', { name: 'Create a password' })).toBeVisible();
  const newPassword = page.getByLabel('Password', { exact: true });
  await expect(newPassword).toHaveAttribute('autocomplete', 'new-password');
  await newPassword.fill('short');
  await expectNoAxeViolations(page, 'sign-up password step');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText("Your password doesn't meet all the requirements yet.")).toBeVisible();
  await newPassword.fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByTestId('signed-in-as')).toContainText(email);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await enterEmail(page, email);
  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
  await password.fill('Wrong-passw0rd');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('That password is incorrect. Try again.')).toBeVisible();
  await expectNoAxeViolations(page, 'wrong password');

  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
  await expectNoAxeViolations(page, 'signed in');
});
