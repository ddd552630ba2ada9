import { configure, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlowEvent, FlowIdentifier } from '../../src/core/index.js';
import { FixtureFlow } from '../../stories/support/fixture-flow.js';
import { EMAIL, FLOW_ID, rawFlowResult, flowResult, type FlowFixtureName } from '../fixtures/index.js';
import { EMAIL_IDENTIFIER, requested, responded } from '../fixtures/flow-events.js';

// Later steps load on demand: the first of them in a file waits for its module, on a busy machine
// longer than Testing Library's default second.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 20_000 });

/**
 * The password-manager contract of README "Password managers": every input of every step, with
 * the `autocomplete` it must carry. Each row renders its step from fixtures (no network).
 */

const USERNAME: FlowIdentifier = { kind: 'username', value: 'joe' };
const POLICY = rawFlowResult('signup-password')['flow_choices'] as { data: Record<string, unknown> }[];
const PASSWORD_POLICY = POLICY[0]?.data['password_policy'];
/** The phone field's library and its country list load on demand. */
const SLOW = 15_000;

function renderSteps(events: readonly FlowEvent[]) {
  return render(<FixtureFlow events={events} />);
}

/** The start screen, then (if given) the answer to the identifier the user typed. */
function after(start: FlowFixtureName, next?: { result: Record<string, unknown>; typed: FlowIdentifier }): FlowEvent[] {
  const events: FlowEvent[] = [requested.start(), responded('start', start)];
  if (next !== undefined) {
    const choice = next.typed.kind === 'email' ? 'set_email' : 'set_username';
    events.push(requested.update(choice, { identifier: next.typed }), {
      type: 'api.responded',
      operation: 'update',
      result: flowResultFrom(next.result),
    });
  }
  return events;
}

function flowResultFrom(raw: Record<string, unknown>) {
  return flowResult('signin-password', raw);
}

const PASSKEY_SIGN_IN = { choice: 'passkey', data: { enrollment: false, started: false, discovery: true } };

function withPasskeys(name: FlowFixtureName): FlowEvent[] {
  const raw = rawFlowResult(name);
  const choices = raw['flow_choices'] as unknown[];
  return [requested.start(), responded('start', name, { flow_choices: [...choices, PASSKEY_SIGN_IN] })];
}

/** The hidden username field password managers save the password under. */
function usernameAnchor(container: HTMLElement): HTMLInputElement | null {
  return container.querySelector<HTMLInputElement>('input[autocomplete="username"][readonly]');
}

function expectAnchorHolding(container: HTMLElement, value: string) {
  const anchor = usernameAnchor(container);
  expect(anchor).not.toBeNull();
  expect(anchor).toHaveValue(value);
  expect(anchor).toHaveAttribute('tabindex', '-1');
  expect(anchor).toHaveAttribute('aria-hidden', 'true');
  // Visually hidden, not `display: none`: password managers skip fields that are not rendered.
  expect(anchor?.style.display).not.toBe('none');
  expect(anchor?.type).toBe('text');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('autocomplete contract: identifier', () => {
  it('email format: `email`', async () => {
    renderSteps(after('start-email'));
    const email = await screen.findByLabelText('Email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(email).toHaveAttribute('autocapitalize', 'none');
  });

  it('string format: `username`', async () => {
    renderSteps(after('start-username'));
    expect(await screen.findByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
  });

  it('phone format: `tel`', { timeout: SLOW }, async () => {
    renderSteps(after('start-phone'));
    expect(await screen.findByRole('textbox', { name: 'Phone number' }, { timeout: SLOW })).toHaveAttribute(
      'autocomplete',
      'tel',
    );
  });

  describe('with passkeys on and WebAuthn in the browser, the field token plus `webauthn`', () => {
    it('email webauthn', async () => {
      vi.stubGlobal('PublicKeyCredential', class PublicKeyCredential {});
      renderSteps(withPasskeys('start-email'));
      expect(await screen.findByLabelText('Email')).toHaveAttribute('autocomplete', 'email webauthn');
    });

    it('username webauthn', async () => {
      vi.stubGlobal('PublicKeyCredential', class PublicKeyCredential {});
      renderSteps(withPasskeys('start-username'));
      expect(await screen.findByLabelText('Username')).toHaveAttribute('autocomplete', 'username webauthn');
    });

    it('tel webauthn', { timeout: SLOW }, async () => {
      vi.stubGlobal('PublicKeyCredential', class PublicKeyCredential {});
      renderSteps(withPasskeys('start-phone'));
      // The same token while the phone field loads and once it is there.
      expect(await screen.findByRole('textbox', { name: 'Phone number' })).toHaveAttribute('autocomplete', 'tel webauthn');
      expect(await screen.findByRole('combobox', {}, { timeout: SLOW })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Phone number' })).toHaveAttribute('autocomplete', 'tel webauthn');
    });
  });

  it('no `webauthn` without WebAuthn in the browser, even when the flow offers passkeys', async () => {
    renderSteps(withPasskeys('start-email'));
    const email = await screen.findByLabelText('Email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(email).toHaveAttribute('autocapitalize', 'none');
  });
});

describe('autocomplete contract: password', () => {
  it('sign-in: `current-password`, beside the hidden username anchor', async () => {
    const { container } = renderSteps([
      ...after('start-email'),
      requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
      responded('update', 'signin-password'),
    ]);
    expect(await screen.findByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expectAnchorHolding(container, EMAIL);
  });

  it('sign-up: `new-password`, beside the hidden username anchor', async () => {
    const { container } = renderSteps([
      ...after('start-email'),
      requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
      responded('update', 'signup-password'),
    ]);
    expect(await screen.findByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    expectAnchorHolding(container, EMAIL);
  });

  it('sign-up with need_email: the anchor holds the username, the email is `email`', async () => {
    const { container } = renderSteps(
      after('start-username', {
        typed: USERNAME,
        result: {
          flow_type: ['signup'],
          email: undefined,
          username: 'joe',
          username_format: 'string',
          flow_choices: [
            { choice: 'password', data: { enrollment: true, need_email: true, password_policy: PASSWORD_POLICY } },
          ],
        },
      }),
    );
    expect(await screen.findByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    // By role: the anchor (hidden from assistive technology) is not this field.
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('autocomplete', 'email');
    // Typed as sent, like every other email field: no capital first letter, no "correction".
    expect(email).toHaveAttribute('autocapitalize', 'none');
    expect(email).toHaveAttribute('spellcheck', 'false');
    expectAnchorHolding(container, 'joe');
  });

  it('set_password: `new-password` twice, beside the hidden username anchor', async () => {
    const { container } = renderSteps([
      ...after('start-email'),
      requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
      responded('update', 'set-password'),
    ]);
    expect(await screen.findByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByLabelText('Confirm new password')).toHaveAttribute('autocomplete', 'new-password');
    expectAnchorHolding(container, EMAIL);
  });
});

describe('autocomplete contract: codes and addresses', () => {
  const signedInBy = (name: FlowFixtureName): FlowEvent[] => [
    ...after('start-email'),
    requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
    responded('update', name),
  ];

  it('email_otp: `one-time-code`', async () => {
    renderSteps(signedInBy('email-otp-sent'));
    expect(await screen.findByRole('textbox', { name: /code/i })).toHaveAttribute('autocomplete', 'one-time-code');
  });

  it('totp: `one-time-code`', async () => {
    renderSteps(signedInBy('totp-signin'));
    expect(await screen.findByRole('textbox', { name: /code/i })).toHaveAttribute('autocomplete', 'one-time-code');
  });

  it('sms_otp: `one-time-code`; its phone entry (need_phone): `tel`', { timeout: SLOW }, async () => {
    const sms = (data: Record<string, unknown>): FlowEvent[] => [
      ...signedInBy('signin-password'),
      requested.update('password'),
      { type: 'api.responded', operation: 'update', result: flowResult('email-otp-sent', { flow_phase: 'phase_secondary', flow_choices: [{ choice: 'sms_otp', data }] }) },
    ];
    const sent = renderSteps(sms({ sent: true, enrollment: false, resend_time: '2025-06-02T09:31:05Z' }));
    expect(await screen.findByRole('textbox', { name: /code/i })).toHaveAttribute('autocomplete', 'one-time-code');
    sent.unmount();
    renderSteps(sms({ sent: false, enrollment: true, need_phone: true }));
    expect(await screen.findByRole('textbox', { name: 'Phone number' }, { timeout: SLOW })).toHaveAttribute(
      'autocomplete',
      'tel',
    );
  });

  it('an emailed link or code to a username (need_email): `email`', async () => {
    renderSteps(
      after('start-username', {
        typed: USERNAME,
        result: { ...rawFlowResult('magiclink-need-email') },
      }),
    );
    const email = await screen.findByLabelText('Email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(email).toHaveAttribute('autocapitalize', 'none');
  });
});

describe('autocomplete contract: profile', () => {
  it('names, email, phone and birthday by their tokens', { timeout: SLOW }, async () => {
    renderSteps([
      ...after('start-email'),
      requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
      responded('update', 'profile', { flow_id: FLOW_ID }),
    ]);
    expect(await screen.findByRole('textbox', { name: /First name/ })).toHaveAttribute('autocomplete', 'given-name');
    expect(screen.getByRole('textbox', { name: /Last name/ })).toHaveAttribute('autocomplete', 'family-name');
    expect(screen.getByRole('textbox', { name: /Work email/ })).toHaveAttribute('autocomplete', 'email');
    expect(await screen.findByRole('textbox', { name: /Mobile/ }, { timeout: SLOW })).toHaveAttribute('autocomplete', 'tel');
    expect(screen.getByLabelText(/Birthday/)).toHaveAttribute('autocomplete', 'bday');
  });
});
