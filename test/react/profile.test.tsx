import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { holdRequests, recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD, updatesOf } from './flow-harness.js';

const { emulator, server } = setupEmulator();
emulator.setConfig({
  profileFields: [
    { id: 'first_name', label: 'First name', type: 'string', required: true, showOnSignup: true },
    { id: 'last_name', label: 'Last name', type: 'string', required: false, showOnSignup: true },
    { id: 'work_email', label: 'Work email', type: 'email', required: false, showOnSignup: true },
    { id: 'phone', label: 'Mobile', type: 'phone', required: false, showOnSignup: true },
    { id: 'birthday', label: 'Birthday', type: 'date', required: false, showOnSignup: true },
    { id: 'age', label: 'Age', type: 'integer', required: true, showOnSignup: true },
    { id: 'newsletter', label: 'Send me the newsletter', type: 'boolean', required: false, showOnSignup: true },
    { id: 'nickname', label: 'Nickname', type: 'string', required: false, showOnSignup: false },
  ],
});

/** A profile field by its label; required ones end with a visible, aria-hidden mark. */
function field(label: string): HTMLElement {
  return screen.getByLabelText(new RegExp(`^${label}(?: \\*)?$`));
}

async function reachProfile(user: ReturnType<typeof renderFlow>['user'], email = 'profile@example.com') {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  return screen.findByRole('heading', { name: 'Tell us about yourself' });
}

describe('the profile step', () => {
  it('shows the sign-up fields, each with the widget, autocomplete and required mark of its type', async () => {
    const { user } = renderFlow(emulator.token);
    await reachProfile(user);

    const first = field('First name');
    expect(first).toHaveAttribute('type', 'text');
    expect(first).toHaveAttribute('autocomplete', 'given-name');
    expect(first).toHaveAttribute('aria-required', 'true');
    expect(first.closest('[data-part="field"]')?.querySelector('[data-part="required-mark"]')).toHaveTextContent('*');
    expect(screen.getByText('Fields marked * are required.')).toBeInTheDocument();

    const last = field('Last name');
    expect(last).toHaveAttribute('autocomplete', 'family-name');
    expect(last).not.toHaveAttribute('aria-required');
    expect(last.closest('[data-part="field"]')?.querySelector('[data-part="required-mark"]')).toBeNull();

    expect(field('Work email')).toHaveAttribute('type', 'email');
    expect(field('Work email')).toHaveAttribute('autocomplete', 'email');
    expect(field('Mobile')).toHaveAttribute('type', 'tel');
    expect(field('Mobile')).toHaveAttribute('autocomplete', 'tel');
    expect(field('Birthday')).toHaveAttribute('type', 'date');
    expect(field('Birthday')).toHaveAttribute('autocomplete', 'bday');
    expect(field('Age')).toHaveAttribute('inputmode', 'numeric');
    expect(field('Age')).toHaveAttribute('aria-required', 'true');
    expect(screen.getByRole('checkbox', { name: 'Send me the newsletter' })).not.toBeChecked();
    expect(screen.queryByLabelText(/Nickname/)).toBeNull();
  });

  it('checks the fields before sending, with a clear message on each and focus on the first', async () => {
    const { user } = renderFlow(emulator.token);
    await reachProfile(user);
    const sent = updatesOf(server, 'profile');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const first = field('First name');
    await waitFor(() => expect(first).toHaveFocus());
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first).toHaveAccessibleDescription('This field is required.');
    expect(field('Age')).toHaveAccessibleDescription('This field is required.');

    await user.type(first, '<b>Ada</b>');
    expect(first).not.toHaveAttribute('aria-invalid');
    await user.type(field('Age'), '3x');
    await user.type(field('Work email'), 'ada@');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(first).toHaveAccessibleDescription("Remove the HTML tags: text between < and > isn't allowed here.");
    expect(field('Age')).toHaveAccessibleDescription('Enter a whole number, like 42.');
    expect(field('Work email')).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(await sent()).toEqual([]);
  });

  it('sends every value as a string, booleans as "true"/"false", and completes', async () => {
    const { user, onComplete } = renderFlow(emulator.token);
    await reachProfile(user, 'ada@example.com');
    const sent = updatesOf(server, 'profile');

    await user.type(field('First name'), 'Ada');
    await user.type(field('Last name'), 'Lovelace');
    await user.type(field('Work email'), 'ada@work.example');
    await user.type(field('Mobile'), '+1 415 555 0123');
    await user.type(field('Birthday'), '1990-05-17');
    await user.type(field('Age'), '036');
    await user.click(screen.getByRole('checkbox', { name: 'Send me the newsletter' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(await sent()).toEqual([
      {
        profile: {
          first_name: 'Ada',
          last_name: 'Lovelace',
          work_email: 'ada@work.example',
          phone: '+14155550123',
          birthday: '1990-05-17',
          age: '36',
          newsletter: 'true',
        },
      },
    ]);
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const [tokens] = onComplete.mock.calls[0] as [{ active_token?: { profile: Record<string, string> } }];
    expect(tokens.active_token?.profile).toMatchObject({ first_name: 'Ada', age: '36', newsletter: 'true' });
  });

  it('leaves empty optional fields out and sends an unticked box as "false"', async () => {
    const { user } = renderFlow(emulator.token);
    await reachProfile(user, 'brief@example.com');
    const sent = updatesOf(server, 'profile');
    await user.type(field('First name'), 'Bo');
    await user.type(field('Age'), '7');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(await sent()).toEqual([{ profile: { first_name: 'Bo', age: '7', newsletter: 'false' } }]);
  });

  it('shows a server error on its field, and sends once however often the button is pressed', async () => {
    const { user } = renderFlow(emulator.token);
    await reachProfile(user, 'server@example.com');
    const requests = recordRequests(server);
    server.use(
      http.post(
        '*/v2/flow/update',
        () =>
          HttpResponse.json(
            {
              status: 'ValidationError',
              summary: 'age: must be a whole number, says the server',
              result: { errors: [{ code: 'InvalidInteger', detail: 'nope', source: '/data/profile/age' }] },
            },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    await user.type(field('First name'), 'Cy');
    await user.type(field('Age'), '40');
    const submit = screen.getByRole('button', { name: 'Continue' });
    // Held until both clicks are in: the second arrives while the first call is running.
    const held = holdRequests(server, 'flow/update');
    await user.dblClick(submit);
    await user.click(submit);
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    expect(submit).toHaveTextContent('Saving…');
    held.release();

    const age = field('Age');
    await waitFor(() => expect(age).toHaveAttribute('aria-invalid', 'true'));
    expect(age).toHaveAccessibleDescription("This value isn't valid.");
    await waitFor(() => expect(age).toHaveFocus());
    expect(screen.queryByText(/says the server/)).toBeNull();
    expect(requests).toEqual(['flow/update']);
  });
});
