import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAuthNClient, usePasswordStep } from '../../src/index.js';
import { BASE_URL, createUser, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator } = setupEmulator();
const EMAIL = 'own-step@example.com';

/**
 * A password step of the app's own, as the headless docs describe it: plain elements, every bit of
 * logic from `usePasswordStep`, which is what the kit's own `PasswordStep` renders from.
 */
function MyPasswordStep() {
  const step = usePasswordStep();
  const password = step.getPasswordProps();
  const submit = step.getSubmitProps();
  const forgot = step.getForgotPasswordProps();
  return (
    <form {...step.getFormProps()} aria-label="Sign in">
      <p>Signing in as {step.identifier?.value}</p>
      {step.formError === null ? null : <p role="alert">{step.formError}</p>}
      <label>
        Secret
        <input
          type="password"
          name="password"
          autoComplete={password.autoComplete}
          aria-invalid={password.error !== null}
          onChange={(event) => password.onChange(event.target.value)}
        />
      </label>
      {password.error === null ? null : <p role="alert">{password.error}</p>}
      <button type="submit" aria-disabled={submit.pending === true || submit.disabled === true}>
        {submit.pending === true ? 'Checking…' : 'Log in'}
      </button>
      {step.canReset ? (
        <button type="button" onClick={forgot.onClick}>
          Lost it?
        </button>
      ) : null}
    </form>
  );
}

describe('a step built from the public step hook', () => {
  it('signs in on a password step of its own, with the kit checking, sending and reporting', async () => {
    await createUser(createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token }), EMAIL, STRONG_PASSWORD);
    const { user, onComplete } = renderFlow(emulator.token, { components: { password: MyPasswordStep } });
    await user.type(await screen.findByLabelText('Email'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const form = await screen.findByRole('form', { name: 'Sign in' });
    expect(screen.getByText(`Signing in as ${EMAIL}`)).toBeInTheDocument();
    expect(document.querySelector('[data-part="password-step"]')).toBeNull();
    const secret = screen.getByLabelText('Secret');
    expect(secret).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('button', { name: 'Lost it?' })).toBeInTheDocument();

    // The hook's own check: nothing is sent, and focus goes to the field it refused.
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter your password.');
    await waitFor(() => expect(secret).toHaveFocus());

    // The server's refusal, translated through the catalog, under the field.
    await user.type(secret, 'Wrong-password-1');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('That password is incorrect. Try again.')).toBeInTheDocument();
    expect(secret).toHaveAttribute('aria-invalid', 'true');

    await user.clear(secret);
    await user.type(secret, STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(form).not.toBeInTheDocument();
  }, 20_000);
});
