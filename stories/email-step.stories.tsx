import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { networkError } from '../test/fixtures/index.js';
import { fieldError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, recordedJourney } from './support/journeys.js';

/**
 * The email step of the password preset, recorded. Hand-written: a format the server refused (the
 * step checks it first, so the emulator is never sent one) and a network failure.
 */
const meta = {
  title: 'Steps/EmailStep',
  component: FixtureFlow,
  args: { events: recordedJourney.emailStep(), submit: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(args.submit).not.toHaveBeenCalled();
    await userEvent.type(canvas.getByLabelText('Email'), 'joe@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.submit).toHaveBeenCalledWith('set_email', { email: 'joe@example.com' });
  },
};

export const Pending: Story = {
  args: { events: [...recordedJourney.emailStep(), inFlight('password', 2)] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Checking/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const FieldError: Story = {
  args: { events: [...recordedJourney.emailStep(), inFlight('password', 2), failure('update', fieldError('email', 'BadFormatEmail'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription(/name@example.com/);
  },
};

export const ServerError: Story = {
  args: { events: [...recordedJourney.emailStep(), inFlight('password', 2), failure('update', networkError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/couldn't reach the sign-in service/);
  },
};
