import { CaptchaError, type CaptchaAdapter, type CaptchaWidget } from './captcha-adapter.js';

/** The slice of `grecaptcha.enterprise` the adapter uses (explicit rendering). */
interface RecaptchaEnterprise {
  render(container: HTMLElement, parameters: RecaptchaParameters): number;
  reset(widgetId?: number): void;
}

interface RecaptchaParameters {
  sitekey: string;
  theme: 'light' | 'dark';
  size: 'normal' | 'compact';
  callback: (token: string) => void;
  'expired-callback': () => void;
  'error-callback': () => void;
}

type RecaptchaWindow = Window & { grecaptcha?: { enterprise?: RecaptchaEnterprise } } & Record<string, unknown>;

export const RECAPTCHA_ENTERPRISE_SCRIPT_URL = 'https://www.google.com/recaptcha/enterprise.js';

export interface RecaptchaEnterpriseOptions {
  /**
   * The script to load, e.g. `https://www.recaptcha.net/recaptcha/enterprise.js` where google.com
   * is blocked. `render`, `onload` and `hl` are added to it.
   * @default 'https://www.google.com/recaptcha/enterprise.js'
   */
  scriptUrl?: string;
  /** Set on the script tag, for a strict Content Security Policy. @default undefined */
  nonce?: string;
  /** How long the script may take before the step says it could not load. @default 10000 */
  loadTimeoutMs?: number;
  /** The widget's size. @default 'normal' */
  size?: 'normal' | 'compact';
}

/**
 * reCAPTCHA Enterprise, as Pangea's hosted login uses it (research §5 "captcha"). The script loads
 * on the captcha step only, the first time a widget is drawn, and once per page.
 */
export function createRecaptchaEnterpriseCaptcha({
  scriptUrl = RECAPTCHA_ENTERPRISE_SCRIPT_URL,
  nonce,
  loadTimeoutMs = 10_000,
  size = 'normal',
}: RecaptchaEnterpriseOptions = {}): CaptchaAdapter {
  return {
    name: 'recaptcha-enterprise',
    render: async (container, options) => {
      const api = await untilAborted(loadRecaptcha(scriptUrl, options.language, nonce, loadTimeoutMs), options.signal);
      // reCAPTCHA wants an empty element of its own, and a fresh one for every widget.
      const target = document.createElement('div');
      container.append(target);
      let live = true;
      let widgetId: number;
      try {
        widgetId = api.render(target, {
          sitekey: options.siteKey,
          theme: options.colorScheme,
          size,
          callback: (token) => live && options.onToken(token),
          'expired-callback': () => live && options.onExpired(),
          'error-callback': () => live && options.onError(new CaptchaError('widget-failed', 'reCAPTCHA reported an error')),
        });
      } catch (cause) {
        target.remove();
        throw new CaptchaError('widget-failed', 'reCAPTCHA could not draw the widget', { cause });
      }
      const widget: CaptchaWidget = {
        reset: () => api.reset(widgetId),
        destroy: () => {
          live = false;
          target.remove();
        },
      };
      return widget;
    },
  };
}

let loading: { key: string; promise: Promise<RecaptchaEnterprise> } | undefined;
let callbackCount = 0;

/** Adds the script once per page, and resolves when reCAPTCHA calls its `onload` callback. */
function loadRecaptcha(
  scriptUrl: string,
  language: string | undefined,
  nonce: string | undefined,
  timeoutMs: number,
): Promise<RecaptchaEnterprise> {
  const page = window as unknown as RecaptchaWindow;
  const ready = page.grecaptcha?.enterprise;
  if (ready !== undefined && typeof ready.render === 'function') {
    return Promise.resolve(ready);
  }
  const key = `${scriptUrl}|${language ?? ''}`;
  if (loading?.key === key) {
    return loading.promise;
  }
  callbackCount += 1;
  const callbackName = `__authnRecaptchaLoaded${callbackCount}`;
  const src = new URL(scriptUrl, document.baseURI);
  src.searchParams.set('render', 'explicit');
  src.searchParams.set('onload', callbackName);
  if (language !== undefined) {
    src.searchParams.set('hl', language);
  }
  const script = document.createElement('script');
  script.src = src.href;
  script.async = true;
  if (nonce !== undefined) {
    script.nonce = nonce;
  }
  const promise = new Promise<RecaptchaEnterprise>((resolve, reject) => {
    const settle = (error: CaptchaError | null) => {
      clearTimeout(timer);
      delete page[callbackName];
      // Only a load in flight is shared; once done, `grecaptcha` on the page is the cache.
      if (loading?.promise === promise) {
        loading = undefined;
      }
      if (error === null) {
        const api = page.grecaptcha?.enterprise;
        if (api !== undefined) {
          resolve(api);
          return;
        }
        error = new CaptchaError('load-failed', 'reCAPTCHA loaded without grecaptcha.enterprise');
      }
      // Drop the failed script, so "Try again" adds it anew.
      script.remove();
      reject(error);
    };
    const timer = setTimeout(
      () => settle(new CaptchaError('load-timeout', `reCAPTCHA did not load within ${timeoutMs} ms`)),
      timeoutMs,
    );
    page[callbackName] = () => settle(null);
    script.addEventListener('error', () => settle(new CaptchaError('load-failed', `Could not load ${src.origin}`)));
  });
  loading = { key, promise };
  document.head.append(script);
  return promise;
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
