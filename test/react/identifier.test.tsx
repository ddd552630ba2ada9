import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translateIssue } from '../../src/react/i18n/message-for-issue.js';
import { formatMessage, type MessageKey, type MessageValues } from '../../src/react/i18n/messages.js';
import { messages as english } from '../../src/locales/en.js';
import { rawFlowResult, successEnvelope } from '../fixtures/index.js';
import { BASE_URL, recordRequests, renderFlow, setupEmulator } from './flow-harness.js';

const { emulator, server } = setupEmulator();
const CB_URI = 'http://localhost:3000/';
/** The phone field and its library load on demand, and the country list has 240-odd options. */
const PHONE_TIMEOUT = 15_000;
const SAML = { id: 'pss_q2bb7gk4cggx6yy3iu7ndjuzmzcpmq3u', name: 'Acme SSO' };

beforeEach(() => {
  // The config outlives `emulator.reset()`: each test starts from the plain password preset.
  emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10 });
});

afterEach(() => {
  sessionStorage.clear();
});

/** The `data` of each `flow/update`, in order. */
function recordUpdates(): { choice: string; data: Record<string, unknown> }[] {
  const updates: { choice: string; data: Record<string, unknown> }[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (new URL(request.url).pathname.endsWith('/flow/update')) {
      updates.push((await request.clone().json()) as { choice: string; data: Record<string, unknown> });
    }
  });
  return updates;
}

describe('identifier by username_format', () => {
  it('asks for a username and sends set_username for the string format', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, usernameFormat: 'string' });
    const updates = recordUpdates();
    const { user } = renderFlow(emulator.token);

    const field = await screen.findByLabelText('Username');
    expect(field).toHaveAttribute('autocomplete', 'username');
    expect(field).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(field).toHaveAccessibleDescription('Enter your username.');
    expect(updates).toEqual([]);

    await user.type(field, '  ada.lovelace ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { name: 'Create a password' })).toBeInTheDocument();
    expect(updates[0]).toEqual(expect.objectContaining({ choice: 'set_username', data: { username: 'ada.lovelace' } }));
  });

  it('asks for a phone number with its country and sends it as E.164 for the phone format', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, usernameFormat: 'phone' });
    const updates = recordUpdates();
    const { user } = renderFlow(emulator.token);

    // The phone field and its library load on demand, when the field first shows.
    const country = await screen.findByLabelText('Country or region');
    const number = screen.getByLabelText('Phone number');
    expect(number).toHaveAttribute('autocomplete', 'tel');
    expect(number).toHaveAttribute('inputmode', 'tel');
    expect(number).toHaveAttribute('type', 'tel');
    // The full list arrives with the phone library, loaded when the field mounts.
    await waitFor(() => expect(within(country).getAllByRole('option').length).toBeGreaterThan(200));
    await user.selectOptions(country, 'GB');
    expect(country).toHaveDisplayValue('United Kingdom (+44)');
    await user.type(number, '07400 123456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { name: 'Create a password' })).toBeInTheDocument();
    expect(updates[0]).toEqual(expect.objectContaining({ choice: 'set_username', data: { username: '+447400123456' } }));
  }, PHONE_TIMEOUT);

  it('takes a number typed with its country code, whatever the list says', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, usernameFormat: 'phone' });
    const updates = recordUpdates();
    const { user } = renderFlow(emulator.token);
    const country = await screen.findByLabelText('Country or region');
    await waitFor(() => expect(within(country).getAllByRole('option').length).toBeGreaterThan(200));
    await user.selectOptions(country, 'FR');

    await user.type(screen.getByLabelText('Phone number'), '+1 201-555-0123');
    expect(country).toHaveValue('US');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('heading', { name: 'Create a password' });
    expect(updates[0]?.data).toEqual({ username: '+12015550123' });
  }, PHONE_TIMEOUT);

  it('refuses an invalid phone number with a clear message, before any call', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, usernameFormat: 'phone' });
    const updates = recordUpdates();
    const { user } = renderFlow(emulator.token);
    const country = await screen.findByLabelText('Country or region');
    await waitFor(() => expect(within(country).getAllByRole('option').length).toBeGreaterThan(200));
    const number = screen.getByLabelText('Phone number');

    await user.type(number, '12');
    await user.tab();
    expect(number).toHaveAccessibleDescription('Enter a valid phone number for the country you chose.');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(number).toHaveFocus();
    expect(updates).toEqual([]);
  }, PHONE_TIMEOUT);
});

describe('the email shape', () => {
  // The server takes `known@example.com.` as a new address: a sentence's full stop would start a second account.
  it.each(['known@example.com.', 'ada@example..com', 'ada@.example.com'])('refuses %s, whose domain has an empty label, before any call', async (address) => {
    const updates = recordUpdates();
    const { user } = renderFlow(emulator.token);
    const field = await screen.findByLabelText('Email');
    await user.type(field, address);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(field).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(updates).toEqual([]);
  });
});

describe('social and SAML beside the identifier', () => {
  it('offers every provider of the project by name, with decorative icons, and the disclaimer', async () => {
    emulator.setConfig({ preset: 'everything', scryptCost: 2 ** 10 });
    renderFlow(emulator.token, { cbUri: CB_URI });

    const group = await screen.findByRole('group', { name: 'Other ways to continue' });
    // Named by their text alone: the icons are hidden from assistive technology.
    const names = within(group)
      .getAllByRole('button')
      .map((button) => button.querySelector('[data-part="provider-name"]')?.textContent);
    for (const name of names) {
      expect(within(group).getByRole('button', { name: name ?? '' })).toBeInTheDocument();
    }
    expect(names).toEqual([
      'Continue with Google',
      'Continue with GitHub',
      'Continue with Facebook',
      'Continue with Microsoft',
      'Continue with GitLab',
      'Continue with LinkedIn',
      'Continue with Emulator SSO',
    ]);
    for (const icon of group.querySelectorAll('svg')) {
      expect(icon).toHaveAttribute('aria-hidden', 'true');
    }
    await waitFor(() => expect(document.querySelector('[data-part="disclaimer"]')).not.toBeNull());
    expect(screen.getByLabelText('Email')).toBeInTheDocument();
  });

  it('goes to the provider page and saves what the return needs, nothing secret', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, socialProviders: ['github'] });
    const navigate = vi.fn();
    const { user } = renderFlow(emulator.token, { cbUri: CB_URI, navigate });

    const button = await screen.findByRole('button', { name: 'Continue with GitHub' });
    await user.click(button);

    expect(navigate).toHaveBeenCalledTimes(1);
    const target = new URL(String(navigate.mock.calls[0]?.[0]));
    expect(target.pathname).toBe('/__emulator/social/github');
    expect(button).toHaveTextContent('Taking you to GitHub…');
    const saved = JSON.parse(sessionStorage.getItem('authn-flow-kit:callback') ?? 'null') as Record<string, unknown>;
    expect(saved).toEqual({
      flowId: expect.stringMatching(/^pfl_/),
      savedAt: expect.any(Number),
      entries: [{ state: target.searchParams.get('state'), target: { choice: 'social', provider: 'github' } }],
    });
  });

  it('refuses a provider link that is not http(s), and says so', async () => {
    const start = rawFlowResult('start-providers');
    const choices = start['flow_choices'] as { choice: string; data: Record<string, unknown> }[];
    const google = choices.find((entry) => entry.choice === 'social');
    if (google !== undefined) {
      google.data['redirect_uri'] = 'javascript:alert(document.cookie)';
    }
    server.use(http.post('*/v2/flow/start', () => HttpResponse.json(successEnvelope(start, 'Flow started')), { once: true }));
    const navigate = vi.fn();
    const { user } = renderFlow(emulator.token, { navigate });

    await user.click(await screen.findByRole('button', { name: 'Continue with Google' }));

    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent("We can't continue with Google");
    expect(sessionStorage.getItem('authn-flow-kit:callback')).not.toContain('javascript');
  });

  it('goes straight to the SAML provider when it is the only way in', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, primaries: [], socialProviders: [], samlProviders: [SAML] });
    const navigate = vi.fn();
    renderFlow(emulator.token, { cbUri: CB_URI, navigate });

    expect(await screen.findByText('Sign in with Acme SSO to continue.')).toBeInTheDocument();
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(String(navigate.mock.calls[0]?.[0])).toContain(`/__emulator/saml/${SAML.id}`);
    expect(screen.queryByLabelText('Email')).toBeNull();
    expect(screen.getByRole('button', { name: 'Continue with Acme SSO' })).toBeInTheDocument();
  });
});

describe('invitations', () => {
  it('starts the flow with the invitation and shows the invited email', async () => {
    const response = await fetch(new URL('__emulator/invitations', BASE_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'invited@example.com', cb_uri: CB_URI }),
    });
    const { invitation } = (await response.json()) as { invitation: string };
    const starts: Record<string, unknown>[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/flow/start')) {
        starts.push((await request.clone().json()) as Record<string, unknown>);
      }
    });
    const requests = recordRequests(server);

    renderFlow(emulator.token, { invitation, cbUri: CB_URI });

    expect(await screen.findByRole('heading', { name: 'Create a password' })).toBeInTheDocument();
    expect(screen.getByText('invited@example.com')).toBeInTheDocument();
    expect(starts[0]).toMatchObject({ invitation });
    expect(requests).toEqual(['flow/start']);
  });

  it('pre-fills the identifier the flow already knows', async () => {
    const start = { ...rawFlowResult('start-email'), email: 'invited@example.com' };
    server.use(http.post('*/v2/flow/start', () => HttpResponse.json(successEnvelope(start, 'Flow started')), { once: true }));
    renderFlow(emulator.token);
    expect(await screen.findByLabelText('Email')).toHaveValue('invited@example.com');
  });
});

describe('no way in', () => {
  it('says there are no valid methods when the identifier leads nowhere and nothing else is offered', async () => {
    const start = {
      ...rawFlowResult('start-email'),
      flow_choices: [{ choice: 'set_email', data: { required_for: [] } }],
    };
    server.use(http.post('*/v2/flow/start', () => HttpResponse.json(successEnvelope(start, 'Flow started')), { once: true }));
    renderFlow(emulator.token);
    expect(await screen.findByText('There are no valid authentication methods available.')).toBeInTheDocument();
  });
});

describe('provider names in messages', () => {
  const t = (key: MessageKey, values?: MessageValues) => formatMessage(english[key], values);

  it('names a known social provider from the catalog, and any other by what the server sent', () => {
    expect(translateIssue(t, { code: 'wrong-method', provider: 'microsoftonline', displayName: undefined })).toBe(
      'This account signs in with Microsoft. Continue with Microsoft instead.',
    );
    expect(translateIssue(t, { code: 'wrong-method', provider: 'pss_acme', displayName: 'Acme SSO' })).toBe(
      'This account signs in with Acme SSO. Continue with Acme SSO instead.',
    );
    expect(translateIssue(t, { code: 'wrong-method', provider: 'okta', displayName: undefined })).toBe(
      'This account signs in with okta. Continue with okta instead.',
    );
    // The other id of Microsoft's brand, in any case, as the provider buttons name it.
    expect(translateIssue(t, { code: 'wrong-method', provider: 'MICROSOFT', displayName: undefined })).toBe(
      'This account signs in with Microsoft. Continue with Microsoft instead.',
    );
  });

  it("names a provider by its id when the id is another catalog entry's name", () => {
    // `provider.continueWith` is a sentence of the catalog, not a provider's name.
    expect(translateIssue(t, { code: 'wrong-method', provider: 'continueWith', displayName: undefined })).toBe(
      'This account signs in with continueWith. Continue with continueWith instead.',
    );
  });
});
