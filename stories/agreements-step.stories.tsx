import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import type { FlowEvent } from '../src/core/index.js';
import { failed, journeys, requested, responded } from '../test/fixtures/flow-events.js';
import { fieldError, serverError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';

const EULA_ID = 'peu_ud4ngrsxmyp2ekz6wtvqjg3fclhb7a5o';
const PRIVACY_ID = 'peu_3qkz6m2hvfxw7tnyl4rbjc5dsgoe2pia';

/** `phase_agreements` after sign-up: a markdown EULA, then a Lexical privacy policy. */
const eulaStep = (): FlowEvent[] => [
  ...journeys.signupPassword(),
  requested.update('password'),
  responded('update', 'agreements'),
];

const privacyStep = (): FlowEvent[] => [...eulaStep(), requested.update('agreements'), responded('update', 'agreements-privacy')];

const meta = {
  title: 'Steps/AgreementsStep',
  component: FixtureFlow,
  args: { events: eulaStep(), submit: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Markdown, rendered once marked and DOMPurify have loaded. */
export const LicenseMarkdown: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'License agreement' })).toBeVisible();
    const text = canvas.getByRole('region', { name: 'License agreement' });
    await waitFor(() => expect(text).toHaveAttribute('data-state', 'markdown'));
    await expect(within(text).getByRole('heading', { level: 3, name: 'End User License Agreement' })).toBeVisible();
    await expect(within(text).getByRole('link', { name: 'example.com/terms' })).toHaveAttribute('rel', 'noopener noreferrer');
    await userEvent.click(canvas.getByRole('button', { name: 'Accept' }));
    await expect(args.submit).toHaveBeenCalledWith('agreements', { agreed: [EULA_ID] });
    await userEvent.click(canvas.getByRole('button', { name: 'Decline' }));
    await expect(args.startOver).toHaveBeenCalled();
  },
};

/** Lexical editor-state JSON, rendered as React elements. */
export const PrivacyLexical: Story = {
  args: { events: privacyStep() },
  play: async ({ args, canvas, userEvent }) => {
    const text = canvas.getByRole('region', { name: 'Privacy policy' });
    await expect(text).toHaveAttribute('data-state', 'lexical');
    await expect(within(text).getAllByRole('listitem')).toHaveLength(2);
    await expect(within(text).getByRole('link', { name: 'example.com/privacy' })).toHaveAttribute('target', '_blank');
    await userEvent.click(canvas.getByRole('button', { name: 'Accept' }));
    await expect(args.submit).toHaveBeenCalledWith('agreements', { agreed: [PRIVACY_ID] });
  },
};

export const Pending: Story = {
  args: { events: [...eulaStep(), requested.update('agreements')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Accepting…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: 'Decline' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The server no longer knows the agreement: said above the buttons (the step has no field). */
export const FieldError: Story = {
  args: { events: [...eulaStep(), requested.update('agreements'), failed('update', fieldError('agreed/0', 'DoesNotExist'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent("We couldn't find that.");
  },
};

export const ServerError: Story = {
  args: { events: [...eulaStep(), requested.update('agreements'), failed('update', serverError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};
