import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CaptchaError,
  createEmulatorCaptcha,
  createRecaptchaEnterpriseCaptcha,
  EMULATOR_CAPTCHA_SITE_KEY,
  EMULATOR_CAPTCHA_TOKEN,
  type CaptchaRenderOptions,
} from '../../src/index.js';
import { EMULATOR_CAPTCHA_TOKEN as ENGINE_TOKEN } from '@authn-flow-kit/emulator';
import { resolveConfig } from '@authn-flow-kit/emulator';

function renderOptions(overrides: Partial<CaptchaRenderOptions> = {}): CaptchaRenderOptions {
  return {
    siteKey: 'site-key-1',
    language: 'fr',
    colorScheme: 'dark',
    labels: { check: "I'm not a robot", frame: 'Human check' },
    signal: new AbortController().signal,
    onToken: vi.fn(),
    onExpired: vi.fn(),
    onError: vi.fn(),
    ...overrides,
  };
}

type RecaptchaWindow = Window & Record<string, unknown> & { grecaptcha?: unknown };
const page = window as unknown as RecaptchaWindow;

function recaptchaScript(): HTMLScriptElement | null {
  return document.head.querySelector<HTMLScriptElement>('script[src*="recaptcha/enterprise.js"]');
}

/** What Google's script does once it has run: define the API, then call the `onload` callback. */
function loadRecaptcha(script: HTMLScriptElement) {
  const api = { render: vi.fn((_container: HTMLElement, _parameters: object) => 7), reset: vi.fn() };
  page.grecaptcha = { enterprise: api };
  const callback = new URL(script.src).searchParams.get('onload') ?? '';
  (page[callback] as () => void)();
  return api;
}

afterEach(() => {
  delete page.grecaptcha;
  recaptchaScript()?.remove();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('reCAPTCHA Enterprise adapter', () => {
  it('loads the script only when a widget is drawn, with explicit rendering, language and nonce', async () => {
    const adapter = createRecaptchaEnterpriseCaptcha({ nonce: 'n0nce' });
    expect(recaptchaScript()).toBeNull();
    const container = document.createElement('div');
    const options = renderOptions();
    const drawing = adapter.render(container, options);

    const script = recaptchaScript();
    expect(script).not.toBeNull();
    const src = new URL(script?.src ?? '');
    expect(src.origin + src.pathname).toBe('https://www.google.com/recaptcha/enterprise.js');
    expect(src.searchParams.get('render')).toBe('explicit');
    expect(src.searchParams.get('hl')).toBe('fr');
    expect(script?.nonce).toBe('n0nce');

    const api = loadRecaptcha(script as HTMLScriptElement);
    const widget = await drawing;
    expect(api.render).toHaveBeenCalledWith(
      expect.any(HTMLDivElement),
      expect.objectContaining({ sitekey: 'site-key-1', theme: 'dark', size: 'normal' }),
    );
    const parameters = api.render.mock.calls[0]?.[1] as unknown as Record<string, (token?: string) => void>;
    parameters['callback']?.('token-1');
    parameters['expired-callback']?.();
    parameters['error-callback']?.();
    expect(options.onToken).toHaveBeenCalledWith('token-1');
    expect(options.onExpired).toHaveBeenCalledTimes(1);
    expect(options.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'widget-failed' }));

    widget.reset();
    expect(api.reset).toHaveBeenCalledWith(7);
    widget.destroy();
    expect(container.childElementCount).toBe(0);
    parameters['callback']?.('late');
    expect(options.onToken).toHaveBeenCalledTimes(1);
  });

  it('gives up after the load timeout, with an error that says so, and loads anew on retry', async () => {
    vi.useFakeTimers();
    const adapter = createRecaptchaEnterpriseCaptcha({ loadTimeoutMs: 5000 });
    const drawing = adapter.render(document.createElement('div'), renderOptions());
    const failed = expect(drawing).rejects.toMatchObject({ name: 'CaptchaError', kind: 'load-timeout' });
    await vi.advanceTimersByTimeAsync(5000);
    await failed;
    expect(recaptchaScript()).toBeNull();

    const again = adapter.render(document.createElement('div'), renderOptions());
    loadRecaptcha(recaptchaScript() as HTMLScriptElement);
    await expect(again).resolves.toBeDefined();
  });

  it('fails with load-failed when the script cannot be fetched', async () => {
    const drawing = createRecaptchaEnterpriseCaptcha({ scriptUrl: 'https://www.recaptcha.net/recaptcha/enterprise.js' }).render(
      document.createElement('div'),
      renderOptions(),
    );
    const script = recaptchaScript();
    expect(script?.src).toContain('https://www.recaptcha.net/');
    script?.dispatchEvent(new Event('error'));
    await expect(drawing).rejects.toBeInstanceOf(CaptchaError);
    await expect(drawing).rejects.toMatchObject({ kind: 'load-failed' });
  });

  it('stops when the step no longer wants the widget', async () => {
    const controller = new AbortController();
    const drawing = createRecaptchaEnterpriseCaptcha().render(document.createElement('div'), renderOptions({ signal: controller.signal }));
    controller.abort(new DOMException('left', 'AbortError'));
    await expect(drawing).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('emulator captcha adapter', () => {
  it('hands out the token the emulator accepts, for the key it uses', () => {
    expect(EMULATOR_CAPTCHA_TOKEN).toBe(ENGINE_TOKEN);
    expect(EMULATOR_CAPTCHA_SITE_KEY).toBe(resolveConfig({}).captchaSiteKey);
  });

  it('draws a check button in the page, and clears it on reset', async () => {
    const container = document.createElement('div');
    const options = renderOptions();
    const widget = await createEmulatorCaptcha().render(container, options);
    const button = container.querySelector('button');
    expect(button).toHaveTextContent("I'm not a robot");
    button?.click();
    button?.click();
    expect(options.onToken).toHaveBeenCalledTimes(1);
    expect(options.onToken).toHaveBeenCalledWith(EMULATOR_CAPTCHA_TOKEN);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    widget.reset();
    expect(button).toHaveAttribute('aria-pressed', 'false');
    widget.destroy();
    expect(container.childElementCount).toBe(0);
  });

  it('takes the token from the emulator’s widget page in a frame, and from nowhere else', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const options = renderOptions({ siteKey: EMULATOR_CAPTCHA_SITE_KEY });
    const widget = await createEmulatorCaptcha({ widgetUrl: 'http://127.0.0.1:4000/__emulator/captcha' }).render(container, options);
    const frame = container.querySelector('iframe') as HTMLIFrameElement;
    expect(frame.src).toBe('http://127.0.0.1:4000/__emulator/captcha?site_key=emulator-captcha-site-key');
    expect(frame.title).toBe('Human check');

    const data = { type: 'authn-emulator-captcha', token: EMULATOR_CAPTCHA_TOKEN };
    window.dispatchEvent(new MessageEvent('message', { data, origin: 'http://evil.test', source: frame.contentWindow }));
    window.dispatchEvent(new MessageEvent('message', { data, origin: 'http://127.0.0.1:4000', source: window }));
    expect(options.onToken).not.toHaveBeenCalled();
    window.dispatchEvent(new MessageEvent('message', { data, origin: 'http://127.0.0.1:4000', source: frame.contentWindow }));
    expect(options.onToken).toHaveBeenCalledWith(EMULATOR_CAPTCHA_TOKEN);

    widget.destroy();
    window.dispatchEvent(new MessageEvent('message', { data, origin: 'http://127.0.0.1:4000', source: frame.contentWindow }));
    expect(options.onToken).toHaveBeenCalledTimes(1);
  });
});
