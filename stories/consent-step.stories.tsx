import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import type { FlowEvent } from '../src/core/index.js';
import { failed, journeys, requested, responded } from '../test/fixtures/flow-events.js';
import { fieldError, serverError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';

/** `phase_oauth_consent` of a flow an OAuth client started (test/fixtures/flow/oauth-consent.json). */
const consentStep = (): FlowEvent[] => [
  ...journeys.signupPassword(),
  requested.update('password'),
  responded('update', 'oauth-consent'),
];

const SCOPES = ['openid', 'profile', 'calendar:read'];

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
    await expect(scopes).toHaveLength(3);
    await expect(scopes[2]).toHaveTextContent('calendar:read');
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
  args: { events: [...consentStep(), requested.update('oauth_consent')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Allowing…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: 'Deny' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const FieldError: Story = {
  args: {
    events: [...consentStep(), requested.update('oauth_consent'), failed('update', fieldError('scope_selections/0/scope', 'DoesNotExist'))],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent("We couldn't find that.");
  },
};

export const ServerError: Story = {
  args: { events: [...consentStep(), requested.update('oauth_consent'), failed('update', serverError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};
