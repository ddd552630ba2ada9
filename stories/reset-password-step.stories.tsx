import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { networkError } from '../test/fixtures/index.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, recorded, recordedJourney } from './support/journeys.js';

/** "Forgot password?" on the password preset's recording (#18–19); a network failure hand-written. */
const meta = {
  title: 'Steps/ResetPasswordStep',
  component: FixtureFlow,
  args: { events: recordedJourney.resetSent(), restart: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Sent: Story = {
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByText(/joe@example\.com/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Back to sign in' }));
    await expect(await canvas.findByRole('heading', { name: 'Enter your password' })).toBeVisible();
  },
};

export const Sending: Story = {
  args: { events: [...recorded('password', [18]), inFlight('password', 19)] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Sending/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const SendFailed: Story = {
  args: { events: [...recorded('password', [18]), inFlight('password', 19), failure('restart', networkError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/couldn't reach the sign-in service/);
  },
};
