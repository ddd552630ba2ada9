import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
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
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Allow access to your account?' })).toBeVisible();
    const scopes = canvas.getAllByRole('listitem');
    await expect(scopes).toHaveLength(2);
    await expect(scopes[1]).toHaveTextContent('Your profile');
    await userEvent.click(canvas.getByRole('button', { name: 'Allow' }));
    await expect(args.submit).toHaveBeenCalledWith('oauth_consent', {
      scope_selections: SCOPES.map((scope) => ({ scope, is_allowed: true })),
    });
  },
};

export const Deny: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Deny' }));
    await expect(args.submit).toHaveBeenCalledWith('oauth_consent', {
      scope_selections: SCOPES.map((scope) => ({ scope, is_allowed: false })),
    });
  },
};

export const Pending: Story = {
  args: { events: [...consentStep(), inFlight('everything', 13)] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Allowing…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: 'Deny' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const FieldError: Story = {
  args: {
    events: [...consentStep(), inFlight('everything', 13), failure('update', fieldError('scope_selections/0/scope', 'DoesNotExist'))],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent("We couldn't find that.");
  },
};

export const ServerError: Story = {
  args: { events: [...consentStep(), inFlight('everything', 13), failure('update')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};
