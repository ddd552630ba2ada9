import { EMULATOR_CAPTCHA_TOKEN } from '../../engine/choices/captcha.js';
import { escapeHtml, htmlPage } from './html.js';
import type { Handout } from './types.js';

/**
 * `GET /__emulator/captcha?site_key=…`: the captcha widget of the emulator's test site key, to
 * load in an iframe. Its button shows the token and posts
 * `{ type: "authn-emulator-captcha", token }` to the parent window; `captcha {code: token}` passes.
 */
export const getCaptchaPage: Handout = ({ controls, query }) => {
  const siteKey = query.get('site_key');
  if (siteKey !== null && siteKey !== controls.ctx.config.captchaSiteKey) {
    return htmlPage(400, 'Unknown site key', `<p>Unknown site key ${escapeHtml(siteKey)}</p>`);
  }
  const token = JSON.stringify(EMULATOR_CAPTCHA_TOKEN);
  return htmlPage(
    200,
    'Emulator captcha',
    `<button type="button" id="check">I'm not a robot</button>
<p class="note">Token: <output id="token"></output></p>
<script>
document.getElementById('check').addEventListener('click', function () {
  document.getElementById('token').textContent = ${token};
  if (window.parent !== window) window.parent.postMessage({ type: 'authn-emulator-captcha', token: ${token} }, '*');
});
</script>`,
  );
};
