import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiReports, ROOT } from '../../scripts/api-report/report.js';

/**
 * The public surface of both packages is recorded in api/*.api.md. A change to it (an export added,
 * removed, renamed, or its type changed) fails here until `npm run api:report` records it, so the
 * change shows in review.
 */
describe('the API reports', () => {
  const reports = apiReports();
  it.each([...reports.keys()])('%s records the public surface as it is', (report) => {
    const committed = readFileSync(`${ROOT}${report}`, 'utf8');
    expect(committed, `the public API changed: run \`npm run api:report\` and commit ${report}`).toBe(reports.get(report));
  });
});
