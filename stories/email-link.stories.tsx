import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import type { OpenFlowChannelPort } from '../src/core/index.js';
import { FlowChannelPortContext } from '../src/react/steps/email-link-step/use-link-handoff.js';
import { EMAIL_IDENTIFIER, journeys, requested, responded } from '../test/fixtures/flow-events.js';
import { apiError } from '../test/fixtures/index.js';
import { catalogOf, containing } from './support/catalog.js';
import { withAnyNumber } from './support/catalog-patterns.js';
import { fieldError } from './support/errors.js';
import { eventsOf, FixtureFlow, type FixtureEvents } from './support/fixture-flow.js';
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

/** The flow on screen at the end of `events`. */
function flowIdOf(events: FixtureEvents): string {
  const answers = eventsOf(events).flatMap((event) => (event.type === 'api.responded' ? [event.result.flowId] : []));
  return answers.at(-1) ?? '';
}

/**
 * The link opened in another tab, which says so on the flow channel as soon as this tab listens:
 * `done` when that tab completes the flow. A stand-in for the browser's BroadcastChannel.
 */
function otherTabUsedTheLink(done: boolean): Decorator {
  return function OtherTab(Story, { args }) {
    const events = (args as { events: FixtureEvents }).events;
    const open: OpenFlowChannelPort = () => ({
      postMessage: () => undefined,
      addEventListener: (_type, listener) => {
        const data = { type: 'link-used', flowId: flowIdOf(events), done, from: 'story-other-tab' };
        queueMicrotask(() => listener(new MessageEvent('message', { data })));
      },
      close: () => undefined,
    });
    return (
      <FlowChannelPortContext.Provider value={open}>
        <Story />
      </FlowChannelPortContext.Provider>
    );
  };
}

const meta = {
  title: 'Steps/EmailLinkStep',
  component: FixtureFlow,
  args: { events: recordedJourney.verifyEmailSent(), submit: fn(), restart: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const VerifyEmailAutoSend: Story = {
  args: { events: recordedJourney.verifyEmail() },
  play: async ({ args, canvas, ...context }) => {
    await waitFor(() => expect(args.restart).toHaveBeenCalledWith('verify_email', {}));
    await expect(args.restart).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('heading', { name: catalogOf(context)('emailLink.heading.verify_email') })).toBeVisible();
  },
};

export const VerifyEmailSending: Story = {
  args: { events: [...recordedJourney.verifyEmail(), inFlight('everything', 7)] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('emailLink.sending'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('emailLink.resendPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const VerifyEmailSent: Story = {
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('emailLink.body.verify_email', { email: 'eve@example.com' }))).toBeVisible();
    await expect(canvas.getByText(t('emailLink.sameBrowser'))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('emailLink.poll.verified') }));
    await expect(args.submit).toHaveBeenCalledTimes(1);
    await expect(args.submit).toHaveBeenCalledWith('', {});
    await userEvent.click(canvas.getByRole('button', { name: t('emailLink.resend') }));
    await expect(args.restart).toHaveBeenCalledTimes(1);
    await expect(args.restart).toHaveBeenCalledWith('verify_email', {});
  },
};

export const VerifyEmailChecking: Story = {
  args: { events: [...recordedJourney.verifyEmailSent(), inFlight('everything', 8)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('emailLink.pollPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** "I've verified" before the link was opened: the emulator's recorded poll answers with the same step. */
export const VerifyEmailNotYetVerified: Story = {
  args: { answer: recordedAnswer('everything', 8, LATER) },
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await userEvent.click(canvas.getByRole('button', { name: t('emailLink.poll.verified') }));
    await expect(await canvas.findByText(t('emailLink.notYet'))).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(t('emailLink.notYet'));
  },
};

export const VerifyEmailServerError: Story = {
  args: { events: [...recordedJourney.verifyEmailSent(), inFlight('everything', 8), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};

/** Just sent: the server's `resend_time` is 30 seconds away. */
export const VerifyEmailResendCooldown: Story = {
  args: { events: () => recordedJourney.verifyEmailSent({ secondsLater: 0 }) },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('button', { name: withAnyNumber(t, 'emailLink.resendIn', 'seconds', { whole: true }) })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText(withAnyNumber(t, 'emailLink.countdown.waiting', 'count'))).toBeInTheDocument();
  },
};

export const VerifyEmailResendRateLimited: Story = {
  args: {
    events: [...recordedJourney.verifyEmailSent(), inFlight('everything', 7), failure('restart', apiError('too-many-requests'))],
  },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.rateLimited', { count: 30 }));
    await expect(canvas.getByRole('button', { name: withAnyNumber(t, 'emailLink.resendIn', 'seconds', { whole: true }) })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const MagicLinkSent: Story = {
  args: { events: recordedJourney.magicLinkSent() },
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('emailLink.heading.magiclink') })).toBeVisible();
    await expect(canvas.getByText(t('emailLink.body.magiclink', { email: 'pat@example.com' }))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('emailLink.poll.opened') })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('emailLink.back') }));
    await expect(await canvas.findByRole('heading', { name: t('choice.heading') })).toBeVisible();
  },
};

export const MagicLinkChecking: Story = {
  args: { events: [...recordedJourney.magicLinkSent(), poll()] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('emailLink.pollPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const MagicLinkServerError: Story = {
  args: { events: [...recordedJourney.magicLinkSent(), poll(), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};

export const MagicLinkResendCooldown: Story = {
  args: { events: () => recordedJourney.magicLinkSent({ secondsLater: 0 }) },
  play: async ({ canvas, ...context }) => {
    const resendIn = withAnyNumber(catalogOf(context), 'emailLink.resendIn', 'seconds', { whole: true });
    await expect(canvas.getByRole('button', { name: resendIn })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const MagicLinkNeedEmail: Story = {
  args: { events: magicLinkNeedEmail() },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('emailEntry.body.link'))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('emailEntry.submitLink') }));
    await expect(canvas.getByLabelText(t('email.label'))).toHaveAttribute('aria-invalid', 'true');
    await expect(args.restart).not.toHaveBeenCalled();
    await userEvent.type(canvas.getByLabelText(t('email.label')), 'joe@example.com');
    await userEvent.click(canvas.getByRole('button', { name: t('emailEntry.submitLink') }));
    await expect(args.restart).toHaveBeenCalledTimes(1);
    await expect(args.restart).toHaveBeenCalledWith('magiclink', { email: 'joe@example.com' });
  },
};

export const MagicLinkNeedEmailSending: Story = {
  args: { events: [...magicLinkNeedEmail(), requested.restart('magiclink')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('emailEntry.submitPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const MagicLinkNeedEmailRefused: Story = {
  args: {
    events: [...magicLinkNeedEmail(), requested.restart('magiclink'), failure('restart', fieldError('email', 'BadFormatEmail'))],
  },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByLabelText(t('email.label'))).toHaveAccessibleDescription(t('error.field.BadFormatEmail'));
  },
};

export const ProvisionalEnrollmentSent: Story = {
  args: { events: provisional() },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('emailLink.heading.provisional_enrollment') })).toBeVisible();
    await expect(canvas.getByText(t('emailLink.body.provisional_enrollment', { email: 'joe@example.com' }))).toBeVisible();
  },
};

export const ProvisionalEnrollmentChecking: Story = {
  args: { events: [...provisional(), requested.update('')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('emailLink.pollPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ProvisionalEnrollmentServerError: Story = {
  args: { events: [...provisional(), requested.update(''), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
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
  play: async ({ canvas, ...context }) => {
    const resendIn = withAnyNumber(catalogOf(context), 'emailLink.resendIn', 'seconds', { whole: true });
    await expect(canvas.getByRole('button', { name: resendIn })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** "Forgot password?" resent too soon: the emulator's `TooManyRequests` with `Retry-After: 30`. */
export const ResetPasswordResendCooldown: Story = {
  args: { events: [...recordedJourney.resetSent(), ...recorded('password', [20])] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('reset.body', { email: 'joe@example.com' }))).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.rateLimited', { count: 30 }));
    await expect(canvas.getByRole('button', { name: withAnyNumber(t, 'emailLink.resendIn', 'seconds', { whole: true }) })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: t('reset.back') })).toBeVisible();
  },
};

export const ResetPasswordResending: Story = {
  args: { events: [...recordedJourney.resetSent(), inFlight('password', 20)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: containing(catalogOf(context)('emailLink.resendPending')) })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ResetPasswordResendFailed: Story = {
  args: { events: [...recordedJourney.resetSent(), inFlight('password', 20), failure('restart')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};

/** The magic link opened in another tab, which signed in there: this tab says so and offers nothing. */
export const MagicLinkFinishedInAnotherTab: Story = {
  args: { events: recordedJourney.magicLinkSent() },
  decorators: [otherTabUsedTheLink(true)],
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByRole('heading', { name: t('emailLink.handoff.finishedHeading') })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(t('emailLink.handoff.finished'));
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(args.submit).not.toHaveBeenCalled();
  },
};

/** The verification link opened in another tab, where the flow went on: "Continue here" reads it in this tab. */
export const VerifyEmailContinuedInAnotherTab: Story = {
  decorators: [otherTabUsedTheLink(false)],
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByRole('heading', { name: t('emailLink.handoff.continuedHeading') })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('emailLink.handoff.continueHere') }));
    await expect(args.submit).toHaveBeenCalledTimes(1);
    await expect(args.submit).toHaveBeenCalledWith('', {});
  },
};

/** The reset link opened in another tab, which now asks for the new password. */
export const ResetPasswordContinuedInAnotherTab: Story = {
  args: { events: recordedJourney.resetSent() },
  decorators: [otherTabUsedTheLink(false)],
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByRole('heading', { name: t('emailLink.handoff.continuedHeading') })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(t('emailLink.handoff.continued'));
    await expect(canvas.queryByRole('button', { name: t('reset.back') })).toBeNull();
  },
};
