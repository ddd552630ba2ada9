import { expect, expectSignedIn, test } from './support/fixtures.js';
import { enterEmail } from './support/steps.js';

const PHONE = '+12025550143';

test.use({ emulatorConfig: { preset: 'password', primaries: ['sms_otp'] } });

test('a new user signs up with a code sent by text message to the number they give', async ({ page, ui, axe, email, emulator }) => {
  await page.goto('/');
  await enterEmail(page, ui, email);

  await expect(page.getByRole('heading', { name: 'Get a code by text message' })).toBeVisible();
  await expect(page.getByText("We'll text a 6-digit code to this number.")).toBeVisible();
  await axe('phone entry');
  await ui.fill(page.getByLabel('Phone number'), '+1 202 555 0143');
  await ui.press(page.getByRole('button', { name: 'Send code' }));

  await expect(page.getByText('Enter the 6-digit code we sent to')).toBeVisible();
  await axe('sms code step');
  const { code } = await emulator.message(PHONE, 'sms');
  await ui.fill(page.getByLabel('Verification code'), code ?? '');

  await expectSignedIn(page, email);
  await axe('signed in');
  const [user] = await emulator.users();
  expect(user?.phone).toBe(PHONE);
});
