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
});
