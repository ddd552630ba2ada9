import { expect, expectSignedIn, test } from './support/fixtures.js';
import { enterEmail } from './support/steps.js';

test.use({ emulatorConfig: { preset: 'passwordless' } });

test('a new user signs up with a code sent by email, after a wrong one', async ({ page, ui, axe, email, emulator }) => {
  await page.goto('/');
  await enterEmail(page, ui, email);

  await expect(page.getByRole('heading', { name: 'How do you want to continue?' })).toBeVisible();
  await axe('method picker');
  await ui.press(page.getByRole('button', { name: 'Code by email' }));

  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expect(page.getByText(`Enter the 6-digit code we sent to ${email}.`)).toBeVisible();
  await axe('email code step');
  const { code } = await emulator.message(email, 'email');
  expect(code).toMatch(/^\d{6}$/);
  const field = page.getByLabel('Verification code');
  // A wrong code first: the field is marked and keeps the focus for the next try.
  await ui.fill(field, code === '000000' ? '111111' : '000000');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText("That code isn't right.")).toBeVisible();
  await axe('email code step, wrong code');
  await ui.fill(field, code ?? '');

  await expectSignedIn(page, email);
  await axe('signed in');
});
