/**
 * Issue 6 item 4b, d, e against the emulator in jsdom (4a, script execution, runs in Chromium:
 * xss.browser.test.tsx; 4c and the redirect rule as properties: callback-redirect.property.test.ts).
 * Complements, without repeating, test/react: sign-up.test.tsx (cache after one sign-up),
 * identifier.test.tsx (one `javascript:` provider link), session.test.tsx (Web Storage with the
 * session hook).
 */
import type { QueryClient } from '@tanstack/react-query';
import { configure, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthNClient, type FlowCompleteResult } from '../../src/core/index.js';
import { rawFlowResult, successEnvelope } from '../fixtures/index.js';
import { BASE_URL, createUser, renderFlow, setupEmulator, STRONG_PASSWORD, type RenderedFlow } from '../react/flow-harness.js';

const { emulator, server } = setupEmulator();
// Whole flows with lazy steps on a shared CI machine: give async queries more than the default second.
configure({ asyncUtilTimeout: 8000 });

beforeEach(() => {
  emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10 });
});

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    }
  }
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

// ---------------------------------------------------------------------------------------------
// Where a secret could linger

function storageText(storage: Storage): string {
  return JSON.stringify(Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key)])));
}

/** Every place outside the user's own field a secret must not be found in, by name. */
function placesHolding(secret: string, queryClient: QueryClient, errors: unknown[] = []): string[] {
  const places: Record<string, string> = {
    'mutation cache': JSON.stringify(
      queryClient.getMutationCache().getAll().map((mutation) => ({ state: mutation.state, key: mutation.options.mutationKey })),
    ),
    'query cache': JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state)),
    localStorage: storageText(localStorage),
    sessionStorage: storageText(sessionStorage),
    cookies: document.cookie,
    URL: window.location.href,
    'history state': JSON.stringify(window.history.state ?? null),
    // Attributes and text: what the field holds lives in its `value` property only.
    'DOM markup': document.documentElement.outerHTML,
    'errors given to onError': errors.map((error) => `${String(error)} ${JSON.stringify(error)}`).join('\n'),
  };
  return Object.entries(places)
    .filter(([, text]) => text.includes(secret))
    .map(([name, text]) => {
      const at = text.indexOf(secret);
      return `${name}: …${text.slice(Math.max(0, at - 120), at + secret.length + 20)}…`;
    });
}

/** Waits until the flow's mutations have settled and been reset, then lists where `secret` is left. */
async function expectNowhere(secret: string, flow: RenderedFlow): Promise<void> {
  const errors = flow.onError.mock.calls.map(([error]: unknown[]) => error);
  await waitFor(() => expect(placesHolding(secret, flow.queryClient, errors)).toEqual([]));
}

async function reachSignInPassword(flow: RenderedFlow, email: string): Promise<HTMLInputElement> {
  await flow.user.type(await screen.findByLabelText('Email'), email);
  await flow.user.click(screen.getByRole('button', { name: 'Continue' }));
  return (await screen.findByLabelText('Password', { selector: 'input' })) as HTMLInputElement;
}

describe('after each submit, no password is left behind', { timeout: 20_000 }, () => {
  const WRONG = 'Wrong-Horse-77';
  const EMAIL = 'secret-keeper@example.com';

  it('not after a refused password, a failed call, nor the accepted one', async () => {
    await createUser(createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token }), EMAIL, STRONG_PASSWORD);
    const flow = renderFlow(emulator.token);
    const field = await reachSignInPassword(flow, EMAIL);

    // 1. The server refuses it: the field keeps it for the user to fix, nothing else holds it.
    await flow.user.type(field, WRONG);
    await flow.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('That password is incorrect. Try again.')).toBeInTheDocument();
    expect(field.value).toBe(WRONG);
    await expectNowhere(WRONG, flow);

    // 2. The network fails under the right one.
    await flow.user.clear(field);
    await flow.user.type(field, STRONG_PASSWORD);
    server.use(http.post('*/v2/flow/update', () => HttpResponse.error(), { once: true }));
    await flow.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/couldn't reach the sign-in service/)).toBeInTheDocument();
    await expectNowhere(STRONG_PASSWORD, flow);
    await expectNowhere(WRONG, flow);

    // 3. Accepted: the step is gone, and so is the password.
    await flow.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(document.querySelector('input[type="password"]')).toBeNull();
    await expectNowhere(STRONG_PASSWORD, flow);
  });

  // React mirrors a controlled input's value into its `value` attribute, where a stylesheet can read
  // it a character at a time (`input[value^="a"] { background: url(…) }`): the field is uncontrolled.
  it('never as a `value` attribute, which CSS selectors can read', async () => {
    const flow = renderFlow(emulator.token);
    await flow.user.type(await screen.findByLabelText('Email'), 'css-reader@example.com');
    await flow.user.click(screen.getByRole('button', { name: 'Continue' }));
    const field = (await screen.findByLabelText('Password', { selector: 'input' })) as HTMLInputElement;
    await flow.user.type(field, STRONG_PASSWORD);
    expect(field.value).toBe(STRONG_PASSWORD);
    expect(document.querySelector(`input[value^="${STRONG_PASSWORD.slice(0, 3)}"]`)).toBeNull();
  });

  it('not after a sign-up whose password the server rejects by policy, nor in the query cache on the way', async () => {
    const flow = renderFlow(emulator.token);
    await flow.user.type(await screen.findByLabelText('Email'), 'brand-new@example.com');
    await flow.user.click(screen.getByRole('button', { name: 'Continue' }));
    const field = (await screen.findByLabelText('Password', { selector: 'input' })) as HTMLInputElement;
    await flow.user.type(field, STRONG_PASSWORD);
    server.use(
      http.post(
        '*/v2/flow/update',
        () =>
          HttpResponse.json(
            {
              status: 'ValidationError',
              summary: 'password rejected',
              result: { errors: [{ code: 'BelowMinLength', detail: 'too short', source: '/data/password' }] },
            },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    await flow.user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    await expectNowhere(STRONG_PASSWORD, flow);

    await flow.user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    await expectNowhere(STRONG_PASSWORD, flow);
  });
});

// ---------------------------------------------------------------------------------------------

/** Provider links a server (or someone between it and the page) could send. */
const UNSAFE_TARGETS = [
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '//evil.example/phish',
  '/relative/phish',
  'https://accounts.google.com@evil.example/',
  'https://user:pass@evil.example/',
  'file:///etc/passwd',
  'ftp://evil.example/',
];

function withRedirect(fixture: 'start-providers' | 'start-saml-only', target: string): Record<string, unknown> {
  const start = rawFlowResult(fixture);
  for (const entry of start['flow_choices'] as { choice: string; data: Record<string, unknown> }[]) {
    if (entry.choice === 'social' || entry.choice === 'saml') {
      entry.data['redirect_uri'] = target;
    }
  }
  return start;
}

describe('a provider link outside http(s) is refused', { timeout: 20_000 }, () => {
  it.each(UNSAFE_TARGETS)('%s: social and SAML buttons never navigate, and say why', async (target) => {
    server.use(
      http.post('*/v2/flow/start', () => HttpResponse.json(successEnvelope(withRedirect('start-providers', target), 'Flow started')), {
        once: true,
      }),
    );
    const navigate = vi.fn();
    const before = window.location.href;
    const { user } = renderFlow(emulator.token, { navigate });

    for (const name of ['Continue with Google', 'Continue with Acme SSO']) {
      await user.click(await screen.findByRole('button', { name }));
      expect(await screen.findByRole('alert')).toHaveTextContent(/We can't continue with/);
    }
    expect(navigate).not.toHaveBeenCalled();
    expect(window.location.href).toBe(before);
    expect(sessionStorage.getItem('authn-flow-kit:callback') ?? '').not.toContain(target.trim().slice(0, 8));
  });

  it.each(UNSAFE_TARGETS.slice(0, 4))('%s: the only SAML provider is not followed by itself either', async (target) => {
    server.use(
      http.post('*/v2/flow/start', () => HttpResponse.json(successEnvelope(withRedirect('start-saml-only', target), 'Flow started')), {
        once: true,
      }),
    );
    const navigate = vi.fn();
    renderFlow(emulator.token, { navigate });
    expect(await screen.findByRole('heading')).toBeInTheDocument();
    // Give the automatic redirect its chance.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('a provider link outside redirectOrigins is refused', { timeout: 20_000 }, () => {
  const EMULATOR_ORIGIN = 'http://localhost:4000';

  it('a look-alike host is not followed and the step says why; an allowed one is', async () => {
    const start = rawFlowResult('start-providers');
    const google = (start['flow_choices'] as { choice: string; data: Record<string, unknown> }[]).find(
      (entry) => entry.data['social_provider'] === 'google',
    );
    if (google === undefined) {
      throw new Error('the fixture offers Google');
    }
    google.data['redirect_uri'] = 'http://localhost:4000.evil.example/__emulator/social/google';
    server.use(http.post('*/v2/flow/start', () => HttpResponse.json(successEnvelope(start, 'Flow started')), { once: true }));
    const navigate = vi.fn();
    const { user } = renderFlow(emulator.token, { navigate, redirectOrigins: [EMULATOR_ORIGIN] });

    await user.click(await screen.findByRole('button', { name: 'Continue with Google' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("We can't continue with Google");
    expect(navigate).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Continue with GitHub' }));
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(new URL(String(navigate.mock.calls[0]?.[0])).origin).toBe(EMULATOR_ORIGIN);
  });

  it('the only SAML provider on another origin is not followed by itself', async () => {
    server.use(
      http.post('*/v2/flow/start', () => HttpResponse.json(successEnvelope(rawFlowResult('start-saml-only'), 'Flow started')), {
        once: true,
      }),
    );
    const navigate = vi.fn();
    renderFlow(emulator.token, { navigate, redirectOrigins: ['https://idp.example'] });
    expect(await screen.findByRole('heading')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(navigate).not.toHaveBeenCalled();
  });
});

// ---------------------------------------------------------------------------------------------

describe('tokens go to onComplete only, unless the app stores them', { timeout: 20_000 }, () => {
  it('writes no token to Web Storage, cookies, the URL, the DOM or the query cache', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const cookieWrites: string[] = [];
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
      cookieWrites.push(value);
      cookie?.set?.call(document, value);
    });
    let tokens: FlowCompleteResult | undefined;
    const flow = renderFlow(emulator.token, {
      onComplete: (result) => {
        tokens = result;
      },
    });
    await flow.user.type(await screen.findByLabelText('Email'), 'token-keeper@example.com');
    await flow.user.click(screen.getByRole('button', { name: 'Continue' }));
    await flow.user.type(await screen.findByLabelText('Password', { selector: 'input' }), STRONG_PASSWORD);
    await flow.user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    await waitFor(() => expect(tokens).toBeDefined());

    const secrets = [tokens?.active_token?.token, tokens?.refresh_token.token].filter(
      (token): token is string => typeof token === 'string' && token.length > 8,
    );
    expect(secrets).toHaveLength(2);
    for (const secret of secrets) {
      await expectNowhere(secret, flow);
    }
    const written = [...setItem.mock.calls.map(([key, value]) => `${key}=${value}`), ...cookieWrites].join('\n');
    expect(written).not.toMatch(/pt[ur]_/);
    expect(cookieWrites).toEqual([]);
  });
});
