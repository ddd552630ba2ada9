import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { apiError, PASSWORD } from '../test/fixtures/index.js';
import { catalogOf, containing } from './support/catalog.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, recorded, recordedJourney } from './support/journeys.js';

/**
 * Sign-in and sign-up passwords on the emulator's recorded answers (password preset). Hand-written:
 * a 500, and `TooManyRequests` on a password (the emulator does not throttle passwords).
 */

const meta = {
  title: 'Steps/PasswordStep',
  component: FixtureFlow,
  args: { events: recordedJourney.signInPassword(), submit: fn(), restart: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignIn: Story = {
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const password = canvas.getByLabelText(t('password.label'), { selector: 'input' });
    await expect(password).toHaveAttribute('autocomplete', 'current-password');
    await userEvent.type(password, PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: t('password.submit.signIn') }));
    await expect(args.submit).toHaveBeenCalledWith('password', { password: PASSWORD });
    await userEvent.click(canvas.getByRole('button', { name: t('password.forgot') }));
    await expect(args.restart).toHaveBeenCalledWith('reset_password', {});
  },
};

export const SignInPending: Story = {
  args: { events: [...recordedJourney.signInPassword(), inFlight('password', 15)] },
  play: async ({ canvas, ...context }) => {
    const signingIn = containing(catalogOf(context)('password.submit.signInPending'));
    await expect(canvas.getByRole('button', { name: signingIn })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const SignInWrongPassword: Story = {
  args: {
    events: [...recordedJourney.signInPassword(), ...recorded('password', [15])],
  },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    const password = canvas.getByLabelText(t('password.label'), { selector: 'input' });
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(containing(t('error.authenticationFailed.password')));
  },
};

export const SignInServerError: Story = {
  args: { events: [...recordedJourney.signInPassword(), inFlight('password', 15), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};

export const SignInRateLimited: Story = {
  args: {
    events: [...recordedJourney.signInPassword(), inFlight('password', 15), failure('update', apiError('too-many-requests'))],
  },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.rateLimited', { count: 30 }));
  },
};

export const SignUp: Story = {
  args: { events: recordedJourney.signUpPassword() },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const password = canvas.getByLabelText(t('password.label'), { selector: 'input' });
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await userEvent.type(password, 'short');
    await userEvent.click(canvas.getByRole('button', { name: t('password.submit.signUp') }));
    await expect(args.submit).not.toHaveBeenCalled();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(password);
    await userEvent.type(password, PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: t('password.submit.signUp') }));
    await expect(args.submit).toHaveBeenCalledWith('password', { password: PASSWORD });
  },
};

export const SignUpPending: Story = {
  args: { events: [...recordedJourney.signUpPassword(), inFlight('password', 3)] },
  play: async ({ canvas, ...context }) => {
    const creating = containing(catalogOf(context)('password.submit.signUpPending'));
    await expect(canvas.getByRole('button', { name: creating })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const SignUpPolicyRejected: Story = {
  args: {
    events: [...recordedJourney.signUpPassword(), ...recorded('password', [3])],
  },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByLabelText(catalogOf(context)('password.label'), { selector: 'input' })).toHaveAttribute('aria-invalid', 'true');
  },
};

export const SignUpServerError: Story = {
  args: { events: [...recordedJourney.signUpPassword(), inFlight('password', 3), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};
