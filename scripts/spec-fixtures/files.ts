import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deriveSpecFixture, FLOW_ENDPOINTS, type SpecFixtureEntry } from './derive.js';
import type { OpenApiDocument } from './openapi.js';

// `import.meta.dirname`, not `import.meta.url`: under jsdom the test runner's URL is not a file URL.
const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Pangea's OpenAPI document, laid beside the clone (`../shared/`); never copied into the repo. */
export const OPENAPI_PATH = resolve(REPO_ROOT, '../shared/reference/pangea-authn.openapi.json');

/** The derived fixture: flow results in one file, the other answers in another. */
export const SPEC_FIXTURE_FILES = {
  flow: resolve(REPO_ROOT, 'fixtures/spec/flow-results.json'),
  other: resolve(REPO_ROOT, 'fixtures/spec/other-results.json'),
} as const;

type FixtureFile = keyof typeof SPEC_FIXTURE_FILES;

interface FixtureFileContent {
  source: string;
  derivedBy: string;
  entries: SpecFixtureEntry[];
}

export function readOpenApi(): OpenApiDocument | undefined {
  return existsSync(OPENAPI_PATH) ? (JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as OpenApiDocument) : undefined;
}

const LINE_WIDTH = 100;

/**
 * JSON indented by two spaces, with any array or object that fits on its line kept on one: a
 * token's forty lines of intelligence data become a few, and the fixture stays readable.
 */
function formatJson(value: unknown, indent = ''): string {
  const inline = JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  if (typeof value !== 'object' || value === null || indent.length + inline.length <= LINE_WIDTH) {
    return inline;
  }
  const inner = `${indent}  `;
  const lines = Array.isArray(value)
    ? value.map((item) => `${inner}${formatJson(item, inner)}`)
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return lines.length === 0 ? `${open}${close}` : `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/** The text of each fixture file, as the script writes it: pretty-printed, in derivation order. */
export function fixtureTexts(doc: OpenApiDocument): Record<FixtureFile, string> {
  const entries = deriveSpecFixture(doc);
  const isFlow = (entry: SpecFixtureEntry) => (FLOW_ENDPOINTS as readonly string[]).includes(entry.endpoint);
  const text = (selected: SpecFixtureEntry[]) => {
    const content: FixtureFileContent = {
      source: `pangea-authn.openapi.json (${doc.info.title} v${doc.info.version})`,
      derivedBy: 'npx tsx scripts/derive-spec-fixtures.ts',
      entries: selected,
    };
    return `${formatJson(content)}\n`;
  };
  return { flow: text(entries.filter(isFlow)), other: text(entries.filter((entry) => !isFlow(entry))) };
}

/** The committed fixture's entries, flow results first. */
export function readSpecFixture(): SpecFixtureEntry[] {
  return Object.values(SPEC_FIXTURE_FILES).flatMap(
    (path) => (JSON.parse(readFileSync(path, 'utf8')) as FixtureFileContent).entries,
  );
}
