export {
  CaptchaError,
  type CaptchaAdapter,
  type CaptchaErrorKind,
  type CaptchaLabels,
  type CaptchaRenderOptions,
  type CaptchaWidget,
} from './captcha-adapter.js';
export { CaptchaContext, useCaptchaAdapter } from './captcha-context.js';
export {
  createEmulatorCaptcha,
  EMULATOR_CAPTCHA_SITE_KEY,
  EMULATOR_CAPTCHA_TOKEN,
  type EmulatorCaptchaOptions,
} from './emulator-captcha.js';
export {
  createRecaptchaEnterpriseCaptcha,
  RECAPTCHA_ENTERPRISE_SCRIPT_URL,
  type RecaptchaEnterpriseOptions,
} from './recaptcha-enterprise.js';
