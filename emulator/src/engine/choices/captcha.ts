import * as v from 'valibot';
import type { EngineContext } from '../context.js';
import { fail } from '../failures.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import type { ChoiceCall } from './types.js';

/**
 * The token the emulator's captcha accepts: what the widget page `/__emulator/captcha` hands out
 * (as reCAPTCHA's test keys always pass). Any other token is `AuthenticationFailure`.
 */
export const EMULATOR_CAPTCHA_TOKEN = 'emulator-captcha-pass';

const CaptchaData = v.strictObject({ code: v.pipe(v.string(), v.minLength(1)) });

/** `captcha {code}` in `phase_captcha` (sign-up with `signupCaptcha`). */
export function updateCaptcha({ flow, data }: ChoiceCall): void {
  const { code } = parseOrFail(CaptchaData, data, '/data');
  if (code !== EMULATOR_CAPTCHA_TOKEN) {
    fail({ status: 'AuthenticationFailure' });
  }
  flow.captchaPassed = true;
}

export function renderCaptcha(ctx: EngineContext): WireChoice {
  return { choice: 'captcha', data: { site_key: ctx.config.captchaSiteKey } };
}
