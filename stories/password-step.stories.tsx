import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { failed, journeys, requested } from '../test/fixtures/flow-events.js';
import { apiError, PASSWORD } from '../test/fixtures/index.js';
import { serverError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';

const meta = {
  title: 'Steps/PasswordStep',
  component: FixtureFlow,
  args: { events: journeys.signinPassword(), submit: fn(), restart: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignIn: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const password = canvas.getByLabelText('Password', { selector: 'input' });
    await expect(password).toHaveAttribute('autocomplete', 'current-password');
    await userEvent.type(password, PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(args.submit).toHaveBeenCalledWith('password', { password: PASSWORD });
    await userEvent.click(canvas.getByRole('button', { name: 'Forgot password?' }));
    await expect(args.restart).toHaveBeenCalledWith('reset_password', {});
  },
};

export const SignInPending: Story = {
  args: { events: [...journeys.signinPassword(), requested.update('password')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Signing in/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const SignInWrongPassword: Story = {
  args: {
    events: [...journeys.signinPassword(), requested.update('password'), failed('update', apiError('authentication-failure'))],
  },
  play: async ({ canvas }) => {
    const password = canvas.getByLabelText('Password', { selector: 'input' });
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(/password is incorrect/);
  },
};

export const SignInServerError: Story = {
  args: { events: [...journeys.signinPassword(), requested.update('password'), failed('update', serverError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};

export const SignInRateLimited: Story = {
  args: {
    events: [...journeys.signinPassword(), requested.update('password'), failed('update', apiError('too-many-requests'))],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Too many attempts/);
  },
};

export const SignUp: Story = {
  args: { events: journeys.signupPassword() },
  play: async ({ args, canvas, userEvent }) => {
    const password = canvas.getByLabelText('Password', { selector: 'input' });
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await userEvent.type(password, 'short');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(args.submit).not.toHaveBeenCalled();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(password);
    await userEvent.type(password, PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(args.submit).toHaveBeenCalledWith('password', { password: PASSWORD });
  },
};

export const SignUpPending: Story = {
  args: { events: [...journeys.signupPassword(), requested.update('password')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Creating account/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const SignUpPolicyRejected: Story = {
  args: {
    events: [...journeys.signupPassword(), requested.update('password'), failed('update', apiError('validation-password'))],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Password', { selector: 'input' })).toHaveAttribute('aria-invalid', 'true');
  },
};

export const SignUpServerError: Story = {
  args: { events: [...journeys.signupPassword(), requested.update('password'), failed('update', serverError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};
