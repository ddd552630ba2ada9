import { afterEach, describe, expect, it } from 'vitest';
import { horizontalOverflow } from './overflow.js';

/**
 * jsdom lays nothing out, so each test gives the elements it builds their geometry: the widths the
 * browser would report. The same check runs on real layout after every story, in Chromium, and
 * stories/overflow-check.stories.tsx proves it fails there too.
 */
interface Geometry {
  left?: number;
  right?: number;
  scrollWidth?: number;
  clientWidth?: number;
}

function place(element: Element, { left = 0, right = 0, scrollWidth, clientWidth }: Geometry): void {
  element.getBoundingClientRect = () => ({ left, right, width: right - left, top: 0, bottom: 10, height: 10, x: left, y: 0, toJSON: () => ({}) });
  if (scrollWidth !== undefined) {
    Object.defineProperty(element, 'scrollWidth', { configurable: true, value: scrollWidth });
  }
  if (clientWidth !== undefined) {
    Object.defineProperty(element, 'clientWidth', { configurable: true, value: clientWidth });
  }
}

/** A page `viewport` wide holding a flow root and, in it, one element of the given geometry. */
function pageWith(viewport: number, root: Geometry, child: Geometry & { part: string }) {
  place(document.documentElement, { right: viewport, clientWidth: viewport, scrollWidth: Math.max(viewport, root.right ?? 0, child.right ?? 0) });
  const rootElement = document.createElement('div');
  rootElement.dataset['scope'] = 'authn';
  rootElement.dataset['part'] = 'root';
  const childElement = document.createElement('div');
  childElement.dataset['scope'] = 'authn';
  childElement.dataset['part'] = child.part;
  rootElement.append(childElement);
  document.body.append(rootElement);
  place(rootElement, root);
  place(childElement, child);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the horizontal overflow check', () => {
  it('passes a flow that fits the phone', () => {
    pageWith(320, { left: 0, right: 320, scrollWidth: 320, clientWidth: 320 }, { part: 'input', left: 16, right: 304 });
    expect(horizontalOverflow()).toEqual([]);
  });

  it('fails on a deliberately wide element, and names it', () => {
    pageWith(320, { left: 0, right: 320, scrollWidth: 600, clientWidth: 320 }, { part: 'too-wide', left: 16, right: 600 });
    const problems = horizontalOverflow();
    expect(problems).toContain('the page is 280px wider than the 320px viewport');
    expect(problems).toContain('a flow root holds content 280px wider than its 320px');
    expect(problems).toContain('[data-part="too-wide"] spans 16px to 600px');
  });

  it('fails on content wider than its flow root while the page still fits (a wide desktop)', () => {
    pageWith(1280, { left: 432, right: 848, scrollWidth: 434, clientWidth: 416 }, { part: 'control', left: 448, right: 866 });
    expect(horizontalOverflow()).toEqual([
      'a flow root holds content 18px wider than its 416px',
      '[data-part="control"] spans 448px to 866px',
    ]);
  });

  it('fails on a root pushed off the start edge, as right-to-left overflow is', () => {
    pageWith(320, { left: -40, right: 320, scrollWidth: 360, clientWidth: 360 }, { part: 'input', left: -24, right: 304 });
    expect(horizontalOverflow()).toContain('a flow root spans -40px to 320px of the 320px viewport');
  });

  it('lets sub-pixel rounding through', () => {
    pageWith(320, { left: 0, right: 320.5, scrollWidth: 321, clientWidth: 320 }, { part: 'input', left: 16, right: 304.5 });
    expect(horizontalOverflow()).toEqual([]);
  });
});
