import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createAuthNClient } from '../../src/core/api/client.js';
import {
  AuthNFlow,
  AuthNProvider,
  Button,
  Heading,
  TextField,
  themeStylesheet,
  themeToCssVariables,
  useAuthNFlow,
  useChoiceStep,
  useCustomChoice,
  type ButtonProps,
  type HeadingProps,
} from '../../src/index.js';
import { BASE_URL, createUser, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator, server } = setupEmulator();

function root(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-scope="authn"][data-part="root"]');
  if (element === null) {
    throw new Error('no flow root');
  }
  return element;
}

/** The selectors of a stylesheet's top-level rules (a rule inside `@media` is not top level). */
function topLevelSelectors(css: string): string[] {
  return [...css.replace(/@media[^{]*\{([^{}]*\{[^{}]*\})*\}/g, '').matchAll(/([^{}]+)\{[^{}]*\}/g)].map((match) => match[1]!.trim());
}

describe('theme prop', () => {
  it('turns typed tokens into --authn-* variables, dropping values that could leave their declaration', () => {
    expect(
      themeToCssVariables({
        colorAccent: '#0f766e',
        radius: '12px',
        density: 0.75,
        buttonBg: 'rebeccapurple',
        colorBg: 'red;} body { display: none',
        fontFamily: 'x</style><script>',
      }),
    ).toEqual({
      '--authn-color-accent': '#0f766e',
      '--authn-radius': '12px',
      '--authn-density': '0.75',
      '--authn-button-bg': 'rebeccapurple',
    });
    expect(themeStylesheet('r1', {})).toBe('');
  });

  it('puts the variables on the flow root through a nonce-carrying <style>, never a style attribute', async () => {
    renderFlow(emulator.token, {
      theme: { colorAccent: '#0f766e', radius: '12px', dark: { colorAccent: '#5eead4' } },
      nonce: 'n0nce',
      colorScheme: 'dark',
    });
    await screen.findByLabelText('Email');
    const style = root().querySelector('style');
    expect(style).not.toBeNull();
    expect(style).toHaveAttribute('nonce', 'n0nce');
    const css = style?.textContent ?? '';
    expect(css).toContain('--authn-color-accent:#0f766e;');
    expect(css).toContain('--authn-radius:12px;');
    expect(css).toContain('--authn-color-accent:#5eead4;');
    const selectors = topLevelSelectors(css);
    expect(selectors).toHaveLength(2);
    // The light rule and the forced-dark rule both match this root, and nothing else.
    selectors.forEach((selector) => expect(root().matches(selector)).toBe(true));
    expect(document.querySelectorAll(selectors[0]!)).toHaveLength(1);
    expect(root()).toHaveAttribute('data-color-scheme', 'dark');
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('injects no <style> at all without a theme, and sets no style attribute up to the password step', async () => {
    const { user } = renderFlow(emulator.token, { nonce: 'n0nce' });
    await user.type(await screen.findByLabelText('Email'), 'new@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByLabelText('Password', { selector: 'input' });
    expect(document.querySelectorAll('style')).toHaveLength(0);
    // The username anchor and the checklist's hidden text are hidden by styles.css, not inline.
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-visually-hidden]').length).toBeGreaterThan(0);
  });

  it('layers a flow theme over its provider theme', async () => {
    render(
      <AuthNProvider baseUrl={BASE_URL} clientToken={emulator.token} theme={{ colorAccent: '#111111', radius: '2px' }} colorScheme="light">
        <AuthNFlow theme={{ radius: '20px' }} />
      </AuthNProvider>,
    );
    await screen.findByLabelText('Email');
    const css = root().querySelector('style')?.textContent ?? '';
    expect(css).toContain('--authn-color-accent:#111111;');
    expect(css).toContain('--authn-radius:20px;');
    expect(root()).toHaveAttribute('data-color-scheme', 'light');
  });
});

describe('parts and overrides', () => {
  it('adds classNames to the parts they name', async () => {
    const { user } = renderFlow(emulator.token, {
      className: 'my-login',
      classNames: {
        root: 'theme-root',
        heading: 'theme-heading',
        field: 'theme-field',
        label: 'theme-label',
        input: 'theme-input',
        button: 'theme-button',
        submit: 'theme-submit',
        'identifier-step': 'theme-step',
        'field-error': 'theme-error',
        'form-error': 'theme-form-error',
      },
    });
    const email = await screen.findByLabelText('Email');
    expect(root()).toHaveClass('theme-root', 'my-login');
    expect(email).toHaveClass('theme-input');
    expect(email.closest('[data-part="field"]')).toHaveClass('theme-field');
    expect(document.querySelector('label[data-part="label"]')).toHaveClass('theme-label');
    expect(screen.getByRole('heading')).toHaveClass('theme-heading');
    expect(document.querySelector('[data-part="identifier-step"]')).toHaveClass('theme-step');
    expect(document.querySelector('[data-part="form-error"]')).toHaveClass('theme-form-error');
    const submit = screen.getByRole('button', { name: 'Continue' });
    expect(submit).toHaveClass('theme-button', 'theme-submit');

    await user.click(submit);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(document.querySelector('[data-part="field-error"]')).toHaveClass('theme-error');
  });

  it('replaces the Button, Heading and TextField primitives everywhere, wrapping the kit’s own', async () => {
    function BrandButton(props: ButtonProps) {
      return <Button {...props} className="brand-button" data-brand="yes" />;
    }
    function BrandHeading(props: HeadingProps) {
      return <Heading {...props} level={1} />;
    }
    renderFlow(emulator.token, {
      components: {
        Button: BrandButton,
        Heading: BrandHeading,
        TextField: (props) => <TextField {...props} description="We never share it." />,
      },
    });
    const email = await screen.findByLabelText('Email');
    const submit = screen.getByRole('button', { name: 'Continue' });
    expect(submit).toHaveClass('brand-button');
    expect(submit).toHaveAttribute('data-brand', 'yes');
    expect(submit).toHaveAttribute('data-part', 'submit');
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('data-part', 'heading');
    expect(email).toHaveAccessibleDescription('We never share it.');
  });

  it('renders the brand, the header and the footer slots around the step', async () => {
    renderFlow(emulator.token, {
      brand: { name: 'Acme', logo: '/acme.svg' },
      header: <span>Welcome back</span>,
      footer: <a href="/help">Need help?</a>,
    });
    await screen.findByLabelText('Email');
    const header = document.querySelector<HTMLElement>('[data-part="header"]');
    expect(header).not.toBeNull();
    expect(within(header!).getByText('Acme')).toHaveAttribute('data-part', 'brand-name');
    expect(header!.querySelector('img')).toHaveAttribute('alt', '');
    expect(within(header!).getByText('Welcome back')).toBeInTheDocument();
    const footer = document.querySelector<HTMLElement>('[data-part="footer"]');
    expect(within(footer!).getByRole('link', { name: 'Need help?' })).toBeInTheDocument();
    // Order: header, then the step, then the footer.
    const parts = [...root().children].map((child) => child.getAttribute('data-part'));
    expect(parts.indexOf('header')).toBeLessThan(parts.indexOf('identifier-step'));
    expect(parts.indexOf('identifier-step')).toBeLessThan(parts.indexOf('footer'));
  });
});

describe('a step for a choice the kit does not know', () => {
  it('renders the app’s component for it and sends its update through the machine', async () => {
    const flow = (choices: { choice: string; data: unknown }[]) => ({
      status: 'Success',
      summary: 'ok',
      result: { flow_id: 'pfl_pigeon', flow_type: ['signin'], flow_phase: 'phase_secondary', flow_choices: choices, email: 'known@example.com' },
    });
    const updates: unknown[] = [];
    server.use(
      http.post('*/v2/flow/start', () => HttpResponse.json(flow([{ choice: 'carrier_pigeon', data: { loft: 'North tower' } }])), { once: true }),
      http.post('*/v2/flow/update', async ({ request }) => {
        updates.push(await request.json());
        return HttpResponse.json(flow([{ choice: 'password', data: { enrollment: false } }]));
      }),
    );
    function PigeonStep() {
      const pigeon = useCustomChoice('carrier_pigeon');
      const loft = (pigeon.data as { loft: string }).loft;
      return (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            pigeon.submit({ ring: 'R-42' });
          }}
        >
          <Heading>Send a pigeon to {loft}</Heading>
          <Button type="submit" pending={pigeon.busy} pendingLabel="Flying…">
            Send
          </Button>
        </form>
      );
    }
    const { user } = renderFlow(emulator.token, { components: { carrier_pigeon: PigeonStep } });
    expect(await screen.findByRole('heading', { name: 'Send a pigeon to North tower' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    // The answer routes like any other: the kit's password step follows.
    expect(await screen.findByLabelText('Password', { selector: 'input' })).toBeInTheDocument();
    expect(updates).toEqual([{ flow_id: 'pfl_pigeon', choice: 'carrier_pigeon', data: { ring: 'R-42' } }]);
  });
});

describe('the headless path', () => {
  it('signs in with a password through useAuthNFlow and useChoiceStep, with no kit markup', async () => {
    const client = createAuthNClient({ baseUrl: BASE_URL, clientToken: emulator.token });
    await createUser(client, 'headless@example.com', STRONG_PASSWORD);

    function EmailForm() {
      const step = useChoiceStep('set_email');
      return (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const email = new FormData(event.currentTarget).get('email');
            step.submit({ email: String(email) });
          }}
        >
          <label>
            Work email
            <input name="email" type="email" autoComplete="username" />
          </label>
          <button type="submit">Next</button>
        </form>
      );
    }
    function PasswordForm() {
      const step = useChoiceStep('password');
      const error = step.fieldError('password');
      return (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            step.submit({ password: String(new FormData(event.currentTarget).get('password')) });
          }}
        >
          <label>
            Secret
            <input name="password" type="password" autoComplete="current-password" aria-invalid={error !== null} />
          </label>
          {error === null ? null : <p role="alert">{error}</p>}
          <button type="submit">{step.pending ? 'Checking…' : 'Log in'}</button>
        </form>
      );
    }
    function MyLogin() {
      const { view } = useAuthNFlow();
      switch (view.step) {
        case 'set_email':
          return <EmailForm />;
        case 'password':
          return <PasswordForm />;
        case 'complete':
          return <p>Welcome!</p>;
        default:
          return <p>Loading…</p>;
      }
    }
    const onComplete = vi.fn();
    render(
      <AuthNFlow client={client} onComplete={onComplete}>
        <MyLogin />
      </AuthNFlow>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Work email'), 'headless@example.com');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(await screen.findByLabelText('Secret'), 'Wrong-password-1');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That password is incorrect. Try again.');
    await user.clear(screen.getByLabelText('Secret'));
    await user.type(screen.getByLabelText('Secret'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('Welcome!')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[data-scope="authn"]')).toBeNull();
  }, 20_000);
});
