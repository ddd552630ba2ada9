import { expect, expectSignedIn, PASSWORD, test } from './support/fixtures.js';
import { enterEmail } from './support/steps.js';

test.use({
  emulatorConfig: {
    preset: 'password',
    emailVerification: true,
    profileFields: [
      { id: 'first_name', label: 'First name', type: 'string', required: true, showOnSignup: true },
      { id: 'last_name', label: 'Last name', type: 'string', required: false, showOnSignup: true },
    ],
    agreements: [
      { type: 'eula', name: 'EULA_V1', text: '# End User License Agreement\n\nAccept it to continue.' },
      { type: 'privacy_policy', name: 'PRIVACY_V1', text: '# Privacy Policy\n\nWe keep your data in memory.' },
    ],
  },
});

test('a new user signs up with a password, gives a profile, verifies the email through the outbox and accepts the agreements', async ({
  page,
  ui,
  axe,
  email,
  emulator,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in or create an account' })).toBeVisible();
  await axe('email step');
  await enterEmail(page, ui, email);

  await expect(page.getByRole('heading', { name: 'Create a password' })).toBeVisible();
  await axe('sign-up password step');
  await ui.submit(page.getByLabel('Password', { exact: true }), PASSWORD);

  await expect(page.getByRole('heading', { name: 'Tell us about yourself' })).toBeVisible();
  await axe('profile step');
  await ui.press(page.getByRole('button', { name: 'Continue' }));
  const firstName = page.getByLabel(/First name/);
  await expect(firstName).toHaveAttribute('aria-invalid', 'true');
  await expect(firstName).toBeFocused();
  await axe('profile step, field missing');
  await ui.fill(firstName, 'Ada');
  await ui.fill(page.getByLabel(/Last name/), 'Lovelace');
  await ui.press(page.getByRole('button', { name: 'Continue' }));

  await expect(page.getByRole('heading', { name: 'Verify your email' })).toBeVisible();
  await expect(page.getByText(`We sent a link to ${email}`)).toBeVisible();
  await axe('verify email step');
  const mail = await emulator.message(email, 'email');
  expect(mail.link).toBeDefined();
  // The user opens the emailed link in the tab of the sign-up.
  await page.goto(mail.link ?? '');

  await expect(page.getByRole('heading', { level: 2, name: 'License agreement' })).toBeVisible();
  await axe('EULA');
  await ui.press(page.getByRole('button', { name: 'Accept' }));
  await expect(page.getByRole('heading', { level: 2, name: 'Privacy policy' })).toBeVisible();
  await axe('privacy policy');
  await ui.press(page.getByRole('button', { name: 'Accept' }));

  await expectSignedIn(page, email);
  await axe('signed in');
  const [user] = await emulator.users();
  expect(user).toMatchObject({ email, email_verified: true, profile: { first_name: 'Ada', last_name: 'Lovelace' } });
  expect(user?.agreed).toHaveLength(2);
  // The link's state and code are gone from the address bar.
  expect(new URL(page.url()).search).toBe('');
});
