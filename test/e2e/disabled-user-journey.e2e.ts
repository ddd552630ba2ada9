import { expect, PASSWORD, test } from './support/fixtures.js';
import { enterEmail } from './support/steps.js';

test.use({ emulatorConfig: { preset: 'password' } });

test('a disabled account is told it is disabled and can start over', async ({ page, ui, axe, email, emulator }) => {
  await emulator.createUser({ email, password: PASSWORD, disabled: true });
  await page.goto('/');
  await enterEmail(page, ui, email);

  await expect(page.getByRole('heading', { name: 'Account disabled' })).toBeVisible();
  await expect(page.getByText("This account is disabled, so you can't sign in with it.")).toBeVisible();
  await axe('disabled account');
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);

  // The way forward: start over, with another account.
  await ui.press(page.getByRole('button', { name: 'Start over' }));
  await expect(page.getByRole('heading', { name: 'Sign in or create an account' })).toBeVisible();
  await expect(page.getByLabel('Email')).toBeVisible();
});
