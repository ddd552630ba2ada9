import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import type { FlowEvent } from '../../src/core/index.js';
import { ResetPasswordStep, useAuthNFlow, type StepComponents } from '../../src/index.js';
import { FixtureFlow } from '../../stories/support/fixture-flow.js';
import { flowResult, rawFlowResult } from '../fixtures/index.js';
import { EMAIL_IDENTIFIER, journeys, requested } from '../fixtures/flow-events.js';
import { BASE_URL, createUser, lastLink, recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator, server } = setupEmulator();
const EMAIL = 'reset@example.com';
const NEW_PASSWORD = 'Battery-Staple-7';

beforeEach(() => {
  emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10 });
});

/** The return from the reset link, as the callback router will do it: `submit('reset_password', {state, code})`. */
const withResetReturn: StepComponents = {
  reset_password: function ResetWithReturn() {
    const { submit } = useAuthNFlow();
    return (
      <>
        <ResetPasswordStep />
        <button type="button" onClick={() => submit('reset_password', lastLink(emulator, EMAIL))}>
          Return from the link
        </button>
      </>
    );
  },
};

describe('set_password after a reset link', () => {
  async function reachSetPassword(user: ReturnType<typeof renderFlow>['user']) {
    await createUser(createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token }), EMAIL, STRONG_PASSWORD);
    await user.type(await screen.findByLabelText('Email'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Forgot password?' }));
    await screen.findByText(`We sent a link to reset your password to ${EMAIL}.`);
    await user.click(screen.getByRole('button', { name: 'Return from the link' }));
    return screen.findByRole('heading', { name: 'Password reset required' });
  }

  it('sets a new password with a live checklist and a matching confirmation, then signs in with it', async () => {
    const requests = recordRequests(server);
    const { user, onComplete } = renderFlow(emulator.token, { components: withResetReturn });
    const heading = await reachSetPassword(user);
    await waitFor(() => expect(heading).toHaveFocus());
    const updatesBefore = requests.filter((path) => path === 'flow/update').length;

    const password = screen.getByLabelText('New password', { selector: 'input' });
    const confirm = screen.getByLabelText('Confirm new password', { selector: 'input' });
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(confirm).toHaveAttribute('autocomplete', 'new-password');
    expect(confirm).toHaveAttribute('name', 'confirm-password');
    // Password managers save the new password under the right account.
    expect(document.querySelector('input[autocomplete="username"]')).toHaveValue(EMAIL);

    const rules = within(screen.getByRole('list', { name: 'Your password needs' }));
    expect(rules.getAllByRole('listitem').every((rule) => rule.dataset.state === 'unmet')).toBe(true);
    await user.type(password, NEW_PASSWORD);
    expect(rules.getAllByRole('listitem').every((rule) => rule.dataset.state === 'met')).toBe(true);

    await user.type(confirm, `${NEW_PASSWORD}x`);
    await user.click(screen.getByRole('button', { name: 'Save password' }));
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveAccessibleDescription("The passwords don't match.");
    expect(confirm).toHaveFocus();
    expect(requests.filter((path) => path === 'flow/update')).toHaveLength(updatesBefore);

    await user.clear(confirm);
    await user.type(confirm, NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);

    // The new password works, the old one does not.
    const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });
    const started = await client.flow.start({ email: EMAIL });
    await expect(client.flow.update(started.flowId, 'password', { password: STRONG_PASSWORD })).rejects.toMatchObject({
      status: 'AuthenticationFailure',
    });
    const signedIn = await client.flow.update(started.flowId, 'password', { password: NEW_PASSWORD });
    expect(signedIn.phase).toBe('phase_completed');
  });

  it('checks the policy before sending, and has its own show/hide toggles', async () => {
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token, { components: withResetReturn });
    await reachSetPassword(user);
    const updatesBefore = requests.filter((path) => path === 'flow/update').length;
    const password = screen.getByLabelText('New password', { selector: 'input' });

    await user.click(screen.getByRole('button', { name: 'Save password' }));
    expect(password).toHaveAccessibleDescription(/Enter your password\./);
    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: 'Save password' }));
    expect(password).toHaveAccessibleDescription(/doesn't meet all the requirements/);
    expect(requests.filter((path) => path === 'flow/update')).toHaveLength(updatesBefore);

    const toggles = [screen.getByRole('button', { name: 'Show password' }), screen.getByRole('button', { name: 'Show confirmation' })];
    await user.click(toggles[1] as HTMLElement);
    expect(screen.getByLabelText('Confirm new password', { selector: 'input' })).toHaveAttribute('type', 'text');
    expect(password).toHaveAttribute('type', 'password');
  });
});

describe('password with need_email', () => {
  it('asks a string username for an email beside the new password and sends both', async () => {
    emulator.setConfig({ usernameFormat: 'string' });
    const bodies: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/flow/update')) {
        bodies.push(await request.clone().json());
      }
    });
    const { user, onComplete } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Username'), 'new-user');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const email = await screen.findByLabelText('Email');
    expect(email).toHaveAttribute('type', 'email');
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(email).toHaveAccessibleDescription('Enter your email address.');

    await user.type(email, 'new-user@example.com');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(bodies.at(-1)).toMatchObject({ choice: 'password', data: { password: STRONG_PASSWORD, email: 'new-user@example.com' } });
  });
});

describe('set_password reads by phase (docs/decisions.md: the API cannot tell forced from after-reset)', { timeout: 20_000 }, () => {
  /** `set_password` offered in `phase` right after the email, replayed without a server. */
  function setPasswordIn(phase: string): FlowEvent[] {
    const choices = rawFlowResult('set-password')['flow_choices'];
    return [
      ...journeys.emailStep(),
      requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
      { type: 'api.responded', operation: 'update', result: flowResult('signin-methods', { flow_phase: phase, flow_choices: choices }) },
    ];
  }

  it('phase_set_password: "Password reset required"', async () => {
    const { container } = render(<FixtureFlow events={setPasswordIn('phase_set_password')} />);
    expect(await screen.findByRole('heading', { name: 'Password reset required' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(container.querySelector('[data-part="set-password-step"]')).toHaveAttribute('data-state', 'required');
  });

  it('offered in another phase: "Choose a new password"', async () => {
    const { container } = render(<FixtureFlow events={setPasswordIn('phase_one_time')} />);
    expect(await screen.findByRole('heading', { name: 'Choose a new password' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(container.querySelector('[data-part="set-password-step"]')).toHaveAttribute('data-state', 'optional');
  });
});
