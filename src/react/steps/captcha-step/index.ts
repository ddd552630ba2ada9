export { CaptchaStep } from './captcha-step.js';
