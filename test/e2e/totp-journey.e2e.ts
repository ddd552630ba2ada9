import { Secret, TOTP } from 'otpauth';
import { expect, expectSignedIn, PASSWORD, test } from './support/fixtures.js';
import { enterEmail, signOut } from './support/steps.js';

test.use({ emulatorConfig: { preset: 'mfa' } });

/** The code an authenticator app shows at the emulator's time, from the key the page showed. */
function codeAt(secret: string, timestamp: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, '')) }).generate({ timestamp });
}

test('a new user enrols an authenticator app from the key on screen, then signs in with it', async ({
  page,
  ui,
  axe,
  email,
  emulator,
}) => {
  await page.goto('/');
  await enterEmail(page, ui, email);
  await ui.submit(page.getByLabel('Password', { exact: true }), PASSWORD);

  await expect(page.getByRole('heading', { name: 'How do you want to continue?' })).toBeVisible();
  await axe('second factor picker');
  await ui.press(page.getByRole('button', { name: 'Authenticator app' }));

  await expect(page.getByRole('heading', { name: 'Set up an authenticator app' })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await axe('TOTP enrolment');
  const secret = (await page.locator('[data-part="totp-key-value"]').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Z2-7 ]{16,}$/);
  await ui.fill(page.getByLabel('Verification code'), codeAt(secret, await emulator.now()));
  await expectSignedIn(page, email);

  await signOut(page, ui);
  // The next 30-second step: the one used to enrol cannot be used again.
  const later = await emulator.advanceClock(30);
  await enterEmail(page, ui, email);
  await ui.submit(page.getByLabel('Password', { exact: true }), PASSWORD);
  await expect(page.getByRole('heading', { name: 'Confirm your identity' })).toBeVisible();
  await expect(page.getByText('Enter the 6-digit code your authenticator app shows')).toBeVisible();
  await axe('TOTP sign-in');
  await ui.fill(page.getByLabel('Verification code'), codeAt(secret, later));
  await expectSignedIn(page, email);
  await axe('signed in');
});
