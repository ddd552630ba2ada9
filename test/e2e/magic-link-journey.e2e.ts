import { expect, expectSignedIn, test } from './support/fixtures.js';
import { enterEmail } from './support/steps.js';

test.use({ emulatorConfig: { preset: 'passwordless' } });

test('a new user signs up with a link sent by email', async ({ page, ui, axe, email, emulator }) => {
  await page.goto('/');
  await enterEmail(page, ui, email);

  await expect(page.getByRole('heading', { name: 'How do you want to continue?' })).toBeVisible();
  await ui.press(page.getByRole('button', { name: 'Link by email' }));

  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expect(page.getByText(`We sent a sign-in link to ${email}`)).toBeVisible();
  await axe('magic link sent');
  const mail = await emulator.message(email, 'email');
  expect(mail.link).toContain('code=');
  await page.goto(mail.link ?? '');

  await expectSignedIn(page, email);
  await axe('signed in');
  expect(new URL(page.url()).search).toBe('');
});
