import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { networkError } from '../test/fixtures/index.js';
import { catalogOf, containing } from './support/catalog.js';
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
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(/joe@example\.com/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('reset.back') }));
    await expect(await canvas.findByRole('heading', { name: t('password.heading.signIn') })).toBeVisible();
  },
};

export const Sending: Story = {
  args: { events: [...recorded('password', [18]), inFlight('password', 19)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: containing(catalogOf(context)('password.forgotPending')) })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const SendFailed: Story = {
  args: { events: [...recorded('password', [18]), inFlight('password', 19), failure('restart', networkError())] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.network'));
  },
};
