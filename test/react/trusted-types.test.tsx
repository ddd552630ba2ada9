import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

/** What a browser's `TrustedHTML` is to the page: an object only a policy makes, read back as its text. */
class FakeTrustedHtml {
  constructor(private readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

const policies: string[] = [];
// A browser with Trusted Types, set before the renderer loads (it reads them once, on load).
Object.defineProperty(window, 'trustedTypes', {
  configurable: true,
  value: {
    createPolicy: (name: string, rules: { createHTML: (html: string) => string }) => {
      policies.push(name);
      return { createHTML: (html: string) => new FakeTrustedHtml(rules.createHTML(html)) };
    },
  },
});

describe('sanitised markdown under Trusted Types', () => {
  it('comes out of DOMPurify as TrustedHTML, through its own policy, and renders', async () => {
    const { loadMarkdownRenderer } = await import('../../src/react/content/markdown.js');
    const { RichText } = await import('../../src/react/primitives/rich-text.js');
    const renderMarkdown = await loadMarkdownRenderer();
    const html = renderMarkdown('> Quoted <img src=x onerror=alert(1)>', 3);
    expect(html).toBeInstanceOf(FakeTrustedHtml);
    expect(String(html)).toBe('<blockquote>\n<p>Quoted </p>\n</blockquote>\n');
    expect(policies).toEqual(['dompurify']);

    const { container } = render(<RichText text="**Terms** apply" />);
    expect(container.querySelector('[data-part="rich-text"]')).toHaveAttribute('data-state', 'markdown');
    expect(container.querySelector('strong')).toHaveTextContent('Terms');
  });
});
