import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RichText } from '../../src/react/primitives/rich-text.js';

/*
 * Inline handlers run in jsdom's own global, not the test's, so a payload that runs leaves its mark
 * on the shared document instead: `PWN` stands for code that sets `data-xss` on <body>.
 */
const PWN = 'document.body.dataset.xss=1';

afterEach(() => {
  delete document.body.dataset.xss;
});

/** Payloads from the usual XSS cheat sheets, in markdown and as raw HTML inside markdown. */
const XSS_CORPUS: Record<string, string> = {
  'script tag': `<script>${PWN}</script>`,
  'script in markdown': `Hello\n\n<script>${PWN}</script>\n\nworld`,
  'img onerror': `<img src="x" onerror="${PWN}">`,
  'markdown image onerror': `![x](x" onerror="${PWN})`,
  'javascript: markdown link': `[click me](javascript:${PWN})`,
  'javascript: html link': `<a href="javascript:${PWN}">click me</a>`,
  'mixed-case javascript:': `<a href="JaVaScRiPt:${PWN}">click me</a>`,
  'javascript: with tab': `<a href="jav&#x09;ascript:${PWN}">click me</a>`,
  'javascript: with entities': `<a href="&#106;avascript:${PWN}">click me</a>`,
  'javascript: autolink': `<javascript:${PWN}>`,
  'vbscript link': '<a href="vbscript:msgbox(1)">click me</a>',
  'svg onload': `<svg onload="${PWN}"><circle r="4"/></svg>`,
  'svg script': `<svg><script>${PWN}</script></svg>`,
  'data: html link': '[click me](data:text/html;base64,PHNjcmlwdD53aW5kb3cueHNzKCdkYXRhJyk8L3NjcmlwdD4=)',
  'data: image': '![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  iframe: `<iframe src="https://evil.example/" srcdoc="<script>${PWN}</script>"></iframe>`,
  form: '<form action="https://evil.example/"><input name="password"><button>Go</button></form>',
  'style attribute': `<p style="background:url(javascript:${PWN})">styled</p>`,
  'style tag': '<style>* { display: none }</style>visible',
  'onclick div': `<div onclick="${PWN}">click me</div>`,
  'details ontoggle': `<details open ontoggle="${PWN}"><summary>x</summary></details>`,
  'object and embed': `<object data="javascript:${PWN}"></object><embed src="javascript:${PWN}">`,
  'base and meta': `<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
  'mXSS via noscript': `<noscript><p title="</noscript><img src=x onerror=${PWN}>"></p></noscript>`,
  'mXSS via math': `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>`,
  'link with own target and rel': '<a href="https://ok.example/" target="_self" rel="opener">ok</a>',
  'id and class clobbering': '<p id="root" class="authn" data-part="submit" aria-hidden="true">clobber</p>',
};

const DANGEROUS_ELEMENTS =
  'script, style, iframe, frame, object, embed, form, input, button, textarea, select, svg, math, img, base, meta, link, noscript, details';

/** Nothing in the rendered text can run code, load anything, or pass for a part of the kit. */
function expectSafe(container: HTMLElement) {
  const content = container.querySelector('[data-part="rich-text"]');
  expect(content).not.toBeNull();
  expect(content?.querySelectorAll(DANGEROUS_ELEMENTS)).toHaveLength(0);
  for (const element of content?.querySelectorAll('*') ?? []) {
    for (const attribute of element.attributes) {
      expect(attribute.name, element.outerHTML).not.toMatch(/^on/i);
      expect(['style', 'id', 'class', 'srcdoc', 'src', 'action', 'data-part']).not.toContain(attribute.name);
      expect(attribute.value, element.outerHTML).not.toMatch(/^\s*(javascript|vbscript|data):/i);
    }
    if (element.hasAttribute('href')) {
      expect(element.getAttribute('href')).toMatch(/^(https?:|mailto:)/);
      expect(element).toHaveAttribute('target', '_blank');
      expect(element).toHaveAttribute('rel', 'noopener noreferrer');
    }
  }
  // Clicking every element would run any handler or navigation that survived.
  for (const element of content?.querySelectorAll('*') ?? []) {
    fireEvent.click(element);
  }
  expect(document.body.dataset.xss).toBeUndefined();
}

describe('RichText with markdown', () => {
  it('shows the text as plain text, never as HTML, until the markdown renderer has loaded', async () => {
    const { container } = render(<RichText text={`# Terms\n\n<b>bold</b> <img src=x onerror="${PWN}">`} />);
    const content = container.querySelector('[data-part="rich-text"]');
    expect(content).toHaveAttribute('data-state', 'plain');
    expect(content?.querySelector('b, img')).toBeNull();
    expect(content).toHaveTextContent('<b>bold</b>');
    await waitFor(() => expect(content).toHaveAttribute('data-state', 'markdown'));
    expectSafe(container);
    expect(container.querySelector('b')).toHaveTextContent('bold');
  });

  it('renders headings below the step heading, lists, emphasis and safe links', async () => {
    const text = '# Terms\n\n## Scope\n\nRead **this** and *that*.\n\n- one\n- two\n\n[Contact us](mailto:help@example.com) or [the site](https://example.com/terms).';
    const { container } = render(<RichText text={text} headingLevel={3} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Terms' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Scope' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(container.querySelector('strong')).toHaveTextContent('this');
    expect(screen.getByRole('link', { name: 'Contact us' })).toHaveAttribute('href', 'mailto:help@example.com');
    const site = screen.getByRole('link', { name: 'the site' });
    expect(site).toHaveAttribute('href', 'https://example.com/terms');
    expect(site).toHaveAttribute('target', '_blank');
    expect(site).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('drops relative links but keeps their words', async () => {
    const { container } = render(<RichText text="See [our terms](/terms)." />);
    await waitFor(() => expect(container.querySelector('[data-state="markdown"]')).not.toBeNull());
    expect(screen.queryByRole('link')).toBeNull();
    expect(container).toHaveTextContent('See our terms.');
  });

  it.each(Object.entries(XSS_CORPUS))('neutralises %s', async (_name, payload) => {
    const { container } = render(<RichText text={payload} />);
    await waitFor(() => expect(container.querySelector('[data-state="markdown"]')).not.toBeNull());
    expectSafe(container);
  });

  it('would catch a handler that got through (the detector works)', () => {
    const { container } = render(<div data-part="rich-text" />);
    const target = container.querySelector('[data-part="rich-text"]') as HTMLElement;
    target.innerHTML = `<span onclick="${PWN}">canary</span>`;
    fireEvent.click(target.querySelector('span') as HTMLElement);
    expect(document.body.dataset.xss).toBe('1');
  });
});

function lexical(children: unknown[]): string {
  return JSON.stringify({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } });
}

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children });

describe('RichText with Lexical editor state', () => {
  it('renders the nodes as React elements, with heading ranks shifted and format bits applied', () => {
    const state = lexical([
      { type: 'heading', tag: 'h1', children: [text('License')] },
      { type: 'heading', tag: 'h2', children: [text('Use')] },
      paragraph(text('You '), text('must', 1), text(' read '), text('this', 2 | 8), { type: 'linebreak' }, text('code', 16)),
      {
        type: 'list',
        listType: 'number',
        tag: 'ol',
        start: 3,
        children: [
          { type: 'listitem', value: 3, children: [text('third')] },
          { type: 'listitem', value: 4, children: [text('fourth')] },
        ],
      },
      { type: 'list', listType: 'bullet', tag: 'ul', children: [{ type: 'listitem', children: [text('point')] }] },
      paragraph({ type: 'link', url: 'https://example.com/eula', children: [text('full text')] }),
    ]);
    const { container } = render(<RichText text={state} headingLevel={3} />);
    const content = container.querySelector('[data-part="rich-text"]');
    expect(content).toHaveAttribute('data-state', 'lexical');
    expect(screen.getByRole('heading', { level: 3, name: 'License' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Use' })).toBeInTheDocument();
    expect(content?.querySelector('strong')).toHaveTextContent('must');
    expect(content?.querySelector('em > u, u > em')).toHaveTextContent('this');
    expect(content?.querySelector('br')).not.toBeNull();
    expect(content?.querySelector('code')).toHaveTextContent('code');
    expect(content?.querySelector('ol')).toHaveAttribute('start', '3');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['third', 'fourth', 'point']);
    const link = screen.getByRole('link', { name: 'full text' });
    expect(link).toHaveAttribute('href', 'https://example.com/eula');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('keeps markup in text nodes as text and drops unsafe links and unknown raw nodes', () => {
    const state = lexical([
      paragraph(text(`<script>${PWN}</script><img src=x onerror=${PWN}>`)),
      paragraph({ type: 'link', url: `javascript:${PWN}`, children: [text('bad link')] }),
      paragraph({ type: 'autolink', url: `data:text/html,<script>${PWN}</script>`, children: [text('data link')] }),
      { type: 'html', html: `<img src=x onerror=${PWN}>` },
      { type: 'unknown-widget', children: [text('kept words')] },
      paragraph(text('styled', 1), { type: 'text', text: 'x', format: 'not-a-number' }),
    ]);
    const { container } = render(<RichText text={state} />);
    expectSafe(container);
    expect(container).toHaveTextContent(`<script>${PWN}</script>`);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container).toHaveTextContent('bad link');
    expect(container).toHaveTextContent('kept words');
  });

  it('survives hostile nesting without exhausting the stack', () => {
    const depth = 2000;
    const leaf = JSON.stringify(text('deep'));
    const nested = '{"type":"quote","children":['.repeat(depth) + leaf + ']}'.repeat(depth);
    const { container } = render(<RichText text={lexical([]).replace('"children":[]', `"children":[${nested}]`)} />);
    expect(container.querySelector('[data-state="lexical"]')).not.toBeNull();
    expect(container.querySelectorAll('blockquote').length).toBeLessThanOrEqual(40);
  });

  it('treats JSON that is not an editor state as markdown text', async () => {
    const { container } = render(<RichText text={'{"hello": "<b>x</b>"}'} />);
    await waitFor(() => expect(container.querySelector('[data-state="markdown"]')).not.toBeNull());
    expectSafe(container);
  });
});
