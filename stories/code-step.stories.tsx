import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { journeys, requested, user } from '../test/fixtures/flow-events.js';
import { apiError } from '../test/fixtures/index.js';
import { catalogOf, containing } from './support/catalog.js';
import { exactlyOneOf, withAnyNumber } from './support/catalog-patterns.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, LATER, recorded, recordedJourney, respondedWith } from './support/journeys.js';

/**
 * Emailed and texted codes and TOTP, on the emulator's recorded answers. Hand-written (test/fixtures),
 * because the emulator's recording never sends them: a 500, an expired code (it would take ten
 * minutes of its clock), a wrong TOTP at sign-in and a wrong texted code (recorded only for the
 * email code and TOTP enrolment), and a QR image that is not a data URL.
 */
const meta = {
  title: 'Steps/CodeStep',
  component: FixtureFlow,
  args: { events: recordedJourney.emailCodeSent(), submit: fn(), restart: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EmailAutoSend: Story = {
  args: { events: recordedJourney.emailCode() },
  play: async ({ args, canvas, ...context }) => {
    await waitFor(() => expect(args.restart).toHaveBeenCalledWith('email_otp', {}));
    await expect(args.restart).toHaveBeenCalledTimes(1);
    await expect(canvas.getByText(catalogOf(context)('code.body.notSent'))).toBeVisible();
  },
};

export const EmailSending: Story = {
  args: { events: [...recordedJourney.emailCode(), inFlight('passwordless', 4)] },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('code.body.sending'))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('code.resendPending') })).toHaveAttribute('aria-disabled', 'true');
    await expect(args.restart).not.toHaveBeenCalled();
  },
};

export const EmailSent: Story = {
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const input = canvas.getByLabelText(t('code.label'));
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(canvas.getByText(t('code.body.email', { email: 'pat@example.com' }))).toBeVisible();
    await userEvent.type(input, '123456');
    await expect(args.submit).toHaveBeenCalledTimes(1);
    await expect(args.submit).toHaveBeenCalledWith('email_otp', { code: '123456' });
  },
};

export const EmailVerifying: Story = {
  args: { events: [...recordedJourney.emailCodeSent(), inFlight('passwordless', 5)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('code.submitPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const EmailWrongCode: Story = {
  args: { events: [...recordedJourney.emailCodeSent(), ...recorded('passwordless', [5])] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    const input = canvas.getByLabelText(t('code.label'));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(containing(t('code.error.wrong')));
  },
};

export const EmailCodeExpired: Story = {
  args: { events: [...recordedJourney.emailCodeSent(), inFlight('passwordless', 5), failure('update', apiError('mfa-code-expired'))] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByLabelText(t('code.label'))).toHaveAccessibleDescription(containing(t('code.error.expired')));
  },
};

export const EmailServerError: Story = {
  args: { events: [...recordedJourney.emailCodeSent(), inFlight('passwordless', 5), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};

/** Just sent: the server's `resend_time` is a minute away. */
export const EmailResendCooldown: Story = {
  args: { events: () => [...recordedJourney.emailCode(), ...recorded('passwordless', [4], { secondsLater: 0 })] },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const resend = canvas.getByRole('button', { name: withAnyNumber(t, 'code.resendIn', 'seconds', { whole: true }) });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(resend);
    await expect(args.restart).not.toHaveBeenCalled();
    await expect(canvas.getByText(withAnyNumber(t, 'code.countdown.waiting', 'count'))).toBeInTheDocument();
  },
};

/** Resent at once (passwordless #15–17): the emulator's `TooManyRequests`, with `Retry-After`. */
export const EmailResendRateLimited: Story = {
  args: { events: recorded('passwordless', [15, 16, 17], LATER) },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.rateLimited', { count: 30 }));
    await expect(canvas.getByRole('button', { name: withAnyNumber(t, 'code.resendIn', 'seconds', { whole: true }) })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** No phone on file (`need_phone`): the step asks for one, which the emulator also offers as `set_phone`. */
export const SmsNeedPhone: Story = {
  args: { events: recordedJourney.smsNeedPhone() },
  parameters: { covers: { choice: 'set_phone', variant: 'idle' } },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await userEvent.type(canvas.getByLabelText(t('smsPhone.label')), '+1 202 555 0143');
    await userEvent.click(canvas.getByRole('button', { name: t('smsPhone.submit') }));
    await expect(args.restart).toHaveBeenCalledWith('sms_otp', { phone: '+12025550143' });
  },
};

export const SmsNeedPhonePending: Story = {
  args: { events: [...recordedJourney.smsNeedPhone(), inFlight('everything', 17)] },
  parameters: { covers: { choice: 'set_phone', variant: 'pending' } },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: containing(catalogOf(context)('smsPhone.submitPending')) })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The emulator's answer to a send with no phone: `FieldRequired` on `/data/phone`. */
export const SmsNeedPhoneRefused: Story = {
  args: { events: [...recordedJourney.smsNeedPhone(), ...recorded('everything', [17])] },
  parameters: { covers: { choice: 'set_phone', variant: 'field-error' } },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByLabelText(catalogOf(context)('smsPhone.label'))).toHaveAttribute('aria-invalid', 'true');
  },
};

export const SmsNeedPhoneServerError: Story = {
  args: { events: [...recordedJourney.smsNeedPhone(), inFlight('everything', 17), failure('restart')] },
  parameters: { covers: { choice: 'set_phone', variant: 'server-error' } },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.server'));
    await expect(canvas.getByLabelText(t('smsPhone.label'))).toBeVisible();
  },
};

export const SmsSent: Story = {
  args: { events: recordedJourney.smsSent() },
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('code.body.sms', { phone: '+18085550173' }))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('code.back') }));
    await expect(await canvas.findByRole('heading', { name: t('choice.heading') })).toBeVisible();
  },
};

export const SmsVerifying: Story = {
  args: { events: [...recordedJourney.smsSent(), inFlight('everything', 20)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('code.submitPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const SmsWrongCode: Story = {
  args: { events: [...recordedJourney.smsSent(), inFlight('everything', 20), failure('update', apiError('authentication-failure'))] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByLabelText(catalogOf(context)('code.label'))).toHaveAttribute('aria-invalid', 'true');
  },
};

export const SmsServerError: Story = {
  args: { events: [...recordedJourney.smsSent(), inFlight('everything', 20), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};

export const SmsResendCooldown: Story = {
  args: { events: () => recordedJourney.smsSent({ secondsLater: 0 }) },
  play: async ({ canvas, ...context }) => {
    const resendIn = withAnyNumber(catalogOf(context), 'code.resendIn', 'seconds', { whole: true });
    await expect(canvas.getByRole('button', { name: resendIn })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The QR image and key the emulator made (scrubbed in the recording: a blank PNG, a placeholder key). */
export const TotpEnrolment: Story = {
  args: { events: recordedJourney.totpEnrolment() },
  play: async ({ args, canvas, canvasElement, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('code.heading.totpSetup') })).toBeVisible();
    const qr = canvas.getByRole('img', { name: t('totp.qrAlt') });
    await expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect(canvas.getByText(/^SCRU BBED TOTP SECR ET/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('totp.copy') }));
    // Copied, or (without clipboard permission) the key is selected to copy by hand.
    await expect(await canvas.findByText(exactlyOneOf(t('totp.copied'), t('totp.copyFailed')))).toBeVisible();
    // No resend (nor send) button: an authenticator app's codes are not sent.
    await expect(canvasElement.querySelector('[data-scope="authn"][data-part="resend"]')).toBeNull();
    await expect(args.restart).not.toHaveBeenCalled();
  },
};

export const TotpEnrolmentWrongCode: Story = {
  args: { events: [...recordedJourney.totpEnrolment(), ...recorded('mfa', [3])] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByLabelText(catalogOf(context)('code.label'))).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A server that sends a QR image by URL: never loaded (it could track the user), the key still shown. */
export const TotpUnsafeQrRefused: Story = {
  args: {
    events: [
      ...journeys.signupPassword(),
      requested.update('password'),
      respondedWith('update', 'secondary-methods', {
        totp: { totp_secret: { qr_image: 'https://tracker.example/qr.png', secret: 'JBSWY3DPEHPK3PXP' } },
      }),
      user.chooseMethod('totp'),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('img')).toBeNull();
    await expect(canvas.getByText('JBSW Y3DP EHPK 3PXP')).toBeVisible();
  },
};

export const TotpSignIn: Story = {
  args: { events: recordedJourney.totpSignIn() },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('code.heading.secondary') })).toBeVisible();
    await userEvent.type(canvas.getByLabelText(t('code.label')), '654321');
    await expect(args.submit).toHaveBeenCalledTimes(1);
    await expect(args.submit).toHaveBeenCalledWith('totp', { code: '654321' });
  },
};

export const TotpVerifying: Story = {
  args: { events: [...recordedJourney.totpSignIn(), inFlight('mfa', 8)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('code.submitPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const TotpWrongCode: Story = {
  args: { events: [...recordedJourney.totpSignIn(), inFlight('mfa', 8), failure('update', apiError('authentication-failure'))] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByLabelText(t('code.label'))).toHaveAccessibleDescription(containing(t('code.error.wrongTotp')));
  },
};

/** The code of the time step the last sign-in used (mfa #15–17): the emulator's `CodeAlreadyUsed`. */
export const TotpCodeUsed: Story = {
  args: { events: recorded('mfa', [15, 16, 17]) },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByLabelText(t('code.label'))).toHaveAccessibleDescription(containing(t('code.error.usedTotp')));
  },
};

export const TotpServerError: Story = {
  args: { events: [...recordedJourney.totpSignIn(), inFlight('mfa', 8), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};
