import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { failed } from '../test/fixtures/flow-events.js';
import type { AuthNError } from '../src/core/index.js';
import { apiError, networkError } from '../test/fixtures/index.js';
import { catalogOf } from './support/catalog.js';
import { serverError } from './support/errors.js';
import { FailureFlow, failureArgs, failureEvents, FAILURES, MOMENTS } from './support/failures.js';
import { failure, inFlight, recorded, recordedAnswer, recordedJourney } from './support/journeys.js';

/**
 * The failed screen, per failure: its title, its explanation, and only the ways forward that help.
 * The failures are hand-written (test/fixtures/errors): the emulator's recording walks none of them;
 * the flows they end come from it. In Controls, `failure` and `during` show any other.
 */
/** A status no version of the kit knows, refusing the password: the kit reads the flow (#14 is such a read). */
const READ = inFlight('password', 14);
const signInRefusedUnknown = () => [...failureEvents('unknown-status', 'sign-in'), READ];
/** The read's own failure, for the flow it read. */
const readFails = (error: AuthNError) => failed('update', error, READ.type === 'api.requested' ? READ.flowId : undefined);

const meta = {
  title: 'Flow/Error views',
  component: FailureFlow,
  args: { events: [], retry: fn(), startOver: fn() },
  argTypes: {
    failure: { control: 'select', options: FAILURES },
    during: { control: 'inline-radio', options: MOMENTS },
  },
} satisfies Meta<typeof FailureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const DisabledUser: Story = {
  args: failureArgs('disabled-user', 'sign-in'),
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('failed.disabledUser.heading') })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('failed.disabledUser.body'));
    await expect(canvas.queryByRole('button', { name: t('failed.retry') })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: t('flow.startOver') }));
    await expect(args.startOver).toHaveBeenCalled();
  },
};

export const TravelDistanceExceeded: Story = {
  args: failureArgs('travel-distance-exceeded', 'sign-in'),
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('failed.travelBlocked.heading') })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('failed.travelBlocked.body'));
    await expect(canvas.queryByRole('button', { name: t('failed.retry') })).toBeNull();
  },
};

export const Unauthorized: Story = {
  args: failureArgs('unauthorized', 'start'),
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('failed.unauthorized.heading') })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('failed.retry') })).toBeNull();
  },
};

/** A status this kit does not know, at start: its own words, never the server's summary. */
export const UnknownStatus: Story = {
  args: failureArgs('unknown-status', 'start'),
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('failed.unknown.heading') })).toBeVisible();
    // The fixture's own summary, which the kit never shows.
    await expect(canvas.queryByText(/too many sessions/)).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: t('failed.retry') }));
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
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('failed.unknown.heading') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('failed.retry') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('flow.startOver') })).toBeVisible();
  },
};

export const Offline: Story = {
  args: failureArgs('offline', 'start'),
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('failed.heading') })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.network'));
  },
};

/** A status the kit does not know refused the password: the step stays, busy, while the kit reads the flow. */
export const UnknownStatusReadingFlow: Story = {
  args: { events: signInRefusedUnknown() },
  play: async ({ canvas, canvasElement, ...context }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'recovering');
    await expect(canvas.getByRole('heading', { name: catalogOf(context)('password.heading.signIn') })).toBeVisible();
    await expect(canvasElement.querySelector('[data-scope="authn"][data-part="submit"]')).toHaveAttribute('aria-disabled', 'true');
  },
};

/** … the flow is there: its step again, saying the last action did not go through. */
export const UnknownStatusStepShown: Story = {
  args: { events: [...signInRefusedUnknown(), recordedAnswer('password', 14)] },
  play: async ({ canvas, canvasElement, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
    await expect(canvas.queryByText(/too many sessions/)).toBeNull();
    await expect(canvasElement.querySelector('[data-scope="authn"][data-part="submit"]')).toBeEnabled();
  },
};

/** … the flow is gone, whatever the status said: a new one for the same email, and one line saying so. */
export const UnknownStatusFlowGone: Story = {
  args: { events: [...signInRefusedUnknown(), readFails(serverError('NoSuchFlowAnyMore', 400)), ...recorded('password', [13])] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('flow.notice.restarted'))).toBeVisible();
    await expect(canvas.getByRole('heading', { name: t('password.heading.signIn') })).toBeVisible();
  },
};

/** … the read itself could not reach the service: "Try again" reads the flow again. */
export const UnknownStatusReadOffline: Story = {
  args: { events: [...signInRefusedUnknown(), readFails(networkError())] },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('failed.heading') })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.network'));
    await userEvent.click(canvas.getByRole('button', { name: t('failed.retry') }));
    await expect(args.retry).toHaveBeenCalled();
  },
};
