// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuthNFlow, createAuthNClient } from '../../src/index.js';

describe('server rendering', () => {
  it('imports and renders the first screen with no browser globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const client = createAuthNClient({ baseUrl: 'http://authn.test/', clientToken: 'pcl_ssrtoken' });
    const html = renderToString(<AuthNFlow client={client} />);
    expect(html).toContain('data-scope="authn"');
    expect(html).toContain('data-part="root"');
  });

  it('renders the identifier form, ready for typing, before any answer: no loading screen', () => {
    const client = createAuthNClient({ baseUrl: 'http://authn.test/', clientToken: 'pcl_ssrtoken' });
    const html = renderToString(<AuthNFlow client={client} email="joe@example.com" />);
    expect(html).toMatch(/<input type="email" autoComplete="email"[^>]* name="email" value="joe@example.com"\/>/);
    expect(html).toMatch(/<button[^>]*data-state="idle"[^>]*type="submit">Continue<\/button>/);
    expect(html).not.toContain('Loading');
    const username = renderToString(<AuthNFlow client={client} usernameFormat="string" />);
    expect(username).toMatch(/<input type="text" autoComplete="username"/);
  });
});
