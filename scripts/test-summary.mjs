// Prints the one closing line CI reads: `N passed, N failed`, summed over vitest and Playwright (journeys and consumer apps).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
if (existsSync('test-results/vitest.json')) {
  const vitest = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0) + (vitest.numFailedTestSuites ?? 0);
}
// The journeys, and the consumer apps built from the tarballs.
for (const file of ['test-results/playwright.json', 'test-results/consumers.json']) {
  if (existsSync(file)) {
    const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
  }
}
console.log(`${passed} passed, ${failed} failed`);
