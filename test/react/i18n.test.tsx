import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import { AuthNFlow, AuthNProvider, MessagesProvider, useMessages } from '../../src/index.js';
import ar from '../../src/locales/ar.js';
import pseudo from '../../src/locales/en-XA.js';
import es from '../../src/locales/es.js';
import { BASE_URL, createUser, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator } = setupEmulator();
const EMAIL = 'known@example.com';

function kitRoot(): HTMLElement {
  const root = document.querySelector<HTMLElement>('[data-scope="authn"][data-part="root"]');
  if (root === null) {
    throw new Error('no kit root');
  }
  return root;
}

/** Text a user reads or hears in the kit: its text and its named attributes (user input aside). */
function userFacingText(root: HTMLElement): string[] {
  const texts = [root.textContent ?? ''];
  for (const element of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value !== null) {
        texts.push(value);
      }
    }
  }
  return texts;
}

// The first test of the file also pays for transforming the lazy steps.
describe('languages and direction', { timeout: 15_000 }, () => {
  it('shows a locale, sets lang, and keeps lazy steps in it', async () => {
    await createUser(createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token }), EMAIL, STRONG_PASSWORD);
    const { user } = renderFlow(emulator.token, { locale: 'es', messages: es });
    await user.type(await screen.findByLabelText('Correo electrónico'), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    // The password step loads later, with its own English; Spanish still wins.
    expect(await screen.findByRole('heading', { name: 'Introduce tu contraseña' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Iniciar sesión' })).toBeInTheDocument();
    expect(kitRoot()).toHaveAttribute('lang', 'es');
    expect(kitRoot()).toHaveAttribute('dir', 'ltr');
  });

  it('lays Arabic out right to left', async () => {
    renderFlow(emulator.token, { locale: 'ar', messages: ar });
    expect(await screen.findByLabelText('البريد الإلكتروني')).toBeInTheDocument();
    expect(kitRoot()).toHaveAttribute('lang', 'ar');
    expect(kitRoot()).toHaveAttribute('dir', 'rtl');
  });

  it('lets `dir` override the locale', async () => {
    renderFlow(emulator.token, { locale: 'ar', messages: ar, dir: 'ltr' });
    expect(await screen.findByLabelText('البريد الإلكتروني')).toBeInTheDocument();
    expect(kitRoot()).toHaveAttribute('dir', 'ltr');
  });

  it('takes the locale of an enclosing AuthNProvider', async () => {
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
    render(
      <AuthNProvider baseUrl={BASE_URL} clientToken={emulator.token} queryClient={queryClient} locale="he">
        <AuthNFlow messages={{ 'email.label': 'דוא״ל' }} />
      </AuthNProvider>,
    );
    expect(await screen.findByLabelText('דוא״ל')).toBeInTheDocument();
    expect(kitRoot()).toHaveAttribute('lang', 'he');
    expect(kitRoot()).toHaveAttribute('dir', 'rtl');
  });

  it('leaves lang and dir to the page when no locale is given', async () => {
    renderFlow(emulator.token);
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    expect(kitRoot()).not.toHaveAttribute('lang');
    expect(kitRoot()).not.toHaveAttribute('dir');
  });

  it('pseudo-localises every string on screen, first screen and lazy step alike', async () => {
    await createUser(createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token }), EMAIL, STRONG_PASSWORD);
    const { user } = renderFlow(emulator.token, { locale: 'en-XA', messages: pseudo });
    const email = await screen.findByLabelText(pseudo['email.label']);
    // Unaccented letters would be a string that bypassed the catalog.
    await waitFor(() => expect(userFacingText(kitRoot()).join(' ')).not.toMatch(/[A-Za-z]/));
    await user.type(email, EMAIL);
    await user.click(screen.getByRole('button', { name: pseudo['email.submit'] }));
    expect(await screen.findByRole('heading', { name: pseudo['password.heading.signIn'] })).toBeInTheDocument();
    // The identifier shown back (the user's own email) is the only Latin text.
    expect(userFacingText(kitRoot()).join(' ').replaceAll(EMAIL, '')).not.toMatch(/[A-Za-z]/);
  });

  it('isolates values inside right-to-left text, and only there', () => {
    function Body() {
      const t = useMessages();
      return <p>{t('provider.continueWith', { provider: 'Acme SSO' })}</p>;
    }
    const { rerender } = render(
      <MessagesProvider locale="ar" messages={ar}>
        <Body />
      </MessagesProvider>,
    );
    expect(screen.getByText(/Acme SSO/)).toHaveTextContent('المتابعة باستخدام \u2068Acme SSO\u2069');
    rerender(
      <MessagesProvider locale="en">
        <Body />
      </MessagesProvider>,
    );
    expect(screen.getByText(/Acme SSO/).textContent).toBe('Continue with Acme SSO');
  });
});
