import type { CaptchaAdapter } from '../../captcha/captcha-adapter.js';
import { createEmulatorCaptcha, EMULATOR_CAPTCHA_SITE_KEY } from '../../captcha/emulator-captcha.js';
import { createRecaptchaEnterpriseCaptcha } from '../../captcha/recaptcha-enterprise.js';

let emulator: CaptchaAdapter | undefined;
let recaptcha: CaptchaAdapter | undefined;

/**
 * The widget for a site key when the app passed no `captcha`: the emulator's own test widget for
 * its test key, else reCAPTCHA Enterprise, which is what AuthN projects use.
 */
export function defaultCaptchaFor(siteKey: string): CaptchaAdapter {
  if (siteKey === EMULATOR_CAPTCHA_SITE_KEY) {
    emulator ??= createEmulatorCaptcha();
    return emulator;
  }
  recaptcha ??= createRecaptchaEnterpriseCaptcha();
  return recaptcha;
}
