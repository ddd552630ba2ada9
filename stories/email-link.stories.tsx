import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { createActor } from 'xstate';
import { flowMachine, type FlowEvent } from '../src/core/index.js';
import type { FlowCommands } from '../src/react/flow/flow-context.js';
import { FlowScreen } from '../src/react/flow/flow-screen.js';
import { EMAIL_IDENTIFIER, failed, journeys, requested, responded, user } from '../test/fixtures/flow-events.js';
import { apiError, rawFlowResult, type FlowFixtureName } from '../test/fixtures/index.js';
import { fieldError, serverError } from './support/errors.js';
import { FixtureFlow } from './support/fixture-flow.js';

/** A fixture's answer with some choices' data patched (say a `resend_time` in the future). */
function respondedWith(
  operation: 'update' | 'restart',
  fixture: FlowFixtureName,
  patch: Record<string, Record<string, unknown>>,
): FlowEvent {
  const raw = rawFlowResult(fixture);
  const choices = (raw.flow_choices as { choice: string; data: Record<string, unknown> }[]).map((entry) => ({
    ...entry,
    data: { ...entry.data, ...patch[entry.choice] },
  }));
  return responded(operation, fixture, { flow_choices: choices });
}

function inSeconds(seconds: number): string {
  return new Date(Date.now() + seconds * 1000).toISOString();
}

/** After the sign-up password: `phase_verify_email`, not sent yet, then sent. */
const verifyEmail = (): FlowEvent[] => [...journeys.signupPassword(), requested.update('password'), responded('update', 'verify-email')];
const verifyEmailSent = (): FlowEvent[] => [
  ...verifyEmail(),
  requested.restart('verify_email'),
  responded('restart', 'verify-email-sent'),
];
/** A passwordless sign-up that picked the magic link, and got it. */
const magicLinkSent = (): FlowEvent[] => [
  ...journeys.emailStep(),
  requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
  responded('update', 'passwordless-methods'),
  user.chooseMethod('magiclink'),
  requested.restart('magiclink'),
  responded('restart', 'magiclink-sent'),
];
/** A string username: the server has no email to send the link to. */
const magicLinkNeedEmail = (): FlowEvent[] => [
  ...journeys.emailStep(),
  requested.update('set_username', { identifier: { kind: 'username', value: 'joe' } }),
  responded('update', 'magiclink-need-email'),
];
const provisional = (): FlowEvent[] => [
  ...journeys.emailStep(),
  requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
  responded('update', 'provisional-enrollment'),
];
const resetSent = (): FlowEvent[] => [
  ...journeys.signinPassword(),
  requested.restart('reset_password'),
  responded('restart', 'reset-sent'),
];

/**
 * Like FixtureFlow, but "I've verified" gets an answer: the poll goes out and comes back with the
 * same state, as when the link was not opened yet.
 */
function PollingFlow({ events, answer }: { events: readonly FlowEvent[]; answer: FlowEvent }) {
  const [actorRef] = useState(() => {
    const actor = createActor(flowMachine, { input: undefined });
    actor.start();
    events.forEach((event) => actor.send(event));
    return actor;
  });
  const [commands] = useState(() => {
    const used: Partial<FlowCommands> = {
      submit: (choice) => {
        actorRef.send(requested.update(choice));
        setTimeout(() => actorRef.send(answer), 300);
      },
      chooseMethod: (choice) => actorRef.send({ type: 'user.chooseMethod', choice }),
      back: () => actorRef.send({ type: 'user.back' }),
    };
    // Every other command does nothing, whatever commands the flow grows.
    return new Proxy(used, { get: (target, key: string) => target[key as keyof FlowCommands] ?? (() => undefined) }) as FlowCommands;
  });
  return <FlowScreen actorRef={actorRef} commands={commands} />;
}

const meta = {
  title: 'Steps/EmailLinkStep',
  component: FixtureFlow,
  args: { events: verifyEmailSent(), submit: fn(), restart: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const VerifyEmailAutoSend: Story = {
  args: { events: verifyEmail() },
  play: async ({ args, canvas }) => {
    await waitFor(() => expect(args.restart).toHaveBeenCalledWith('verify_email', {}));
    await expect(args.restart).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('heading', { name: 'Verify your email' })).toBeVisible();
  },
};

export const VerifyEmailSending: Story = {
  args: { events: [...verifyEmail(), requested.restart('verify_email')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Sending the email…')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const VerifyEmailSent: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByText('We sent a link to joe@example.com. Open it to verify your email address.')).toBeVisible();
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
  args: { events: [...verifyEmailSent(), requested.update('')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Checking…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const VerifyEmailNotYetVerified: Story = {
  render: () => <PollingFlow events={verifyEmailSent()} answer={responded('update', 'verify-email-sent')} />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: "I've verified" }));
    await expect(await canvas.findByText('Not verified yet. Open the link in the email, then try again.')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Not verified yet');
  },
};

export const VerifyEmailServerError: Story = {
  args: { events: [...verifyEmailSent(), requested.update(''), failed('update', serverError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};

export const VerifyEmailResendCooldown: Story = {
  render: (args) => (
    <FixtureFlow
      {...args}
      events={[
        ...verifyEmail(),
        requested.restart('verify_email'),
        respondedWith('restart', 'verify-email-sent', { verify_email: { resend_time: inSeconds(45) } }),
      ]}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /^Resend email in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText(/You can ask for a new email in \d+ seconds\./)).toBeInTheDocument();
  },
};

export const VerifyEmailResendRateLimited: Story = {
  args: { events: [...verifyEmailSent(), requested.restart('verify_email'), failed('restart', apiError('too-many-requests'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    await expect(canvas.getByRole('button', { name: /^Resend email in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const MagicLinkSent: Story = {
  args: { events: magicLinkSent() },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Check your email' })).toBeVisible();
    await expect(canvas.getByText('We sent a sign-in link to joe@example.com. Open it to continue.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: "I've opened the link" })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Choose another method' }));
    await expect(await canvas.findByRole('heading', { name: 'How do you want to continue?' })).toBeVisible();
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
    events: [...magicLinkNeedEmail(), requested.restart('magiclink'), failed('restart', fieldError('email', 'BadFormatEmail'))],
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

export const ResetPasswordResendCooldown: Story = {
  render: (args) => (
    <FixtureFlow
      {...args}
      events={[
        ...journeys.signinPassword(),
        requested.restart('reset_password'),
        respondedWith('restart', 'reset-sent', { reset_password: { resend_time: inSeconds(45) } }),
      ]}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('We sent a link to reset your password to joe@example.com.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /^Resend email in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: 'Back to sign in' })).toBeVisible();
  },
};

export const ResetPasswordResendFailed: Story = {
  args: { events: [...resetSent(), requested.restart('reset_password'), failed('restart', serverError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};
