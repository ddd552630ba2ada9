import { createContext, useContext } from 'react';
import type { CaptchaAdapter } from './captcha-adapter.js';

/** The `captcha` prop of `<AuthNFlow>`, for the captcha step. */
export const CaptchaContext = createContext<CaptchaAdapter | undefined>(undefined);

/** The app's captcha adapter, or `undefined` to let the step pick one from the site key. */
export function useCaptchaAdapter(): CaptchaAdapter | undefined {
  return useContext(CaptchaContext);
}
