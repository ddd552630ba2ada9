import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { failed, journeys, requested, responded, EMAIL_IDENTIFIER } from '../test/fixtures/flow-events.js';
import { apiError, EMAIL, invalidResponseError, networkError } from '../test/fixtures/index.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { recorded, recordedJourney } from './support/journeys.js';

/** The kit's own screens around the steps: loading, complete, failed, unsupported, expiry. */
const meta = {
  title: 'Flow/Screens',
  component: FixtureFlow,
  args: { events: [], retry: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Before anything: the host has not called `flow/start` yet. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'idle');
  },
};

export const Loading: Story = {
  args: { events: [requested.start()] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status', { name: '' })).toBeInTheDocument();
    await expect(canvas.getByText('Loading…')).toBeVisible();
  },
};

/** The password was right (password #13–14, #16): the host is asked to complete the flow. */
export const Completing: Story = {
  args: { events: recordedJourney.completing() },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'completing');
  },
};

/** … and did (#17). */
export const Complete: Story = {
  args: { events: [...recordedJourney.completing(), ...recorded('password', [17])] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: "You're signed in" })).toBeVisible();
    await expect(canvas.getByText(new RegExp(EMAIL))).toBeVisible();
  },
};

export const StartFailedOffline: Story = {
  args: { events: [requested.start(), failed('start', networkError())] },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.retry).toHaveBeenCalled();
  },
};

export const StartFailedInvalidResponse: Story = {
  args: { events: [requested.start(), failed('start', invalidResponseError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/answer we couldn't read/)).toBeVisible();
  },
};

export const DisabledUser: Story = {
  args: { events: [...journeys.signinPassword(), requested.update('password'), failed('update', apiError('disabled-user'))] },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByText(/account is disabled/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Start over' }));
    await expect(args.startOver).toHaveBeenCalled();
  },
};

export const NoMethods: Story = {
  args: { events: [requested.start(), responded('start', 'start-email', { flow_choices: [] })] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('There are no valid authentication methods available.')).toBeVisible();
  },
};

/** The server forgot the flow: the host is asked to start a new one with the same email. */
export const Expired: Story = {
  args: { events: [...journeys.signinPassword(), requested.update('password'), failed('update', apiError('flow-expired'))] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'expired');
  },
};

export const ExpiredAndRestarted: Story = {
  args: {
    events: [
      ...journeys.signinPassword(),
      requested.update('password'),
      failed('update', apiError('flow-expired')),
      requested.start(EMAIL_IDENTIFIER),
      responded('start', 'signin-password'),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/took too long, so we started again/)).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  },
};
