/** Writes the API report of every public entry (api/*.api.md): `npm run api:report`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { apiReports, ROOT } from './api-report/report.js';

for (const [report, text] of apiReports()) {
  mkdirSync(dirname(`${ROOT}${report}`), { recursive: true });
  writeFileSync(`${ROOT}${report}`, text);
  console.log(`${report}: ${text.split('\n').length - 7} exports`);
}
