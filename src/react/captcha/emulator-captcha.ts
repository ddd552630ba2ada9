import type { CaptchaAdapter, CaptchaRenderOptions, CaptchaWidget } from './captcha-adapter.js';

/** The emulator's captcha site key unless its config sets another (`captchaSiteKey`). */
export const EMULATOR_CAPTCHA_SITE_KEY = 'emulator-captcha-site-key';

/** The one token the emulator's captcha accepts, as reCAPTCHA's test keys always pass. */
export const EMULATOR_CAPTCHA_TOKEN = 'emulator-captcha-pass';

/** What the emulator's widget page posts to its parent window. */
const MESSAGE_TYPE = 'authn-emulator-captcha';

export interface EmulatorCaptchaOptions {
  /**
   * The emulator's widget page, `<emulator>/__emulator/captcha`, drawn in a frame that posts the
   * token. Without it the widget is a button drawn in the page: no request at all, so it works
   * under MSW (which lets frame navigations through) and in jsdom. @default undefined
   */
  widgetUrl?: string;
}

/**
 * The emulator's test captcha: a check that hands out `EMULATOR_CAPTCHA_TOKEN`. The flow uses it on
 * its own when the site key is `EMULATOR_CAPTCHA_SITE_KEY`; pass it as `captcha` when the emulator
 * runs with another key.
 */
export function createEmulatorCaptcha({ widgetUrl }: EmulatorCaptchaOptions = {}): CaptchaAdapter {
  return {
    name: 'emulator',
    render: (container, options) =>
      widgetUrl === undefined ? drawButton(container, options) : drawFrame(container, options, widgetUrl),
  };
}

function drawButton(container: HTMLElement, { labels, onToken }: CaptchaRenderOptions): CaptchaWidget {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = labels.check;
  // Styled as the kit's secondary button, without the kit's Button (this is plain DOM).
  Object.assign(button.dataset, { scope: 'authn', part: 'emulator-captcha', variant: 'secondary', state: 'idle' });
  button.setAttribute('aria-pressed', 'false');
  const check = () => {
    if (button.getAttribute('aria-pressed') === 'true') {
      return;
    }
    button.setAttribute('aria-pressed', 'true');
    button.dataset['state'] = 'checked';
    onToken(EMULATOR_CAPTCHA_TOKEN);
  };
  button.addEventListener('click', check);
  container.append(button);
  return {
    reset: () => {
      button.setAttribute('aria-pressed', 'false');
      button.dataset['state'] = 'idle';
    },
    destroy: () => {
      button.removeEventListener('click', check);
      button.remove();
    },
  };
}

function drawFrame(container: HTMLElement, options: CaptchaRenderOptions, widgetUrl: string): CaptchaWidget {
  const url = new URL(widgetUrl, document.baseURI);
  url.searchParams.set('site_key', options.siteKey);
  const frame = document.createElement('iframe');
  frame.src = url.href;
  frame.title = options.labels.frame;
  Object.assign(frame.dataset, { scope: 'authn', part: 'emulator-captcha-frame' });
  const receive = (event: MessageEvent<unknown>) => {
    // Only our own frame, from the page it was given: any other window could post a token.
    if (event.source !== frame.contentWindow || event.origin !== url.origin) {
      return;
    }
    const data = event.data as { type?: unknown; token?: unknown } | null;
    if (data !== null && typeof data === 'object' && data.type === MESSAGE_TYPE && typeof data.token === 'string') {
      options.onToken(data.token);
    }
  };
  window.addEventListener('message', receive);
  container.append(frame);
  return {
    // The page keeps its own state: loading it again is its reset.
    reset: () => {
      frame.src = url.href;
    },
    destroy: () => {
      window.removeEventListener('message', receive);
      frame.remove();
    },
  };
}
