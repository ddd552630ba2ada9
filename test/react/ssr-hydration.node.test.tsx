// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SSR_SCREEN_NAMES, ssrScreen } from './ssr-screens.js';

/**
 * The server half of the hydration check: each screen's markup, rendered with no browser globals,
 * kept in `__ssr__/<name>.html`. The dom project hydrates exactly that markup
 * (ssr-hydration.test.tsx); a change to the first screen's markup shows here first (`-u` updates it).
 */
describe('server markup of the first screens', () => {
  it.each(SSR_SCREEN_NAMES)('%s', async (name) => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(ssrScreen(name));
    expect(html).toContain('data-scope="authn"');
    await expect(html).toMatchFileSnapshot(`./__ssr__/${name}.html`);
  });

  it('renders no passkey option and no `webauthn` token: the server cannot know the browser', () => {
    const html = renderToString(ssrScreen('identifier-step'));
    expect(html).toMatch(/autocomplete="email"/i);
    expect(html).not.toContain('webauthn');
    expect(html).not.toContain('data-part="passkey-sign-in"');
  });
});
