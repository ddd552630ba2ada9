import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { networkError } from '../test/fixtures/index.js';
import { catalogOf } from './support/catalog.js';
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
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('choice.hint.primary'))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('method.password') }));
    await expect(await canvas.findByRole('heading', { name: t('password.heading.signUp') })).toBeVisible();
  },
};

export const Pending: Story = {
  args: { events: [...passwordless(), inFlight('passwordless', 4)] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('choice.heading') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('method.magiclink') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ServerError: Story = {
  args: { events: [...passwordless(), inFlight('passwordless', 4), failure('restart', networkError())] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.network'));
  },
};
