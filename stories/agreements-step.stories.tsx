import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { requested, responded } from '../test/fixtures/flow-events.js';
import { catalogOf } from './support/catalog.js';
import { fieldError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, handWritten, inFlight, recordedJourney } from './support/journeys.js';

const EULA_ID = 'peu_ud4ngrsxmyp2ekz6wtvqjg3fclhb7a5o';
const PRIVACY_ID = 'peu_3qkz6m2hvfxw7tnyl4rbjc5dsgoe2pia';

/**
 * `phase_agreements`. The emulator's (recorded, everything #10–12) are two short markdown texts;
 * a richer markdown EULA and a privacy policy in Lexical editor JSON, which the emulator never
 * sends, are hand-written (test/fixtures), as are a 500 and an agreement the server lost.
 */
const eulaStep = () => handWritten.afterSignUp('agreements');
const privacyStep = () => [...eulaStep(), requested.update('agreements'), responded('update', 'agreements-privacy')];

const meta = {
  title: 'Steps/AgreementsStep',
  component: FixtureFlow,
  args: { events: eulaStep(), submit: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Markdown, rendered once marked and DOMPurify have loaded. */
export const LicenseMarkdown: Story = {
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('agreements.heading.eula') })).toBeVisible();
    const text = canvas.getByRole('region', { name: t('agreements.heading.eula') });
    await waitFor(() => expect(text).toHaveAttribute('data-state', 'markdown'));
    await expect(within(text).getByRole('heading', { level: 3, name: 'End User License Agreement' })).toBeVisible();
    await expect(within(text).getByRole('link', { name: 'example.com/terms' })).toHaveAttribute('rel', 'noopener noreferrer');
    await userEvent.click(canvas.getByRole('button', { name: t('agreements.accept') }));
    await expect(args.submit).toHaveBeenCalledWith('agreements', { agreed: [EULA_ID] });
    await userEvent.click(canvas.getByRole('button', { name: t('agreements.decline') }));
    await expect(args.startOver).toHaveBeenCalled();
  },
};

/** Lexical editor-state JSON, rendered as React elements. */
export const PrivacyLexical: Story = {
  args: { events: privacyStep() },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const text = canvas.getByRole('region', { name: t('agreements.heading.privacy_policy') });
    await expect(text).toHaveAttribute('data-state', 'lexical');
    await expect(within(text).getAllByRole('listitem')).toHaveLength(2);
    await expect(within(text).getByRole('link', { name: 'example.com/privacy' })).toHaveAttribute('target', '_blank');
    await userEvent.click(canvas.getByRole('button', { name: t('agreements.accept') }));
    await expect(args.submit).toHaveBeenCalledWith('agreements', { agreed: [PRIVACY_ID] });
  },
};

/** The emulator's EULA, as recorded. */
export const Recorded: Story = {
  args: { events: recordedJourney.agreements() },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const text = canvas.getByRole('region', { name: t('agreements.heading.eula') });
    await waitFor(() => expect(text).toHaveAttribute('data-state', 'markdown'));
    await userEvent.click(canvas.getByRole('button', { name: t('agreements.accept') }));
    await expect(args.submit).toHaveBeenCalledWith('agreements', { agreed: [expect.stringMatching(/^peu_/)] });
  },
};

export const Pending: Story = {
  args: { events: [...recordedJourney.agreements(), inFlight('everything', 11)] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('button', { name: t('agreements.acceptPending') })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: t('agreements.decline') })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The server no longer knows the agreement: said above the buttons (the step has no field). */
export const FieldError: Story = {
  args: { events: [...eulaStep(), requested.update('agreements'), failure('update', fieldError('agreed/0', 'DoesNotExist'))] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.field.DoesNotExist'));
  },
};

export const ServerError: Story = {
  args: { events: [...recordedJourney.agreements(), inFlight('everything', 11), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};
