import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { catalogOf } from './support/catalog.js';
import { fieldError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, recordedJourney } from './support/journeys.js';

/**
 * `phase_oauth_consent` of the emulator's demo app, recorded (everything #12–13). Hand-written: a
 * scope the server no longer knows, and a 500.
 */
const consentStep = recordedJourney.consent;

const SCOPES = ['openid', 'profile'];

const meta = {
  title: 'Steps/ConsentStep',
  component: FixtureFlow,
  args: { events: consentStep(), submit: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Allow: Story = {
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('consent.heading') })).toBeVisible();
    const scopes = canvas.getAllByRole('listitem');
    await expect(scopes).toHaveLength(2);
    await expect(scopes[1]).toHaveTextContent('Your profile');
    await userEvent.click(canvas.getByRole('button', { name: t('consent.allow') }));
    await expect(args.submit).toHaveBeenCalledWith('oauth_consent', {
      scope_selections: SCOPES.map((scope) => ({ scope, is_allowed: true })),
    });
  },
};

export const Deny: Story = {
  play: async ({ args, canvas, userEvent, ...context }) => {
    await userEvent.click(canvas.getByRole('button', { name: catalogOf(context)('consent.deny') }));
    await expect(args.submit).toHaveBeenCalledWith('oauth_consent', {
      scope_selections: SCOPES.map((scope) => ({ scope, is_allowed: false })),
    });
  },
};

export const Pending: Story = {
  args: { events: [...consentStep(), inFlight('everything', 13)] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('button', { name: t('consent.allowPending') })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: t('consent.deny') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const FieldError: Story = {
  args: {
    events: [...consentStep(), inFlight('everything', 13), failure('update', fieldError('scope_selections/0/scope', 'DoesNotExist'))],
  },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.field.DoesNotExist'));
  },
};

export const ServerError: Story = {
  args: { events: [...consentStep(), inFlight('everything', 13), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};
