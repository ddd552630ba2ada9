import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { failed, journeys, requested, EMAIL_IDENTIFIER } from '../test/fixtures/flow-events.js';
import { EMAIL, networkError } from '../test/fixtures/index.js';
import { fieldError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';

const meta = {
  title: 'Steps/EmailStep',
  component: FixtureFlow,
  args: { events: journeys.emailStep(), submit: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(args.submit).not.toHaveBeenCalled();
    await userEvent.type(canvas.getByLabelText('Email'), EMAIL);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.submit).toHaveBeenCalledWith('set_email', { email: EMAIL });
  },
};

export const Pending: Story = {
  args: { events: [...journeys.emailStep(), requested.update('set_email', { identifier: EMAIL_IDENTIFIER })] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Checking/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const FieldError: Story = {
  args: {
    events: [
      ...journeys.emailStep(),
      requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
      failed('update', fieldError('email', 'BadFormatEmail')),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription(/name@example.com/);
  },
};

export const ServerError: Story = {
  args: {
    events: [
      ...journeys.emailStep(),
      requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
      failed('update', networkError()),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/couldn't reach the sign-in service/);
  },
};
