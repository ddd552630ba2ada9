import { expect, expectSignedIn, test } from './support/fixtures.js';
import { addVirtualAuthenticator, withoutPasskeyAutofill } from './support/passkeys.js';
import { enterEmail } from './support/steps.js';

test.use({ emulatorConfig: { preset: 'passwordless', socialProviders: [] } });

test('a new user registers a passkey on a virtual authenticator, then signs in with it by autofill and by the button', async ({
  page,
  ui,
  axe,
  email,
  emulator,
}) => {
  const authenticator = await addVirtualAuthenticator(page);
  await page.goto('/');
  await enterEmail(page, ui, email);

  await expect(page.getByRole('heading', { name: 'How do you want to continue?' })).toBeVisible();
  await ui.press(page.getByRole('button', { name: 'Passkey' }));

  await expect(page.getByRole('heading', { name: 'Create a passkey' })).toBeVisible();
  await axe('passkey registration');
  await ui.press(page.getByRole('button', { name: 'Create a passkey' }));
  await expectSignedIn(page, email);
  expect(await authenticator.credentialCount()).toBe(1);
  const [user] = await emulator.users();
  expect(user?.methods).toContain('passkey');
  const signed = await authenticator.signCount();

  // The demo keeps tokens in memory, so a reload signs out. The email field then offers the passkey
  // in its autofill (conditional UI), which the virtual authenticator answers as a user picking it.
  await page.reload();
  await expect.poll(() => authenticator.signCount()).toBe(signed + 1);
  await expectSignedIn(page, email);

  // A browser without passkey autofill: the discoverable sign-in button, no email typed.
  await withoutPasskeyAutofill(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in or create an account' })).toBeVisible();
  await axe('first screen with passkey sign-in');
  await ui.press(page.getByRole('button', { name: 'Sign in with a passkey' }));
  await expectSignedIn(page, email);
  expect(await authenticator.signCount()).toBe(signed + 2);
  await axe('signed in');
});
