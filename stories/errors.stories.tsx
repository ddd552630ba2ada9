import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { failed, requested } from '../test/fixtures/flow-events.js';
import type { AuthNError } from '../src/core/index.js';
import { apiError, networkError, type ErrorFixtureName } from '../test/fixtures/index.js';
import { serverError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, recorded, recordedAnswer, recordedJourney } from './support/journeys.js';

/**
 * The failed screen, per failure: its title, its explanation, and only the ways forward that help.
 * The failures are hand-written (test/fixtures/errors): the emulator's recording walks none of them;
 * the flows they end come from it.
 */
const signInFails = (error: ErrorFixtureName) => [...recordedJourney.signInPassword(), inFlight('password', 15), failure('update', apiError(error))];
/** A status no version of the kit knows, refusing the password: the kit reads the flow (#14 is such a read). */
const READ = inFlight('password', 14);
const signInRefusedUnknown = () => [...signInFails('unknown-status'), READ];
/** The read's own failure, for the flow it read. */
const readFails = (error: AuthNError) => failed('update', error, READ.type === 'api.requested' ? READ.flowId : undefined);

const meta = {
  title: 'Flow/Error views',
  component: FixtureFlow,
  args: { events: [], retry: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const DisabledUser: Story = {
  args: { events: signInFails('disabled-user') },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Account disabled' })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(/This account is disabled/);
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Start over' }));
    await expect(args.startOver).toHaveBeenCalled();
  },
};

export const TravelDistanceExceeded: Story = {
  args: { events: signInFails('travel-distance-exceeded') },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Sign-in blocked' })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(/too far away from where you last signed in/);
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

export const Unauthorized: Story = {
  args: { events: [requested.start(), failed('start', apiError('unauthorized'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: "This app can't sign you in" })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** A status this kit does not know, at start: its own words, never the server's summary. */
export const UnknownStatus: Story = {
  args: { events: [requested.start(), failed('start', apiError('unknown-status'))] },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: "We couldn't continue" })).toBeVisible();
    await expect(canvas.queryByText(/too many sessions/)).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.retry).toHaveBeenCalled();
  },
};

/** The same, when completing the flow: the read finds the flow done, and "Try again" completes again. */
export const UnknownStatusOnComplete: Story = {
  args: {
    events: [
      ...recordedJourney.completing(),
      inFlight('password', 17),
      failure('complete', apiError('unknown-status')),
      inFlight('password', 14),
      recordedAnswer('password', 16),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: "We couldn't continue" })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Start over' })).toBeVisible();
  },
};

export const Offline: Story = {
  args: { events: [requested.start(), failed('start', networkError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(/couldn't reach the sign-in service/);
  },
};

/** A status the kit does not know refused the password: the step stays, busy, while the kit reads the flow. */
export const UnknownStatusReadingFlow: Story = {
  args: { events: signInRefusedUnknown() },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'recovering');
    await expect(canvas.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: /Sign/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** … the flow is there: its step again, saying the last action did not go through. */
export const UnknownStatusStepShown: Story = {
  args: { events: [...signInRefusedUnknown(), recordedAnswer('password', 14)] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Something went wrong on our side. Try again.');
    await expect(canvas.queryByText(/too many sessions/)).toBeNull();
    await expect(canvas.getByRole('button', { name: /Sign/ })).toBeEnabled();
  },
};

/** … the flow is gone, whatever the status said: a new one for the same email, and one line saying so. */
export const UnknownStatusFlowGone: Story = {
  args: { events: [...signInRefusedUnknown(), readFails(serverError('NoSuchFlowAnyMore', 400)), ...recorded('password', [13])] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/took too long, so we started again/)).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Enter your password' })).toBeVisible();
  },
};

/** … the read itself could not reach the service: "Try again" reads the flow again. */
export const UnknownStatusReadOffline: Story = {
  args: { events: [...signInRefusedUnknown(), readFails(networkError())] },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(/couldn't reach the sign-in service/);
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.retry).toHaveBeenCalled();
  },
};
