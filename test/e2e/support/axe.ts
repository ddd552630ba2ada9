import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe over the demo's `main` (the flow and the session panel) and fails on any violation.
 * Legacy mode runs `axe.run` in the page itself: the default opens a blank page per check to merge
 * frame results, which doubles the cost of every check, and the demo's frames are same-origin.
 */
export async function expectNoAxeViolations(page: Page, step: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').setLegacyMode(true).analyze();
  const violations = results.violations.map(
    (violation) => `${step}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(violations).toEqual([]);
}
