import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlowEvent } from '../../src/core/index.js';
import { FixtureFlow } from '../../stories/support/fixture-flow.js';
import { handWritten } from '../../stories/support/journeys.js';
import { EMAIL_IDENTIFIER, journeys, requested, responded, user } from '../fixtures/flow-events.js';
import { rawFlowResult } from '../fixtures/index.js';

// Later steps load on demand: on a busy machine the first of them takes longer than a second.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 20_000 });

/** Issue 11: the tolerant reader's loose choices, as the user sees them. */

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** A browser with WebAuthn, so only the server's data decides whether a passkey is offered. */
function withWebAuthn() {
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
}

function choicesOf(name: Parameters<typeof rawFlowResult>[0]): Record<string, unknown>[] {
  return rawFlowResult(name)['flow_choices'] as Record<string, unknown>[];
}

/** `flow_choices` of a fixture with the data of `choice` replaced (every entry of it). */
function withData(name: Parameters<typeof rawFlowResult>[0], choice: string, data: Record<string, unknown>) {
  return choicesOf(name).map((entry) => (entry['choice'] === choice ? { choice, data } : entry));
}

describe('a passkey ceremony the server started without its options', () => {
  const started = (): FlowEvent[] => [
    ...handWritten.afterEmail('passkey-signin'),
    user.chooseMethod('passkey'),
    requested.restart('passkey'),
    responded('restart', 'passkey-signin-started', {
      flow_choices: withData('passkey-signin-started', 'passkey', { enrollment: false, started: true, authentication: {} }),
    }),
  ];

  it('says the passkey cannot be used, runs no prompt, and offers the other ways', async () => {
    withWebAuthn();
    const restart = vi.fn();
    const submit = vi.fn();
    render(<FixtureFlow events={started()} restart={restart} submit={submit} />);
    expect(await screen.findByText("This site can't use passkeys right now. Choose another way to continue.")).toBeInTheDocument();
    expect(document.querySelector('[data-part="passkey-step"]')?.getAttribute('data-state')).toBe('unavailable');
    expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Choose another way' }));
    // The passkey that cannot run is no method to pick: the one left, the password, comes up at once.
    expect(await screen.findByRole('heading', { name: 'Enter your password' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /passkey/i })).toBeNull();
    expect(restart).not.toHaveBeenCalled();
    expect(submit).not.toHaveBeenCalled();
  });

  it('leaves the passkey button off the identifier step', async () => {
    withWebAuthn();
    const unstarted = [requested.start(), responded('start', 'passkey-start')];
    const { unmount } = render(<FixtureFlow events={unstarted} />);
    expect(await screen.findByRole('button', { name: 'Sign in with a passkey' })).toBeInTheDocument();
    unmount();
    const broken = withData('passkey-start', 'passkey', { enrollment: false, started: true, discovery: true });
    render(<FixtureFlow events={[requested.start(), responded('start', 'passkey-start', { flow_choices: broken })]} />);
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).toBeNull();
  });

  it('skips the "add a passkey" offer and finishes the flow', async () => {
    withWebAuthn();
    const finish = vi.fn();
    const events = [
      ...journeys.signinPassword(),
      requested.update('password'),
      responded('update', 'passkey-offer-started', { flow_choices: [{ choice: 'passkey', data: { enrollment: true, started: true } }] }),
    ];
    render(<FixtureFlow events={events} finish={finish} />);
    await waitFor(() => expect(finish).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('heading', { name: 'Add a passkey' })).toBeNull();
  });
});

describe('providers the reader set aside', () => {
  it('shows the usable providers and the email field, without the one lacking a redirect_uri', async () => {
    const choices = choicesOf('start-providers').map((entry) =>
      (entry['data'] as Record<string, unknown>)['social_provider'] === 'google'
        ? { ...entry, data: { ...(entry['data'] as object), redirect_uri: null } }
        : entry,
    );
    render(<FixtureFlow events={[requested.start(), responded('start', 'start-providers', { flow_choices: choices })]} />);
    const providers = await screen.findByRole('group', { name: /./ });
    expect(within(providers).getAllByRole('button').map((button) => button.dataset['provider'])).toEqual(['github', 'saml']);
    expect(screen.getByLabelText('Email')).toBeInTheDocument();
  });

  it('shows the unsupported screen with "Start over" when nothing usable is left', async () => {
    const startOver = vi.fn();
    const choices = [{ choice: 'social', data: { enrollment: true, social_provider: 'google', state: 'pcb_x' } }];
    render(<FixtureFlow events={[requested.start(), responded('start', 'start-providers', { flow_choices: choices })]} startOver={startOver} />);
    expect(await screen.findByRole('heading', { name: "We can't continue" })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start over' }));
    expect(startOver).toHaveBeenCalledTimes(1);
  });

  it('answers an IdP-initiated SAML offer that came without a state, sending no state', async () => {
    const submit = vi.fn();
    const choices = [
      { choice: 'set_email', data: {} },
      { choice: 'saml', data: { enrollment: true, provider_id: 'pss_acme', provider_name: 'Acme SSO', idp_init_flow: true, state: null } },
    ];
    render(<FixtureFlow events={[requested.start(), responded('start', 'start-providers', { flow_choices: choices })]} submit={submit} />);
    await waitFor(() => expect(submit).toHaveBeenCalledWith('saml', { provider_id: 'pss_acme', provider_name: 'Acme SSO' }));
  });
});

describe('OAuth consent with scopes as a string', () => {
  it('lists each scope of the space-separated string and allows them all', async () => {
    const submit = vi.fn();
    const events = [
      ...journeys.emailStep(),
      requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
      responded('update', 'oauth-consent', { flow_choices: [{ choice: 'oauth_consent', data: { scopes: 'openid email' } }] }),
    ];
    render(<FixtureFlow events={events} submit={submit} />);
    const scopes = await screen.findByRole('list');
    expect(within(scopes).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['openid', 'email']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Allow' }));
    expect(submit).toHaveBeenCalledWith('oauth_consent', {
      scope_selections: [
        { scope: 'openid', is_allowed: true },
        { scope: 'email', is_allowed: true },
      ],
    });
  });
});
