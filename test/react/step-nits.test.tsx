import { configure, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlowEvent } from '../../src/core/index.js';
import { FixtureFlow } from '../../stories/support/fixture-flow.js';
import { flowResult, rawFlowResult } from '../fixtures/index.js';
import { EMAIL_IDENTIFIER, requested, responded } from '../fixtures/flow-events.js';

// Later steps load on demand: the first of them in a file waits for its module, on a busy machine
// longer than Testing Library's default second.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 20_000 });

/** Issue 4 nits: passkeys only with WebAuthn, where a texted code went, the set_password heading. */

const PASSKEY = { choice: 'passkey', data: { enrollment: false, started: false, discovery: false } };

function signedInTo(result: Record<string, unknown>): FlowEvent[] {
  return [
    requested.start(),
    responded('start', 'start-email'),
    requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
    { type: 'api.responded', operation: 'update', result: flowResult('signin-methods', result) },
  ];
}

const pickerWithPasskey = () => {
  const methods = rawFlowResult('signin-methods')['flow_choices'] as unknown[];
  return signedInTo({ flow_choices: [...methods, PASSKEY] });
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the method picker and passkeys', () => {
  it('does not offer Passkey in a browser without WebAuthn', async () => {
    render(<FixtureFlow events={pickerWithPasskey()} />);
    const methods = await screen.findByRole('list');
    expect(within(methods).getAllByRole('button').map((button) => button.dataset['choice'])).toEqual([
      'password',
      'email_otp',
    ]);
  });

  it('offers it where the browser has WebAuthn', async () => {
    vi.stubGlobal('PublicKeyCredential', class PublicKeyCredential {});
    render(<FixtureFlow events={pickerWithPasskey()} />);
    const methods = await screen.findByRole('list');
    expect(within(methods).getAllByRole('button').map((button) => button.dataset['choice'])).toEqual([
      'password',
      'email_otp',
      'passkey',
    ]);
  });
});

describe('the passkey step in a browser without WebAuthn', () => {
  it('explains that this browser has no passkeys, and keeps the way back', async () => {
    render(<FixtureFlow events={[...pickerWithPasskey(), { type: 'user.chooseMethod', choice: 'passkey' }]} />);
    expect(await screen.findByText("This browser can't use passkeys. Choose another way to continue.")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create a passkey' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Choose another way' })).toBeInTheDocument();
  });
});

describe('where a texted code went', () => {
  it("names the number the flow holds (the result's phone)", async () => {
    render(
      <FixtureFlow
        events={signedInTo({
          phone: '+18085550173',
          flow_phase: 'phase_secondary',
          flow_choices: [{ choice: 'sms_otp', data: { sent: true, enrollment: false, resend_time: '2025-06-02T09:31:05Z' } }],
        })}
      />,
    );
    expect(await screen.findByText('Enter the 6-digit code we sent to +18085550173.')).toBeInTheDocument();
  });

  it('says "your phone" when the flow holds none', async () => {
    render(
      <FixtureFlow
        events={signedInTo({
          flow_phase: 'phase_secondary',
          flow_choices: [{ choice: 'sms_otp', data: { sent: true, enrollment: false, resend_time: '2025-06-02T09:31:05Z' } }],
        })}
      />,
    );
    expect(await screen.findByText('Enter the 6-digit code we sent to your phone.')).toBeInTheDocument();
  });
});

describe('set_password reads by phase (docs/decisions.md: the API cannot tell forced from after-reset)', () => {
  const SET_PASSWORD = rawFlowResult('set-password')['flow_choices'];

  it('phase_set_password: "Password reset required"', async () => {
    const { container } = render(
      <FixtureFlow events={signedInTo({ flow_phase: 'phase_set_password', flow_choices: SET_PASSWORD })} />,
    );
    expect(await screen.findByRole('heading', { name: 'Password reset required' })).toBeInTheDocument();
    expect(container.querySelector('[data-part="set-password-step"]')).toHaveAttribute('data-state', 'required');
  });

  it('offered in another phase: "Choose a new password"', async () => {
    const { container } = render(
      <FixtureFlow events={signedInTo({ flow_phase: 'phase_one_time', flow_choices: SET_PASSWORD })} />,
    );
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    expect(container.querySelector('[data-part="set-password-step"]')).toHaveAttribute('data-state', 'optional');
  });
});
