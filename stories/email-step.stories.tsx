import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { requested } from '../test/fixtures/flow-events.js';
import { networkError } from '../test/fixtures/index.js';
import { catalogOf, containing } from './support/catalog.js';
import { fieldError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, recordedJourney } from './support/journeys.js';

/**
 * The email step of the password preset, recorded. Hand-written: a format the server refused (the
 * step checks it first, so the emulator is never sent one) and a network failure.
 */
const meta = {
  title: 'Steps/EmailStep',
  component: FixtureFlow,
  args: { events: recordedJourney.emailStep(), submit: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await userEvent.click(canvas.getByRole('button', { name: t('email.submit') }));
    await expect(canvas.getByLabelText(t('email.label'))).toHaveAttribute('aria-invalid', 'true');
    await expect(args.submit).not.toHaveBeenCalled();
    await userEvent.type(canvas.getByLabelText(t('email.label')), 'joe@example.com');
    await userEvent.click(canvas.getByRole('button', { name: t('email.submit') }));
    await expect(args.submit).toHaveBeenCalledWith('set_email', { email: 'joe@example.com' });
  },
};

export const Pending: Story = {
  args: { events: [...recordedJourney.emailStep(), inFlight('password', 2)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: containing(catalogOf(context)('email.submitPending')) })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const FieldError: Story = {
  args: { events: [...recordedJourney.emailStep(), inFlight('password', 2), failure('update', fieldError('email', 'BadFormatEmail'))] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByLabelText(t('email.label'))).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText(t('email.label'))).toHaveAccessibleDescription(containing(t('error.field.BadFormatEmail')));
  },
};

export const ServerError: Story = {
  args: { events: [...recordedJourney.emailStep(), inFlight('password', 2), failure('update', networkError())] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.network'));
  },
};

/** The first screen before `flow/start` answers: drawn from what the kit knows, it takes typing at once. */
export const BeforeStart: Story = {
  args: { events: [requested.start()] },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.queryByText(t('flow.loading'))).toBeNull();
    await userEvent.type(canvas.getByLabelText(t('email.label')), 'joe@example.com');
    await userEvent.click(canvas.getByRole('button', { name: t('email.submit') }));
    await expect(args.submit).toHaveBeenCalledWith('set_email', { email: 'joe@example.com' });
  },
};

/** Submitted before `flow/start` answered: the submit waits for the answer, in progress. */
export const SubmittedBeforeStart: Story = {
  args: { events: [requested.start(), { type: 'user.submit', choice: 'set_email', identifier: { kind: 'email', value: 'joe@example.com' } }] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByLabelText(t('email.label'))).toHaveValue('joe@example.com');
    await expect(canvas.getByRole('button', { name: containing(t('email.submitPending')) })).toHaveAttribute('aria-disabled', 'true');
  },
};
