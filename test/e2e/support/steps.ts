import type { Page } from '@playwright/test';
import { expect, type Driver } from './fixtures.js';

/** The first screen: types the email and continues. */
export async function enterEmail(page: Page, ui: Driver, email: string): Promise<void> {
  await ui.submit(page.getByLabel('Email'), email);
}

/**
 * Signs out from the demo's session panel and waits for the first screen. By its exact name: the
 * account panel below has a "Sign out" of each other session, and of all of them.
 */
export async function signOut(page: Page, ui: Driver): Promise<void> {
  await ui.press(page.getByRole('button', { name: 'Sign out', exact: true }));
  await expect(page.getByLabel('Email')).toBeVisible();
}
