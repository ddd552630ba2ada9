import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { failed, journeys, requested } from '../test/fixtures/flow-events.js';
import { networkError } from '../test/fixtures/index.js';
import { FixtureFlow } from './support/fixture-flow.js';

const meta = {
  title: 'Steps/ChoicePicker',
  component: FixtureFlow,
  args: { events: journeys.methodChoice(), submit: fn(), restart: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByText("Choose your initial step to prove it's you.")).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Password' }));
    await expect(await canvas.findByRole('heading', { name: 'Enter your password' })).toBeVisible();
  },
};

export const Pending: Story = {
  args: { events: [...journeys.methodChoice(), requested.restart('email_otp')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'How do you want to continue?' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Password' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ServerError: Story = {
  args: { events: [...journeys.methodChoice(), requested.restart('email_otp'), failed('restart', networkError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/couldn't reach the sign-in service/);
  },
};
