// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuthNFlow, createAuthNClient } from '../../src/index.js';

const client = createAuthNClient({ baseUrl: 'http://authn.test/', clientToken: 'pcl_ssrtoken' });

describe('theming under server rendering and a strict CSP', () => {
  it('writes the theme as a nonce-carrying <style> scoped to the root, and no style attribute', () => {
    const html = renderToString(
      <AuthNFlow client={client} theme={{ colorAccent: '#0f766e' }} nonce="r4nd0m" brand={{ name: 'Acme', logo: '/acme.svg' }} />,
    );
    const style = /<style nonce="r4nd0m">([^<]*)<\/style>/.exec(html);
    expect(style).not.toBeNull();
    const scope = /data-authn-theme="([^"]+)"/.exec(html)?.[1];
    expect(scope).toBeDefined();
    expect(style?.[1]).toContain(`[data-authn-theme="${scope ?? ''}"]{--authn-color-accent:#0f766e;}`);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain('data-part="brand-name"');
  });

  it('writes no <style> without a theme', () => {
    const html = renderToString(<AuthNFlow client={client} nonce="r4nd0m" />);
    expect(html).not.toContain('<style');
    expect(html).not.toMatch(/\sstyle="/);
  });
});
