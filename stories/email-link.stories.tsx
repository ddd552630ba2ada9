import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { EMAIL_IDENTIFIER, journeys, requested, responded } from '../test/fixtures/flow-events.js';
import { apiError } from '../test/fixtures/index.js';
import { fieldError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';
import {
  failure,
  handWritten,
  inFlight,
  inSeconds,
  LATER,
  poll,
  recorded,
  recordedAnswer,
  recordedJourney,
  respondedWith,
} from './support/journeys.js';

/**
 * Emailed links, on the emulator's recorded answers. Hand-written (test/fixtures), because the
 * emulator never sends them: a 500, a resend refused with `TooManyRequests` (recorded only for
 * `reset_password`), `need_email` (its presets have no string usernames) and a provisioned account.
 */

/** A string username: the server has no email to send the link to. */
const magicLinkNeedEmail = () => [
  ...journeys.emailStep(),
  requested.update('set_username', { identifier: { kind: 'username', value: 'joe' } }),
  responded('update', 'magiclink-need-email'),
];
const provisional = () => handWritten.afterEmail('provisional-enrollment');

const meta = {
  title: 'Steps/EmailLinkStep',
  component: FixtureFlow,
  args: { events: recordedJourney.verifyEmailSent(), submit: fn(), restart: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const VerifyEmailAutoSend: Story = {
  args: { events: recordedJourney.verifyEmail() },
  play: async ({ args, canvas }) => {
    await waitFor(() => expect(args.restart).toHaveBeenCalledWith('verify_email', {}));
    await expect(args.restart).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('heading', { name: 'Verify your email' })).toBeVisible();
  },
};

export const VerifyEmailSending: Story = {
  args: { events: [...recordedJourney.verifyEmail(), inFlight('everything', 7)] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Sending the email…')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const VerifyEmailSent: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByText('We sent a link to eve@example.com. Open it to verify your email address.')).toBeVisible();
    await expect(
      canvas.getByText('Opened the link in another browser? Come back here and select the button below.'),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: "I've verified" }));
    await expect(args.submit).toHaveBeenCalledTimes(1);
    await expect(args.submit).toHaveBeenCalledWith('', {});
    await userEvent.click(canvas.getByRole('button', { name: 'Resend email' }));
    await expect(args.restart).toHaveBeenCalledTimes(1);
    await expect(args.restart).toHaveBeenCalledWith('verify_email', {});
  },
};

export const VerifyEmailChecking: Story = {
  args: { events: [...recordedJourney.verifyEmailSent(), inFlight('everything', 8)] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Checking…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** "I've verified" before the link was opened: the emulator's recorded poll answers with the same step. */
export const VerifyEmailNotYetVerified: Story = {
  args: { answer: recordedAnswer('everything', 8, LATER) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: "I've verified" }));
    await expect(await canvas.findByText('Not verified yet. Open the link in the email, then try again.')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Not verified yet');
  },
};

export const VerifyEmailServerError: Story = {
  args: { events: [...recordedJourney.verifyEmailSent(), inFlight('everything', 8), failure('update')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};

/** Just sent: the server's `resend_time` is 30 seconds away. */
export const VerifyEmailResendCooldown: Story = {
  args: { events: () => recordedJourney.verifyEmailSent({ secondsLater: 0 }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /^Resend email in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText(/You can ask for a new email in \d+ seconds\./)).toBeInTheDocument();
  },
};

export const VerifyEmailResendRateLimited: Story = {
  args: {
    events: [...recordedJourney.verifyEmailSent(), inFlight('everything', 7), failure('restart', apiError('too-many-requests'))],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    await expect(canvas.getByRole('button', { name: /^Resend email in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const MagicLinkSent: Story = {
  args: { events: recordedJourney.magicLinkSent() },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Check your email' })).toBeVisible();
    await expect(canvas.getByText('We sent a sign-in link to pat@example.com. Open it to continue.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: "I've opened the link" })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Choose another method' }));
    await expect(await canvas.findByRole('heading', { name: 'How do you want to continue?' })).toBeVisible();
  },
};

export const MagicLinkChecking: Story = {
  args: { events: [...recordedJourney.magicLinkSent(), poll()] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Checking…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const MagicLinkServerError: Story = {
  args: { events: [...recordedJourney.magicLinkSent(), poll(), failure('update')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};

export const MagicLinkResendCooldown: Story = {
  args: { events: () => recordedJourney.magicLinkSent({ secondsLater: 0 }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /^Resend email in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const MagicLinkNeedEmail: Story = {
  args: { events: magicLinkNeedEmail() },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByText("Enter your email address and we'll send you a link.")).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send link' }));
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(args.restart).not.toHaveBeenCalled();
    await userEvent.type(canvas.getByLabelText('Email'), 'joe@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send link' }));
    await expect(args.restart).toHaveBeenCalledTimes(1);
    await expect(args.restart).toHaveBeenCalledWith('magiclink', { email: 'joe@example.com' });
  },
};

export const MagicLinkNeedEmailSending: Story = {
  args: { events: [...magicLinkNeedEmail(), requested.restart('magiclink')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const MagicLinkNeedEmailRefused: Story = {
  args: {
    events: [...magicLinkNeedEmail(), requested.restart('magiclink'), failure('restart', fieldError('email', 'BadFormatEmail'))],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com.');
  },
};

export const ProvisionalEnrollmentSent: Story = {
  args: { events: provisional() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Verify your account' })).toBeVisible();
    await expect(canvas.getByText('We sent a link to joe@example.com. Open it to confirm your account.')).toBeVisible();
  },
};

export const ProvisionalEnrollmentChecking: Story = {
  args: { events: [...provisional(), requested.update('')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Checking…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ProvisionalEnrollmentServerError: Story = {
  args: { events: [...provisional(), requested.update(''), failure('update')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};

export const ProvisionalEnrollmentResendCooldown: Story = {
  args: {
    events: () => [
      ...journeys.emailStep(),
      requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
      respondedWith('update', 'provisional-enrollment', { provisional_enrollment: { resend_time: inSeconds(45) } }),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /^Resend email in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** "Forgot password?" resent too soon: the emulator's `TooManyRequests` with `Retry-After: 30`. */
export const ResetPasswordResendCooldown: Story = {
  args: { events: [...recordedJourney.resetSent(), ...recorded('password', [20])] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('We sent a link to reset your password to joe@example.com.')).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    await expect(canvas.getByRole('button', { name: /^Resend email in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: 'Back to sign in' })).toBeVisible();
  },
};

export const ResetPasswordResending: Story = {
  args: { events: [...recordedJourney.resetSent(), inFlight('password', 20)] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Sending/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ResetPasswordResendFailed: Story = {
  args: { events: [...recordedJourney.resetSent(), inFlight('password', 20), failure('restart')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};
