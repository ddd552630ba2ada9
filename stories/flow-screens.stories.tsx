import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { failed, journeys, requested, responded, user, EMAIL_IDENTIFIER } from '../test/fixtures/flow-events.js';
import { apiError, EMAIL, invalidResponseError, networkError } from '../test/fixtures/index.js';
import { catalogOf, containing } from './support/catalog.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, recorded, recordedJourney } from './support/journeys.js';

/**
 * The kit's own screens around the steps: loading, complete, failed, unsupported, expiry. The play
 * functions look for the catalog's words in the toolbar's locale (support/catalog.ts), never English.
 */
const meta = {
  title: 'Flow/Screens',
  component: FixtureFlow,
  args: { events: [], retry: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A start that leads past the identifier (an invitation, an identity provider's sign-in) waits on the
 * loading screen; every other first screen is the identifier form (Steps/EmailStep, BeforeStart).
 * Here the host has not called `flow/start` yet.
 */
export const Idle: Story = {
  args: { input: { start: { invitation: 'pmi_7u4nijrrv64mdojqf3iukjgqqrh5cnzd' } } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'idle');
  },
};

export const Loading: Story = {
  args: { input: { start: { invitation: 'pmi_7u4nijrrv64mdojqf3iukjgqqrh5cnzd' } }, events: [requested.start()] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('status', { name: '' })).toBeInTheDocument();
    await expect(canvas.getByText(catalogOf(context)('flow.loading'))).toBeVisible();
  },
};

/** The password was right (password #13–14, #16): the step stays, busy, while the host completes the flow. */
export const Concluding: Story = {
  args: { events: recordedJourney.completing() },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'update');
  },
};

/** Completing with no answer to keep on screen: "Try again" after the completion failed. */
export const Completing: Story = {
  args: {
    events: [...recordedJourney.completing(), inFlight('password', 17), failure('complete', networkError()), user.retry()],
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'completing');
  },
};

/** … and did (#17). */
export const Complete: Story = {
  args: { events: [...recordedJourney.completing(), ...recorded('password', [17])] },
  play: async ({ args, canvas, ...context }) => {
    await expect(canvas.getByRole('heading', { name: catalogOf(context)('complete.heading') })).toBeVisible();
    await expect(canvas.getByText(containing(args.email || EMAIL))).toBeVisible();
  },
};

export const StartFailedOffline: Story = {
  args: { events: [requested.start(), failed('start', networkError())] },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('failed.heading') })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('failed.retry') }));
    await expect(args.retry).toHaveBeenCalled();
  },
};

export const StartFailedInvalidResponse: Story = {
  args: { events: [requested.start(), failed('start', invalidResponseError())] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.invalidResponse'));
  },
};

export const DisabledUser: Story = {
  args: { events: [...journeys.signinPassword(), requested.update('password'), failed('update', apiError('disabled-user'))] },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('failed.disabledUser.body'));
    await userEvent.click(canvas.getByRole('button', { name: t('flow.startOver') }));
    await expect(args.startOver).toHaveBeenCalled();
  },
};

export const NoMethods: Story = {
  args: { events: [requested.start(), responded('start', 'start-email', { flow_choices: [] })] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByText(catalogOf(context)('unsupported.body'))).toBeVisible();
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
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('flow.notice.restarted'))).toBeVisible();
    await expect(canvas.getByRole('heading', { name: t('password.heading.signIn') })).toBeVisible();
  },
};
