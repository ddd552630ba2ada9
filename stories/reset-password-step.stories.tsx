import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { failed, journeys, requested, responded } from '../test/fixtures/flow-events.js';
import { EMAIL, networkError } from '../test/fixtures/index.js';
import { FixtureFlow } from './support/fixture-flow.js';

const resetSent = [...journeys.signinPassword(), requested.restart('reset_password'), responded('restart', 'reset-sent')];

const meta = {
  title: 'Steps/ResetPasswordStep',
  component: FixtureFlow,
  args: { events: resetSent, restart: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Sent: Story = {
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByText(new RegExp(EMAIL))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Back to sign in' }));
    await expect(await canvas.findByRole('heading', { name: 'Enter your password' })).toBeVisible();
  },
};

export const Sending: Story = {
  args: { events: [...journeys.signinPassword(), requested.restart('reset_password')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Sending/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const SendFailed: Story = {
  args: {
    events: [...journeys.signinPassword(), requested.restart('reset_password'), failed('restart', networkError())],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/couldn't reach the sign-in service/);
  },
};
