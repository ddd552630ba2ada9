import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { requested } from '../test/fixtures/flow-events.js';
import { catalogOf, containing, type StoryText } from './support/catalog.js';
import { fieldError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, handWritten, inFlight, recorded, recordedJourney } from './support/journeys.js';

/**
 * `phase_profile`. The emulator's (recorded, everything #4–5) asks for a first and last name; a
 * field of every type (string, integer, date, boolean, one not asked at sign-up) is hand-written
 * (test/fixtures/flow/profile.json), as are a 500 and a refused integer.
 */
const profileStep = () => handWritten.afterSignUp('profile');

/** A profile field by its label (the server's words); required ones end with a visible, aria-hidden "*". */
const label = (t: StoryText, text: string) => new RegExp(`^${text}(?: ${containing(t('profile.requiredMark')).source})?$`);

const meta = {
  title: 'Steps/ProfileStep',
  component: FixtureFlow,
  args: { events: profileStep(), submit: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The emulator's profile: first name required, last name not. */
export const Idle: Story = {
  args: { events: recordedJourney.profile() },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await userEvent.type(canvas.getByLabelText(label(t, 'First name')), 'Eve');
    await userEvent.click(canvas.getByRole('button', { name: t('profile.submit') }));
    await expect(args.submit).toHaveBeenCalledWith('profile', { profile: expect.objectContaining({ first_name: 'Eve' }) });
  },
};

/** The emulator refused a profile without the required first name (`FieldRequired`). */
export const RecordedFieldError: Story = {
  args: { events: [...recordedJourney.profile(), ...recorded('everything', [5])] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByLabelText(label(catalogOf(context), 'First name'))).toHaveAttribute('aria-invalid', 'true');
  },
};

export const EveryFieldType: Story = {
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('profile.heading') })).toBeVisible();
    await expect(canvas.queryByLabelText(/Nickname/)).toBeNull();
    await userEvent.type(canvas.getByLabelText(label(t, 'First name')), 'Joe');
    await userEvent.type(canvas.getByLabelText(label(t, 'Age')), '41');
    await userEvent.type(canvas.getByLabelText(label(t, 'Birthday')), '1984-02-29');
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Send me the newsletter' }));
    await userEvent.click(canvas.getByRole('button', { name: t('profile.submit') }));
    await expect(args.submit).toHaveBeenCalledWith('profile', {
      profile: { first_name: 'Joe', age: '41', birthday: '1984-02-29', newsletter: 'true' },
    });
  },
};

/** The step's own checks: required fields, HTML in text, a number that is not whole. */
export const FieldErrorOnTheClient: Story = {
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await userEvent.type(canvas.getByLabelText(label(t, 'Last name')), '<i>Example</i>');
    await userEvent.type(canvas.getByLabelText(label(t, 'Age')), '4.5');
    await userEvent.click(canvas.getByRole('button', { name: t('profile.submit') }));
    const first = canvas.getByLabelText(label(t, 'First name'));
    await waitFor(() => expect(first).toHaveFocus());
    await expect(first).toHaveAccessibleDescription(t('profile.error.required'));
    await expect(canvas.getByLabelText(label(t, 'Last name'))).toHaveAccessibleDescription(containing(t('profile.error.html')));
    await expect(canvas.getByLabelText(label(t, 'Age'))).toHaveAccessibleDescription(t('profile.error.integer'));
    await expect(args.submit).not.toHaveBeenCalled();
  },
};

export const Pending: Story = {
  args: { events: [...recordedJourney.profile(), inFlight('everything', 5)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('profile.submitPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The server refused one value: the error sits on its field. */
export const FieldError: Story = {
  args: { events: [...profileStep(), requested.update('profile'), failure('update', fieldError('profile/age', 'InvalidInteger'))] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    const age = canvas.getByLabelText(label(t, 'Age'));
    await expect(age).toHaveAttribute('aria-invalid', 'true');
    await expect(age).toHaveAccessibleDescription(t('error.field.invalid'));
  },
};

export const ServerError: Story = {
  args: { events: [...recordedJourney.profile(), inFlight('everything', 5), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};
