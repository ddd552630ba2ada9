import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import { AuthNFlow, AuthNProvider, Heading, useAuthNFlow } from '../../src/index.js';
import { BASE_URL, renderFlow, setupEmulator } from './flow-harness.js';

const { emulator, server } = setupEmulator();

afterEach(() => {
  vi.unstubAllGlobals();
});

function flowResult(phase: string, choices: { choice: string; data: unknown }[]) {
  return {
    status: 'Success',
    summary: 'Flow started',
    result: {
      flow_id: 'pfl_custom',
      flow_type: ['signin'],
      flow_phase: phase,
      flow_choices: choices,
      email: 'known@example.com',
    },
  };
}

describe('customising the flow', () => {
  it('says what is missing when there is no client', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<AuthNFlow />)).toThrow(/needs `client`/);
    function Orphan() {
      useAuthNFlow();
      return null;
    }
    expect(() => render(<Orphan />)).toThrow(/inside <AuthNFlow>/);
    quiet.mockRestore();
  });

  it('works under an AuthNProvider without client props, with messages layered', async () => {
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
    render(
      <AuthNProvider baseUrl={BASE_URL} clientToken={emulator.token} queryClient={queryClient} messages={{ 'email.label': 'E-mail' }}>
        <AuthNFlow messages={{ 'email.submit': 'Next' }} />
      </AuthNProvider>,
    );
    expect(await screen.findByLabelText('E-mail')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument();
  });

  it('replaces a step and adds one through `components`', async () => {
    server.use(
      http.post('*/v2/flow/start', () => HttpResponse.json(flowResult('phase_secondary', [{ choice: 'totp', data: { enrollment: false } }])), {
        once: true,
      }),
    );
    function TotpStep() {
      const { view } = useAuthNFlow();
      return <Heading>Custom {view.step}</Heading>;
    }
    renderFlow(emulator.token, { components: { totp: TotpStep }, className: 'my-login' });

    expect(await screen.findByRole('heading', { name: 'Custom totp' })).toBeInTheDocument();
    const root = document.querySelector('[data-scope="authn"][data-part="root"]');
    expect(root).toHaveClass('my-login');
    expect(root).toHaveAttribute('data-state', 'update');
  });

  it('shows the unsupported view for a step nobody renders', async () => {
    server.use(
      // No choice at all: every known choice now has a step (totp used to be the example here).
      http.post('*/v2/flow/start', () => HttpResponse.json(flowResult('phase_secondary', [])), { once: true }),
    );
    renderFlow(emulator.token);
    expect(await screen.findByText('There are no valid authentication methods available.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();
  });

  it('lets the user pick a method when more than one is offered', async () => {
    server.use(
      http.post(
        '*/v2/flow/start',
        () =>
          HttpResponse.json(
            flowResult('phase_secondary', [
              { choice: 'password', data: { enrollment: false } },
              { choice: 'email_otp', data: { sent: false, enrollment: false } },
            ]),
          ),
        { once: true },
      ),
    );
    const user = userEvent.setup();
    render(<AuthNFlow client={createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token })} />);

    expect(await screen.findByText('Choose an additional step to confirm your identity.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Code by email' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Password' }));
    expect(await screen.findByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('heading', { name: 'Enter your password' })).toHaveFocus();
  });

  it('does not offer a passkey ceremony that came without its options as a method', async () => {
    server.use(
      http.post(
        '*/v2/flow/start',
        () =>
          HttpResponse.json(
            flowResult('phase_secondary', [
              { choice: 'password', data: { enrollment: false } },
              { choice: 'email_otp', data: { sent: false, enrollment: false } },
              { choice: 'passkey', data: { enrollment: false, started: true, authentication: {} } },
            ]),
          ),
        { once: true },
      ),
    );
    // A browser with WebAuthn: without it the picker leaves passkeys out whatever the answer says.
    vi.stubGlobal('PublicKeyCredential', class PublicKeyCredential {});
    render(<AuthNFlow client={createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token })} />);

    expect(await screen.findByRole('button', { name: 'Code by email' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Password' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /passkey/i })).not.toBeInTheDocument();
  });

  it('keeps an override of a kit step off a choice the kit set aside as unusable', async () => {
    server.use(
      // A captcha without its site key cannot be drawn: set aside, never handed to the app's captcha step.
      http.post('*/v2/flow/start', () => HttpResponse.json(flowResult('phase_captcha', [{ choice: 'captcha', data: {} }])), {
        once: true,
      }),
    );
    function CaptchaStep() {
      return <Heading>Custom captcha</Heading>;
    }
    renderFlow(emulator.token, { components: { captcha: CaptchaStep } });

    expect(await screen.findByText('There are no valid authentication methods available.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Custom captcha' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();
  });

  it('renders the disclaimer as text, never as HTML', async () => {
    server.use(
      http.post(
        '*/v2/flow/start',
        () =>
          HttpResponse.json({
            ...flowResult('phase_primary', [{ choice: 'set_email', data: {} }]),
            result: {
              ...flowResult('phase_primary', [{ choice: 'set_email', data: {} }]).result,
              disclaimer: '<img src=x onerror="alert(1)">By signing in you agree.',
            },
          }),
        { once: true },
      ),
    );
    const { container } = renderFlow(emulator.token);
    expect(await screen.findByText('<img src=x onerror="alert(1)">By signing in you agree.')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
