import { act, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import { AuthNError } from '../../src/core/api/errors.js';
import { issuesOf } from '../../src/core/flow/flow.issues.js';
import { messageForIssue } from '../../src/react/i18n/message-for-issue.js';
import { totpCode } from '@authn-flow-kit/emulator';
import type { FlowEvent } from '../../src/core/index.js';
import { FixtureFlow } from '../../stories/support/fixture-flow.js';
import { flowResult } from '../fixtures/index.js';
import { EMAIL_IDENTIFIER, journeys, requested } from '../fixtures/flow-events.js';
import { BASE_URL, recordRequests, renderFlow, setupEmulator } from './flow-harness.js';

const { emulator, server } = setupEmulator();
const EMAIL = 'otp@example.com';

beforeEach(() => {
  // The passwordless preset without passkeys and social buttons: this file is about codes.
  emulator.setConfig({ preset: 'passwordless', scryptCost: 2 ** 10, passkey: { enabled: false }, socialProviders: [] });
});

afterEach(() => {
  vi.useRealTimers();
});

/** The newest code sent to `to`. */
function lastCode(to: string): string {
  const message = emulator.outbox().filter((entry) => entry.to === to && entry.code !== undefined).at(-1);
  if (message?.code === undefined) {
    throw new Error(`no code was sent to ${to}`);
  }
  return message.code;
}

function codesSentTo(to: string): number {
  return emulator.outbox().filter((entry) => entry.to === to).length;
}

/** A 6-digit code that is not `code`. */
function wrongCode(code: string): string {
  return code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
}

/** Email → Continue → "Code by email": the code step, with the code sent. */
async function reachEmailCode(user: ReturnType<typeof renderFlow>['user'], email = EMAIL) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(await screen.findByRole('button', { name: 'Code by email' }));
  await screen.findByText(`Enter the 6-digit code we sent to ${email}.`);
  return screen.getByLabelText('Verification code');
}

/** Signs `email` up with an emailed code straight through the API. */
async function signUpByEmailCode(email: string) {
  const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });
  const started = await client.flow.start({ email });
  await client.flow.restart(started.flowId, 'email_otp', {});
  const done = await client.flow.update(started.flowId, 'email_otp', { code: lastCode(email) });
  await client.flow.complete(done.flowId);
}

describe('email codes', () => {
  it('signs up with a code typed into one one-time-code input, sent automatically once', async () => {
    const requests = recordRequests(server);
    const { user, onComplete } = renderFlow(emulator.token);
    const input = await reachEmailCode(user);

    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('pattern', '[0-9]*');
    expect(input).toHaveAttribute('maxlength', '6');
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    // StrictMode runs effects twice: still one send.
    expect(requests.filter((path) => path === 'flow/restart')).toHaveLength(1);
    expect(codesSentTo(EMAIL)).toBe(1);

    await user.type(input, lastCode(EMAIL));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('signs in with an emailed code', async () => {
    await signUpByEmailCode(EMAIL);
    const { user, onComplete } = renderFlow(emulator.token);
    const input = await reachEmailCode(user);

    await user.type(input, lastCode(EMAIL));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('clears a wrong code, says how to go on, and accepts the right one', async () => {
    const { user, onError } = renderFlow(emulator.token);
    const input = await reachEmailCode(user);
    const code = lastCode(EMAIL);

    await user.type(input, wrongCode(code));

    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription(/That code isn't right\. Check it, or resend the code to try again\./);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 'AuthenticationFailure' }));

    await user.type(input, code);
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('submits a pasted code once, without its spaces and dashes', async () => {
    const requests = recordRequests(server);
    const { user, onComplete } = renderFlow(emulator.token);
    const input = await reachEmailCode(user);
    const code = lastCode(EMAIL);
    const updatesBefore = requests.filter((path) => path === 'flow/update').length;

    await user.click(input);
    await user.paste(`${code.slice(0, 3)} - ${code.slice(3)}`);
    // Enter right after the paste: the code is already on its way, nothing more is sent.
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(requests.filter((path) => path === 'flow/update').length - updatesBefore).toBe(1);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('takes a code in Arabic-Indic or Persian digits, typed or pasted, as its ASCII digits', async () => {
    const arabicIndic = (digits: string) => digits.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
    const persian = (digits: string) => digits.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));
    const { user, onComplete } = renderFlow(emulator.token);
    const input = await reachEmailCode(user);
    const code = lastCode(EMAIL);

    await user.type(input, arabicIndic(code.slice(0, 3)));
    expect(input).toHaveValue(code.slice(0, 3));
    await user.clear(input);
    await user.paste(persian(code));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('finds the code in a pasted line of the message, whatever the field is cut to', async () => {
    const { user, onComplete } = renderFlow(emulator.token);
    const input = await reachEmailCode(user);
    const code = lastCode(EMAIL);

    await user.click(input);
    // The number before the code is not part of it: only a run of six digits is.
    await user.paste(`Your 2nd code is ${code}. It expires in 10 minutes.`);

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('pastes the rest of a code beside the digits already typed', async () => {
    const { user, onComplete } = renderFlow(emulator.token);
    const input = await reachEmailCode(user);
    const code = lastCode(EMAIL);

    await user.type(input, code.slice(0, 2));
    await user.paste(code.slice(2));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('checks the code is complete before sending it', async () => {
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    const input = await reachEmailCode(user);
    const updatesBefore = requests.filter((path) => path === 'flow/update').length;

    await user.type(input, '12a3');
    expect(input).toHaveValue('123');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(input).toHaveAccessibleDescription(/Enter all 6 digits of the code\./);
    expect(input).toHaveFocus();
    expect(requests.filter((path) => path === 'flow/update').length).toBe(updatesBefore);
  });

  it('counts down to the resend each second, announces it only at the start, at 10 s and at 0', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const { user } = renderFlow(emulator.token);
    const input = await reachEmailCode(user);
    const firstCode = lastCode(EMAIL);
    const resend = screen.getByRole('button', { name: 'Resend code in 30 s' });
    const status = document.querySelector('[data-part="resend-status"]');
    expect(resend).toHaveAttribute('aria-disabled', 'true');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('You can ask for a new code in 30 seconds.');

    act(() => vi.advanceTimersByTime(1000));
    expect(resend).toHaveTextContent('Resend code in 29 s');
    expect(status).toHaveTextContent('You can ask for a new code in 30 seconds.');

    act(() => vi.advanceTimersByTime(18_000));
    expect(resend).toHaveTextContent('Resend code in 11 s');
    expect(status).toHaveTextContent('You can ask for a new code in 30 seconds.');

    act(() => vi.advanceTimersByTime(1000));
    expect(resend).toHaveTextContent('Resend code in 10 s');
    expect(status).toHaveTextContent('You can ask for a new code in 10 seconds.');

    act(() => vi.advanceTimersByTime(10_000));
    expect(resend).toHaveTextContent(/^Resend code$/);
    expect(resend).not.toHaveAttribute('aria-disabled');
    expect(status).toHaveTextContent('You can ask for a new code now.');
    // The clock stops with the countdown.
    expect(vi.getTimerCount()).toBe(0);

    await user.click(resend);
    await waitFor(() => expect(codesSentTo(EMAIL)).toBe(2));
    expect(await screen.findByRole('button', { name: 'Resend code in 30 s' })).toBeInTheDocument();

    // The resend retired the first code: typing it again says it has expired.
    await user.type(input, firstCode);
    await waitFor(() => expect(input).toHaveAccessibleDescription(/That code has expired\. Resend the code to try again\./));
    expect(input).toHaveValue('');
  });

  it('waits for Retry-After when the server refuses the automatic send, without sending again', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const requests = recordRequests(server);
    server.use(
      http.post(
        '*/v2/flow/restart',
        () =>
          HttpResponse.json(
            { request_id: 'prq_x', status: 'TooManyRequests', summary: 'Too many requests', result: null },
            { status: 429, headers: { 'Retry-After': '20' } },
          ),
        { once: true },
      ),
    );
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Code by email' }));

    const send = await screen.findByRole('button', { name: 'Send code in 20 s' });
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 20 seconds.');
    expect(screen.getByText("We haven't sent you a code yet. Send one to continue.")).toBeInTheDocument();
    expect(requests.filter((path) => path === 'flow/restart')).toHaveLength(1);

    act(() => vi.advanceTimersByTime(20_000));
    expect(send).toHaveTextContent(/^Send code$/);
    expect(requests.filter((path) => path === 'flow/restart')).toHaveLength(1);

    await user.click(send);
    await screen.findByText(`Enter the 6-digit code we sent to ${EMAIL}.`);
    expect(codesSentTo(EMAIL)).toBe(1);
  });

  it('goes back to the method picker', async () => {
    const { user } = renderFlow(emulator.token);
    await reachEmailCode(user);
    await user.click(screen.getByRole('button', { name: 'Choose another method' }));
    expect(await screen.findByRole('heading', { name: 'How do you want to continue?' })).toBeInTheDocument();
  });
});

describe('codes for a string username', () => {
  beforeEach(() => {
    emulator.setConfig({ usernameFormat: 'string', primaries: ['email_otp'] });
  });

  it('asks for the email first (need_email), then sends the code there', async () => {
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Username'), 'otp-user');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const email = await screen.findByLabelText('Email');
    expect(requests.filter((path) => path === 'flow/restart')).toHaveLength(0);
    // Nothing was sent yet: the title must not say there is something to check.
    expect(screen.getByRole('heading', { name: 'Get a code by email' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Check your email' })).toBeNull();
    await user.type(email, EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    const input = await screen.findByLabelText('Verification code');
    expect(screen.getByText(`Enter the 6-digit code we sent to ${EMAIL}.`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    await waitFor(() => expect(input).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Change email' })).toBeInTheDocument();

    await user.type(input, lastCode(EMAIL));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });
});

describe('codes as a second factor', () => {
  it('sends the code by itself when it is the only method, right after the password', async () => {
    emulator.setConfig({ preset: 'mfa', scryptCost: 2 ** 10, mfa: { methods: ['email_otp'], required: true } });
    const requests = recordRequests(server);
    const email = 'second@example.com';
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), email);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), 'Correct-Horse-9');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const heading = await screen.findByRole('heading', { name: 'Confirm your identity' });
    await waitFor(() => expect(heading).toHaveFocus());
    await screen.findByText(`Enter the 6-digit code we sent to ${email}.`);
    expect(requests.filter((path) => path === 'flow/restart')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Choose another method' })).toBeNull();

    await user.type(screen.getByLabelText('Verification code'), lastCode(email));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });
});

describe('rejected codes', () => {
  it('maps MfaCodeExpired and CodeAlreadyUsed to their own issues on the code field', () => {
    const apiError = (status: string) =>
      new AuthNError({
        kind: 'api',
        status,
        httpStatus: 400,
        summary: status,
        requestId: undefined,
        fieldErrors: [],
        retryAfterSeconds: undefined,
        result: null,
      });
    expect(issuesOf(apiError('AuthenticationFailure'), 'email_otp').fieldErrors.code).toEqual({ code: 'authentication-failed' });
    expect(issuesOf(apiError('MfaCodeExpired'), 'sms_otp').fieldErrors.code).toEqual({ code: 'code-expired' });
    expect(issuesOf(apiError('CodeAlreadyUsed'), 'totp').fieldErrors.code).toEqual({ code: 'code-used' });
    // A link's code has no field: the step says it as a whole.
    expect(issuesOf(apiError('MfaCodeExpired'), 'magiclink').formError).toEqual({ code: 'code-expired' });
    expect(messageForIssue({ code: 'code-expired' }).key).toBe('error.codeExpired');
    expect(messageForIssue({ code: 'code-used' }).key).toBe('error.codeUsed');
  });
});

describe('codes by text message', () => {
  beforeEach(() => {
    emulator.setConfig({ preset: 'mfa', scryptCost: 2 ** 10 });
  });

  it('asks for a phone number (need_phone), texts the code and signs up', async () => {
    const { user, onComplete } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'sms@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), 'Correct-Horse-9');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await user.click(await screen.findByRole('button', { name: 'Code by text message' }));

    expect(await screen.findByRole('heading', { name: 'Confirm your identity' })).toBeInTheDocument();
    expect(screen.getByText("We'll text a 6-digit code to this number.")).toBeInTheDocument();
    await user.type(screen.getByLabelText('Phone number'), '+1 202 555 0143');
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    const input = await screen.findByLabelText('Verification code');
    expect(screen.getByText('Enter the 6-digit code we sent to +12025550143.')).toBeInTheDocument();
    const sms = emulator.outbox().filter((message) => message.channel === 'sms');
    expect(sms).toHaveLength(1);
    expect(sms[0]?.to).toBe('+12025550143');

    await user.type(input, lastCode('+12025550143'));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('says "Check your phone" only once a code was texted, not while asking for the number', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, primaries: ['sms_otp'] });
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'sms-first@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { name: 'Get a code by text message' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Check your phone' })).toBeNull();
    await user.type(screen.getByLabelText('Phone number'), '+1 202 555 0143');
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    await screen.findByLabelText('Verification code');
    expect(screen.getByRole('heading', { name: 'Check your phone' })).toBeInTheDocument();
  });

  it('refuses an empty number before sending', async () => {
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'sms2@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), 'Correct-Horse-9');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await user.click(await screen.findByRole('button', { name: 'Code by text message' }));
    await user.click(await screen.findByRole('button', { name: 'Send code' }));

    const phone = screen.getByLabelText('Phone number');
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(/Enter your phone number\./);
    expect(requests.filter((path) => path === 'flow/restart')).toHaveLength(0);
  });
});

describe('where a texted code went', { timeout: 20_000 }, () => {
  /** A second factor by text message, its code sent, replayed without a server; `phone` as the result holds it. */
  function smsSecondFactor(phone: string | undefined): FlowEvent[] {
    const choice = { choice: 'sms_otp', data: { sent: true, enrollment: false, resend_time: '2025-06-02T09:31:05Z' } };
    return [
      ...journeys.emailStep(),
      requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
      {
        type: 'api.responded',
        operation: 'update',
        result: flowResult('signin-methods', { ...(phone === undefined ? {} : { phone }), flow_phase: 'phase_secondary', flow_choices: [choice] }),
      },
    ];
  }

  it("names the number the flow holds (the result's phone)", async () => {
    render(<FixtureFlow events={smsSecondFactor('+18085550173')} />);
    expect(await screen.findByText('Enter the 6-digit code we sent to +18085550173.', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('says "your phone" when the flow holds none', async () => {
    render(<FixtureFlow events={smsSecondFactor(undefined)} />);
    expect(await screen.findByText('Enter the 6-digit code we sent to your phone.', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});

describe('authenticator apps (TOTP)', () => {
  beforeEach(() => {
    emulator.setConfig({ preset: 'mfa', scryptCost: 2 ** 10 });
  });

  it('enrols with the QR code and a copyable key, then signs in with the next code', async () => {
    const email = 'totp@example.com';
    const first = renderFlow(emulator.token);
    await first.user.type(await screen.findByLabelText('Email'), email);
    await first.user.click(screen.getByRole('button', { name: 'Continue' }));
    await first.user.type(await screen.findByLabelText('Password', { selector: 'input' }), 'Correct-Horse-9');
    await first.user.click(screen.getByRole('button', { name: 'Create account' }));
    await first.user.click(await screen.findByRole('button', { name: 'Authenticator app' }));

    expect(await screen.findByRole('heading', { name: 'Set up an authenticator app' })).toBeInTheDocument();
    const qr = screen.getByRole('img', { name: 'QR code that adds this account to your authenticator app' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const steps = within(screen.getByRole('list'));
    expect(steps.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Install an authenticator app on your phone.',
      'Scan the QR code with the app, or enter the setup key.',
      'Type the 6-digit code the app shows.',
    ]);
    const secret = (document.querySelector('[data-part="totp-key-value"]')?.textContent ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    await first.user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(await screen.findByText('Key copied.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(secret);

    await first.user.type(screen.getByLabelText('Verification code'), totpCode(secret, emulator.now()));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    first.unmount();

    const second = renderFlow(emulator.token);
    await second.user.type(await screen.findByLabelText('Email'), email);
    await second.user.click(screen.getByRole('button', { name: 'Continue' }));
    await second.user.type(await screen.findByLabelText('Password', { selector: 'input' }), 'Correct-Horse-9');
    await second.user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Confirm your identity' })).toBeInTheDocument();
    expect(screen.getByText('Enter the 6-digit code your authenticator app shows for this account.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Resend/ })).toBeNull();
    const input = screen.getByLabelText('Verification code');

    // The step used at enrolment cannot be used twice.
    await second.user.type(input, totpCode(secret, emulator.now()));
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(/That code was already used\. Wait for the next code in your app, then try again\./),
    );
    expect(input).toHaveValue('');

    emulator.advanceClock(30);
    await second.user.type(input, totpCode(secret, emulator.now()));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(second.onComplete).toHaveBeenCalledTimes(1);
  });

  it('says to retry with the next code after a wrong one', async () => {
    const { user } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'totp2@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), 'Correct-Horse-9');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await user.click(await screen.findByRole('button', { name: 'Authenticator app' }));
    const input = await screen.findByLabelText('Verification code');
    const secret = (document.querySelector('[data-part="totp-key-value"]')?.textContent ?? '').replace(/\s/g, '');
    const near = new Set([-30, 0, 30].map((offset) => totpCode(secret, emulator.now() + offset * 1000)));
    const wrong = ['000000', '111111', '222222', '333333'].find((candidate) => !near.has(candidate)) ?? '444444';

    await user.type(input, wrong);

    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(/That code isn't right\. Retry with the next code from your app\./),
    );
    await user.click(screen.getByRole('button', { name: 'Choose another method' }));
    expect(await screen.findByRole('heading', { name: 'How do you want to continue?' })).toBeInTheDocument();
    expect(screen.getByText('Choose an additional step to confirm your identity.')).toBeInTheDocument();
  });
});
