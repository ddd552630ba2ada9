import { expect, expectSignedIn, PASSWORD, test } from './support/fixtures.js';

test.use({ emulatorConfig: { preset: 'password', allowSignup: false } });

test('an invited user opens the invitation link and signs up where sign-up is closed', async ({ page, ui, axe, email, emulator, baseURL }) => {
  const link = await emulator.invite(email, baseURL ?? '');
  await page.goto(link);

  await expect(page.getByRole('heading', { name: 'Create a password' })).toBeVisible();
  await expect(page.getByText(email).first()).toBeVisible();
  await axe('invited sign-up password step');
  await ui.submit(page.getByLabel('Password', { exact: true }), PASSWORD);

  await expectSignedIn(page, email);
  await axe('signed in');
  const [user] = await emulator.users();
  expect(user).toMatchObject({ email, email_verified: true });
});
