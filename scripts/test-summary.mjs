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
// `npm test`'s exit status, when given: a check outside the test reports (lint, types, a build, a
// size budget) failed, and it counts as one failure rather than hiding behind passing tests.
const exitStatus = Number(process.argv[2] ?? 0);
if (exitStatus !== 0 && failed === 0) {
  console.error('npm test failed outside the test reports (lint, types, a build or a size budget): see above.');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
