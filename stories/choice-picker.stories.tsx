import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { networkError } from '../test/fixtures/index.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, recorded, recordedJourney } from './support/journeys.js';

/**
 * The primary methods of the `everything` and `passwordless` presets, recorded (#1–2; "Code by
 * email" asked for is passwordless #4); a network failure hand-written.
 */
const passwordless = () => recorded('passwordless', [1, 2]);

const meta = {
  title: 'Steps/ChoicePicker',
  component: FixtureFlow,
  args: { events: recordedJourney.methods(), submit: fn(), restart: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByText("Choose your initial step to prove it's you.")).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Password' }));
    await expect(await canvas.findByRole('heading', { name: 'Create a password' })).toBeVisible();
  },
};

export const Pending: Story = {
  args: { events: [...passwordless(), inFlight('passwordless', 4)] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'How do you want to continue?' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Link by email' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ServerError: Story = {
  args: { events: [...passwordless(), inFlight('passwordless', 4), failure('restart', networkError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/couldn't reach the sign-in service/);
  },
};
