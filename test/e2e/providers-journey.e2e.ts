import type { Page } from '@playwright/test';
import { expect, expectSignedIn, test, type Driver } from './support/fixtures.js';

const SAML_ID = 'pss_emulatorsamlprovider222222222222';

test.use({
  emulatorConfig: { preset: 'password', socialProviders: ['google', 'github'], samlProviders: [{ id: SAML_ID, name: 'Emulator SSO' }] },
});

/** The emulator's fake provider page: one email field whose form redirects back with a code. */
async function signInAtProvider(page: Page, ui: Driver, email: string, path: RegExp): Promise<void> {
  await expect(page).toHaveURL(path);
  await ui.submit(page.getByRole('textbox'), email);
}

test('a new user signs up through a social provider', async ({ page, ui, axe, email, emulator }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in or create an account' })).toBeVisible();
  await axe('first screen with providers');
  await ui.press(page.getByRole('button', { name: 'Continue with Google' }));

  await signInAtProvider(page, ui, email, /\/__emulator\/social\/google/);
  await expectSignedIn(page, email);
  await axe('signed in');
  const [user] = await emulator.users();
  expect(user?.methods).toContain('social:google');
});

test('a new user signs up through a SAML provider', async ({ page, ui, axe, email, emulator }) => {
  await page.goto('/');
  await ui.press(page.getByRole('button', { name: 'Continue with Emulator SSO' }));

  await signInAtProvider(page, ui, email, /\/__emulator\/saml\/pss_/);
  await expectSignedIn(page, email);
  await axe('signed in');
  const [user] = await emulator.users();
  expect(user?.methods).toContain(`saml:${SAML_ID}`);
});

test('a user their identity provider sends lands signed in (IdP-initiated SAML)', async ({ page, axe, email, emulator, baseURL }) => {
  const link = await emulator.samlIdpInitiated(SAML_ID, email, baseURL ?? '');
  await page.goto(link);

  await expectSignedIn(page, email);
  await axe('signed in');
  // The ticket is spent: the kit takes it out of the address bar, so a reload does not send it again.
  await expect(page).not.toHaveURL(/saml_idp_initiated_ticket/);
  const [user] = await emulator.users();
  expect(user?.methods).toContain(`saml:${SAML_ID}`);
});
