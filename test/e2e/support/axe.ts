import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Frame, type Page } from '@playwright/test';
import type * as AxeCore from 'axe-core';
import { horizontalOverflow, PHONE_WIDTH } from '../../stories/overflow.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe into each frame that has none yet. Once per document, not once per check: evaluating the
 * 550 kB script took 400–500 ms of each check's 500–600 ms, about 40 % of a journey's time.
 * `@axe-core/playwright` evaluates it afresh on every `analyze()`.
 */
async function injectAxe(frames: Frame[]): Promise<void> {
  for (const frame of frames) {
    const present = await frame.evaluate(() => 'axe' in window).catch(() => true);
    if (!present) {
      await frame.evaluate(axeSource);
      await frame.evaluate(() => window.axe.configure({ allowedOrigins: ['<same_origin>'] }));
    }
  }
}

declare global {
  interface Window {
    axe: typeof AxeCore;
  }
}

/**
 * Checks the screen as it is now: axe over the demo's `main` (the flow and the session panel), then
 * the phone-first rule, so every journey step gets both. Axe runs in the page, each same-origin frame
 * (the test captcha's) answering it from its own copy.
 */
export async function expectNoAxeViolations(page: Page, step: string): Promise<void> {
  await injectAxe(page.frames());
  const violations = await page.evaluate(
    async () =>
      (await window.axe.run('main', { resultTypes: ['violations'] })).violations.map(
        (violation: AxeCore.Result) =>
          `${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      ),
  );
  expect(violations.map((violation) => `${step}: ${violation}`)).toEqual([]);
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
