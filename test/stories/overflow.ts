/**
 * The phone-first check (issue 13): nothing on the page is wider than the viewport, and no flow root
 * holds content wider than itself. The story runner calls it after every story at the run's width
 * and at 320 px (.storybook/vitest.overflow.ts); the journeys at every screen they reach, at their
 * width and at 320 px (test/e2e/support/axe.ts).
 *
 * Self-contained on purpose, with no imports and no outer names: Playwright sends the function's
 * source to the page (`page.evaluate(horizontalOverflow)`), where nothing else of this module exists.
 */
export function horizontalOverflow(): string[] {
  // Sub-pixel layout may round a box half a pixel past an edge that it does not really cross.
  const tolerance = 1;
  const page = document.documentElement;
  const viewport = page.clientWidth;
  const nameOf = (element: Element): string => {
    const part = element.getAttribute('data-part');
    if (part !== null) {
      return `[data-part="${part}"]`;
    }
    return element.id === '' ? element.tagName.toLowerCase() : `${element.tagName.toLowerCase()}#${element.id}`;
  };
  const problems: string[] = [];
  if (page.scrollWidth > viewport + tolerance) {
    problems.push(`the page is ${page.scrollWidth - viewport}px wider than the ${viewport}px viewport`);
  }
  for (const root of document.querySelectorAll('[data-scope="authn"][data-part="root"]')) {
    if (root.scrollWidth > root.clientWidth + tolerance) {
      problems.push(`a flow root holds content ${root.scrollWidth - root.clientWidth}px wider than its ${root.clientWidth}px`);
    }
    const box = root.getBoundingClientRect();
    if (box.right > viewport + tolerance || box.left < -tolerance) {
      problems.push(`a flow root spans ${Math.round(box.left)}px to ${Math.round(box.right)}px of the ${viewport}px viewport`);
    }
  }
  if (problems.length > 0) {
    // Name what sticks out of its flow root (or, outside one, the viewport), outermost first, so
    // the failure says where to look.
    const outside = [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect();
      const root = element.parentElement?.closest('[data-scope="authn"][data-part="root"]');
      const limits = root?.getBoundingClientRect() ?? { left: 0, right: viewport };
      return box.width > 0 && (box.right > limits.right + tolerance || box.left < limits.left - tolerance);
    });
    const outermost = outside.filter((element) => !outside.some((other) => other !== element && other.contains(element)));
    for (const element of outermost.slice(0, 5)) {
      const box = element.getBoundingClientRect();
      problems.push(`${nameOf(element)} spans ${Math.round(box.left)}px to ${Math.round(box.right)}px`);
    }
  }
  return problems;
}

/** The width every story and journey screen must fit: a small phone. */
export const PHONE_WIDTH = 320;
