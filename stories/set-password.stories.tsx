import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { apiError, PASSWORD } from '../test/fixtures/index.js';
import { catalogOf } from './support/catalog.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, recordedJourney } from './support/journeys.js';

/**
 * "Forgot password?", the link came back: `phase_set_password`, recorded (password preset #18–22).
 * Hand-written: a policy refusal (the recording sets a good password) and a 500.
 */
const meta = {
  title: 'Steps/SetPasswordStep',
  component: FixtureFlow,
  args: { events: recordedJourney.setPassword(), submit: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Required: Story = {
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('setPassword.heading.required') })).toBeVisible();
    const password = canvas.getByLabelText(t('setPassword.label'), { selector: 'input' });
    const confirm = canvas.getByLabelText(t('setPassword.confirmLabel'), { selector: 'input' });
    await userEvent.type(password, PASSWORD);
    await userEvent.type(confirm, 'Something-else-1');
    await userEvent.click(canvas.getByRole('button', { name: t('setPassword.submit') }));
    await expect(confirm).toHaveAccessibleDescription(t('setPassword.error.mismatch'));
    await expect(args.submit).not.toHaveBeenCalled();
    await userEvent.clear(confirm);
    await userEvent.type(confirm, PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: t('setPassword.submit') }));
    await expect(args.submit).toHaveBeenCalledTimes(1);
    await expect(args.submit).toHaveBeenCalledWith('set_password', { password: PASSWORD });
  },
};

export const Saving: Story = {
  args: { events: [...recordedJourney.setPassword(), inFlight('password', 22)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('setPassword.submitPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const PolicyRejected: Story = {
  args: { events: [...recordedJourney.setPassword(), inFlight('password', 22), failure('update', apiError('validation-password'))] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByLabelText(catalogOf(context)('setPassword.label'), { selector: 'input' })).toHaveAttribute('aria-invalid', 'true');
  },
};

export const ServerError: Story = {
  args: { events: [...recordedJourney.setPassword(), inFlight('password', 22), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};
