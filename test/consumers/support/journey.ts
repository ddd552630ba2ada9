import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'Consumer-passw0rd!';

/**
 * Collects what a team would see in the console: every error, every uncaught exception, and React's
 * hydration warnings (a server render that differs from the first client render).
 */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /hydrat/i.test(text)) {
      problems.push(`${message.type()}: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/** A new user signs up with an email and a password, as in the README's smallest example. */
export async function signUp(page: Page, email: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in or create an account' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Create a password' })).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}
