import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import type { FlowEvent } from '../src/core/index.js';
import { EMAIL_IDENTIFIER, failed, journeys, requested, responded, user } from '../test/fixtures/flow-events.js';
import { apiError, rawFlowResult, type FlowFixtureName } from '../test/fixtures/index.js';
import { serverError } from './support/errors.js';
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

/** A known user whose only method is an emailed code, not sent yet. */
const emailCode = (): FlowEvent[] => [
  ...journeys.emailStep(),
  requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
  responded('update', 'signin-email-otp'),
];
const emailCodeSent = (): FlowEvent[] => [...emailCode(), requested.restart('email_otp'), responded('restart', 'email-otp-sent')];

/** A new user after the password: the MFA phase with three methods to enrol, one picked. */
const secondary = (choice: 'totp' | 'email_otp' | 'sms_otp'): FlowEvent[] => [
  ...journeys.signupPassword(),
  requested.update('password'),
  responded('update', 'secondary-methods'),
  user.chooseMethod(choice),
];
const totpSignIn = (): FlowEvent[] => [
  ...journeys.signinPassword(),
  requested.update('password'),
  responded('update', 'totp-signin'),
];

const meta = {
  title: 'Steps/CodeStep',
  component: FixtureFlow,
  args: { events: emailCodeSent(), submit: fn(), restart: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EmailAutoSend: Story = {
  args: { events: emailCode() },
  play: async ({ args, canvas }) => {
    await waitFor(() => expect(args.restart).toHaveBeenCalledWith('email_otp', {}));
    await expect(args.restart).toHaveBeenCalledTimes(1);
    await expect(canvas.getByText("We haven't sent you a code yet. Send one to continue.")).toBeVisible();
  },
};

export const EmailSending: Story = {
  args: { events: [...emailCode(), requested.restart('email_otp')] },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('Sending your code…')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(args.restart).not.toHaveBeenCalled();
  },
};

export const EmailSent: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const input = canvas.getByLabelText('Verification code');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(canvas.getByText('Enter the 6-digit code we sent to joe@example.com.')).toBeVisible();
    await userEvent.type(input, '123456');
    await expect(args.submit).toHaveBeenCalledTimes(1);
    await expect(args.submit).toHaveBeenCalledWith('email_otp', { code: '123456' });
  },
};

export const EmailVerifying: Story = {
  args: { events: [...emailCodeSent(), requested.update('email_otp')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Verifying…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const EmailWrongCode: Story = {
  args: { events: [...emailCodeSent(), requested.update('email_otp'), failed('update', apiError('authentication-failure'))] },
  play: async ({ canvas }) => {
    const input = canvas.getByLabelText('Verification code');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/Check it, or resend the code to try again/);
  },
};

export const EmailCodeExpired: Story = {
  args: { events: [...emailCodeSent(), requested.update('email_otp'), failed('update', apiError('mfa-code-expired'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription(/That code has expired/);
  },
};

export const EmailServerError: Story = {
  args: { events: [...emailCodeSent(), requested.update('email_otp'), failed('update', serverError())] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};

export const EmailResendCooldown: Story = {
  render: (args) => (
    <FixtureFlow
      {...args}
      events={[
        ...emailCode(),
        requested.restart('email_otp'),
        respondedWith('restart', 'email-otp-sent', { email_otp: { resend_time: inSeconds(45) } }),
      ]}
    />
  ),
  play: async ({ args, canvas, userEvent }) => {
    const resend = canvas.getByRole('button', { name: /^Resend code in \d+ s$/ });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(resend);
    await expect(args.restart).not.toHaveBeenCalled();
    await expect(canvas.getByText(/You can ask for a new code in \d+ seconds\./)).toBeInTheDocument();
  },
};

export const EmailResendRateLimited: Story = {
  args: { events: [...emailCodeSent(), requested.restart('email_otp'), failed('restart', apiError('too-many-requests'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    await expect(canvas.getByRole('button', { name: /^Resend code in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const SmsNeedPhone: Story = {
  args: { events: secondary('sms_otp') },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Confirm your identity' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Phone number'), '+1 202 555 0143');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(args.restart).toHaveBeenCalledWith('sms_otp', { phone: '+12025550143' });
  },
};

export const SmsNeedPhoneRefused: Story = {
  args: {
    events: [
      ...secondary('sms_otp'),
      requested.restart('sms_otp'),
      failed('restart', apiError('validation-bad-state')),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).not.toBeEmptyDOMElement();
    await expect(canvas.getByLabelText('Phone number')).toBeVisible();
  },
};

export const SmsSent: Story = {
  args: { events: [...secondary('sms_otp'), requested.restart('sms_otp'), responded('restart', 'sms-otp-sent')] },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByText('Enter the 6-digit code we sent to your phone.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Choose another method' }));
    await expect(await canvas.findByRole('heading', { name: 'How do you want to continue?' })).toBeVisible();
  },
};

export const TotpEnrolment: Story = {
  args: { events: secondary('totp') },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Set up an authenticator app' })).toBeVisible();
    const qr = canvas.getByRole('img', { name: 'QR code that adds this account to your authenticator app' });
    await expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect(canvas.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Copy key' }));
    // Copied, or (without clipboard permission) the key is selected to copy by hand.
    await expect(await canvas.findByText(/^(Key copied\.|Couldn't copy\. The key is selected: copy it with your keyboard\.)$/)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /Resend/ })).toBeNull();
    await expect(args.restart).not.toHaveBeenCalled();
  },
};

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
  args: { events: totpSignIn() },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Confirm your identity' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Verification code'), '654321');
    await expect(args.submit).toHaveBeenCalledTimes(1);
    await expect(args.submit).toHaveBeenCalledWith('totp', { code: '654321' });
  },
};

export const TotpWrongCode: Story = {
  args: { events: [...totpSignIn(), requested.update('totp'), failed('update', apiError('authentication-failure'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription(/Retry with the next code from your app/);
  },
};

export const TotpCodeUsed: Story = {
  args: { events: [...totpSignIn(), requested.update('totp'), failed('update', apiError('code-already-used'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription(/Wait for the next code in your app/);
  },
};
