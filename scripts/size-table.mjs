// Our bundle checks beside the targets the size issue set and the figures the peer study quotes for
// the other kits. The limits in .size-limit.js are ratchets; the targets are where the kit is headed,
// so missing one prints its gap and fails nothing. Peer figures are quoted, not measured: each comes
// with the line of the peer study it is taken from, found by its quote so an edit there cannot leave
// a stale line number. `size-limit` runs again here (cached, about a second) for its JSON.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const PEERS_FILE = '../shared/research/peers.md';

/** Our checks, by the name .size-limit.js gives them, with the targets and the stretch goals (kB). */
const OURS = [
  { check: 'full kit: own JS of every step, dependencies excluded', label: 'full kit, own JS', target: 40, goal: 30 },
  { check: 'first step with xstate and react-query', label: 'first step + xstate + TanStack Query', target: 40, goal: 35 },
  { check: 'core: client and machine, xstate excluded', label: 'core, xstate excluded' },
  { check: 'styles.css', label: 'styles.css', target: 4 },
];

/** What the peer study says about each kit's size, and the words of the line each figure is on. */
const PEERS = [
  {
    kit: 'Amplify Authenticator',
    figure: '72 kB',
    what: 'size-limit budget for { Authenticator }',
    quote: 'budget for `{ Authenticator }` is **72 kB**',
  },
  {
    kit: 'Amplify Authenticator',
    figure: '113–115 kB',
    what: 'measured, min+gzip (earlier PRs)',
    quote: 'Earlier measurements were 113–115 kB min+gzip',
  },
  { kit: 'Ory Elements', figure: 'none', what: 'no size budget found', quote: 'No size budget was found.' },
  { kit: 'Ory Elements', figure: '2.4 MB', what: 'CSS of the old @ory/elements', quote: 'loaded a 2.4 MB CSS file' },
  { kit: 'Clerk', figure: '17.5 KB', what: 'bundlewatch budget, signin* chunk', quote: '`signin*` 17.5 KB' },
  { kit: 'Clerk', figure: '13 KB', what: 'bundlewatch budget, signup* chunk', quote: '`signup*` 13 KB' },
  { kit: 'Clerk', figure: '134 KB', what: 'bundlewatch budget, ui-common* chunk', quote: '`ui-common*` 134 KB' },
  { kit: 'Clerk', figure: '73 KB', what: 'bundlewatch budget, vendors* chunk', quote: '`vendors*` 73 KB' },
  { kit: 'Clerk', figure: '44 KB', what: 'bundlewatch budget, ui.browser.js', quote: '`ui.browser.js` 44 KB' },
  { kit: 'Clerk', figure: '79 KB', what: 'bundlewatch budget, clerk.browser.js', quote: '`clerk.browser.js` is 79 KB' },
  { kit: 'Clerk', figure: '992 KB', what: 'eager @clerk/clerk-js load, third-party report', quote: '**992 KB @clerk/clerk-js**' },
  { kit: 'Supabase Auth UI', figure: 'none', what: 'the study quotes no size', quote: '## 4. Supabase Auth UI' },
];

const kB = (bytes) => (bytes / 1000).toFixed(2);
const gap = (bytes, limitKB) => {
  const over = bytes / 1000 - limitKB;
  return over > 0 ? `+${over.toFixed(2)} over` : `${(-over).toFixed(2)} under`;
};

/** Prints rows as columns padded to the widest cell. */
function table(header, rows) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((row) => console.log(line(row)));
}

/** size-limit's JSON, also when a check is over its limit (it then exits non-zero; the run before this one has failed already). */
function sizeLimitResults() {
  try {
    return JSON.parse(execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8' }));
  } catch (error) {
    return JSON.parse(error.stdout);
  }
}

const results = sizeLimitResults();
const byName = new Map(results.map((result) => [result.name, result]));

console.log('\nOurs (min+gzip, kB) against the limits (ratchets) and the targets');
table(
  ['check', 'size', 'limit', 'target', 'gap to target', 'goal', 'gap to goal'],
  OURS.map(({ check, label, target, goal }) => {
    const result = byName.get(check);
    if (result === undefined) {
      throw new Error(`size-table: .size-limit.js has no check named "${check}"`);
    }
    return [
      label,
      kB(result.size),
      result.sizeLimit === undefined ? '–' : kB(result.sizeLimit),
      target ?? '–',
      target === undefined ? '–' : gap(result.size, target),
      goal ?? '–',
      goal === undefined ? '–' : gap(result.size, goal),
    ];
  }),
);

// A part that loads where it is rendered: what it adds to a page that already shows the flow.
const ADDED = [
  { label: '<AccountSecurity> rendered', with: 'first step and the account security panel, rendered', over: 'first step with xstate and react-query' },
];
console.log('\nWhat a part loaded on demand adds to a page with the flow (min+gzip, kB; its TanStack Query observers included)');
table(
  ['part', 'adds'],
  ADDED.map((part) => {
    const [withIt, without] = [byName.get(part.with), byName.get(part.over)];
    if (withIt === undefined || without === undefined) {
      throw new Error(`size-table: .size-limit.js has no check named "${part.with}" or "${part.over}"`);
    }
    return [part.label, kB(withIt.size - without.size)];
  }),
);

const peerLines = existsSync(PEERS_FILE) ? readFileSync(PEERS_FILE, 'utf8').split('\n') : null;
const sourceOf = (quote) => {
  if (peerLines === null) {
    return `${PEERS_FILE} not found`;
  }
  const index = peerLines.findIndex((text) => text.includes(quote));
  return index === -1 ? 'quote no longer in peers.md' : `peers.md:${index + 1}`;
};

console.log(`\nPeers, as the peer study quotes them (${PEERS_FILE}; not measured here, units as quoted)`);
table(
  ['kit', 'figure', 'what it is', 'source'],
  PEERS.map(({ kit, figure, what, quote }) => [kit, figure, what, sourceOf(quote)]),
);
console.log('');
