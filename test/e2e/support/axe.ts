import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { horizontalOverflow, PHONE_WIDTH } from '../../stories/overflow.js';

/**
 * Checks the screen as it is now: axe over the demo's `main` (the flow and the session panel), then
 * the phone-first rule, so every journey step gets both.
 * Legacy mode runs `axe.run` in the page itself: the default opens a blank page per check to merge
 * frame results, which doubles the cost of every check, and the demo's frames are same-origin.
 */
export async function expectNoAxeViolations(page: Page, step: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').setLegacyMode(true).analyze();
  const violations = results.violations.map(
    (violation) => `${step}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(violations).toEqual([]);
  await expectNoHorizontalOverflow(page, step);
}

/** What sticks out sideways once layout has settled (two frames after a resize). */
async function overflowNow(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(horizontalOverflow);
}

/**
 * Nothing scrolls sideways (test/stories/overflow.ts): at the journey's own viewport, and on a
 * 320 px phone, after which the journey's viewport is put back.
 */
export async function expectNoHorizontalOverflow(page: Page, step: string): Promise<void> {
  const size = page.viewportSize();
  expect(await overflowNow(page), `${step}: overflow at ${size?.width ?? 'the'}px`).toEqual([]);
  if (size === null || size.width === PHONE_WIDTH) {
    return;
  }
  await page.setViewportSize({ width: PHONE_WIDTH, height: size.height });
  try {
    expect(await overflowNow(page), `${step}: overflow at ${PHONE_WIDTH}px`).toEqual([]);
  } finally {
    await page.setViewportSize(size);
  }
}
