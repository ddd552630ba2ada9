import { SHIPPED } from './cpu-profile.js';
import { formatInp } from './event-timing.js';
import type { FirstScreen } from './first-screen.js';
import type { Journey } from './journeys.js';
import type { Measured } from './measure.js';
import { ms, printTable, type Column } from './table.js';

const COMMIT_GOAL = 2;
const MAIN_GOAL_MS = 4;
const INP_GOAL_MS = 100;
/** The bench fails past twice a time goal: the figures vary from run to run and machine to machine. */
const FAIL_FACTOR = 2;

const COLUMNS: Column<Measured>[] = [
  { title: 'step', cell: (row) => `${row.journey}: ${row.action}`, text: true },
  { title: 'req', cell: (row) => String(row.requests) },
  { title: 'commits', cell: (row) => String(row.commits) },
  { title: 'render', cell: (row) => ms(row.renderMs) },
  ...SHIPPED.map((origin): Column<Measured> => ({ title: origin, cell: (row) => ms(row.ms[origin]) })),
  { title: 'main', cell: (row) => ms(row.mainMs) },
  { title: 'style+layout', cell: (row) => ms(row.styleLayoutMs) },
  { title: 'not counted', cell: (row) => `${ms(row.ms.bench)}+${ms(row.ms.harness)}` },
  { title: 'INP = delay+proc+paint', cell: (row) => formatInp(row.inp), text: true },
];

export function printRun(title: string, journeys: Journey[]): void {
  printTable(title, COLUMNS, journeys.flatMap((journey) => journey.steps));
}

function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** What each journey fetched, from the navigation to signed in. */
export function printTransfers(journeys: Journey[]): void {
  printTable(
    'bytes fetched from navigation to signed in, kB as transferred (compressed, headers in); not counted = the bench page\'s share of the entry chunk ' +
      '(the emulator worker fetches its script outside the page: not seen)',
    [
      { title: 'journey', cell: (journey) => journey.name, text: true },
      { title: 'JS', cell: (journey) => kB(journey.transfer.js) },
      { title: 'CSS', cell: (journey) => kB(journey.transfer.css) },
      { title: 'other', cell: (journey) => kB(journey.transfer.other) },
      { title: 'total', cell: (journey) => kB(journey.transfer.js + journey.transfer.css + journey.transfer.other) },
      { title: 'JS chunks', cell: (journey) => String(journey.transfer.jsChunks) },
      { title: 'not counted', cell: (journey) => kB(journey.transfer.harness) },
    ],
    journeys,
  );
}

/** The first screen's figures: the median time of the loads and their largest CLS, against the goal 0 (not failing). */
export function printFirstScreens(screens: FirstScreen[]): void {
  printTable(
    `first screen (password preset), ${screens[0]?.emailMs.length ?? 0} loads each, medians in ms from the navigation: an enabled email field in the DOM, ` +
      'the kit\'s flow/start asked and answered; CLS until the field and the first answer are on screen + 1 s (largest; goal 0, not failing)',
    [
      { title: 'condition', cell: (screen) => screen.condition.name, text: true },
      { title: 'email field ms', cell: (screen) => ms(median(screen.emailMs)) },
      { title: 'start asked', cell: (screen) => ms(median(screen.askedMs)) },
      { title: 'start answered', cell: (screen) => ms(median(screen.answeredMs)) },
      { title: 'CLS', cell: (screen) => Math.max(...screen.cls).toFixed(3) },
      { title: 'goal', cell: (screen) => verdict(Math.max(...screen.cls) === 0), text: true },
    ],
    screens,
  );
}

export function printJourneys(journeys: Journey[]): void {
  for (const { name, steps, loadRequests, paths } of journeys) {
    console.log(`ui: journey ${name}: ${paths.length} requests in all (${loadRequests} on load, ${steps.length} actions): ${paths.join(', ')}`);
  }
}

/** The `count` hottest functions of shipped JavaScript (self time) in each step. */
export function printTop(title: string, journeys: Journey[], count: number): void {
  for (const step of journeys.flatMap((journey) => journey.steps)) {
    printTable(
      `${title}, ${step.journey}: ${step.action}: top ${count} functions by self time`,
      [
        { title: 'ms', cell: (hot) => ms(hot.ms) },
        { title: 'origin', cell: (hot) => hot.origin, text: true },
        { title: 'function', cell: (hot) => hot.label, text: true },
      ],
      step.functions.filter((hot) => hot.origin !== 'bench').slice(0, count),
    );
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function verdict(met: boolean): string {
  return met ? 'met' : 'missed';
}

/** The goals' lines; false when the bench must fail. */
export function summary(unthrottled: Journey[], throttled: Journey[], throttle: number): boolean {
  // Requests and commits as an app sees them: a slowed CPU may let a Suspense fallback commit too.
  const steps = unthrottled.flatMap((journey) => journey.steps);
  // `flow/complete` follows the last step by itself: the API hands out tokens only through it.
  const calls = (step: Measured) => step.paths.filter((path) => !path.startsWith('/v2/flow/complete')).length;
  const requestsOk = steps.every((step) => calls(step) === 1);
  const double = steps.find((step) => step.action.includes('double submit'));
  const doubleOk = double?.requests === 1;
  const maxCommits = Math.max(...steps.map((step) => step.commits));
  const throttledCommits = Math.max(...throttled.flatMap((journey) => journey.steps).map((step) => step.commits));
  const commitsOk = maxCommits <= COMMIT_GOAL;
  console.log(
    `ui: summary: requests per action max ${Math.max(...steps.map(calls))}, flow/complete apart (goal exactly 1: ${verdict(requestsOk)}); ` +
      `extra requests under double submit ${double === undefined ? '?' : double.requests - 1} (goal 0: ${verdict(doubleOk)}); ` +
      `commits per transition max ${maxCommits} (goal ≤ ${COMMIT_GOAL}: ${verdict(commitsOk)}; at ${throttle}× CPU ${throttledCommits})`,
  );

  const main = steps.map((step) => step.mainMs);
  const mainMedian = median(main);
  const script = steps.map((step) => step.mainMs - step.ms.browser - step.ms.gc);
  console.log(
    `ui: summary: main thread per transition, unthrottled: median ${ms(mainMedian)} ms, max ${ms(Math.max(...main))} ms ` +
      `(goal median ≤ ${MAIN_GOAL_MS} ms: ${verdict(mainMedian <= MAIN_GOAL_MS)}; fails past ${MAIN_GOAL_MS * FAIL_FACTOR} ms); ` +
      `of it JavaScript (the kit and its libraries): median ${ms(median(script))} ms, max ${ms(Math.max(...script))} ms`,
  );

  // No entry means no event took 16 ms, the least Event Timing reports.
  const inps = throttled.flatMap((journey) => journey.steps).map((step) => step.inp?.ms ?? 0);
  const maxInp = Math.max(...inps);
  console.log(
    `ui: summary: INP-style per action at ${throttle}× CPU: max ${maxInp === 0 ? '< 16' : Math.round(maxInp)} ms ` +
      `(goal every one ≤ ${INP_GOAL_MS} ms: ${verdict(maxInp <= INP_GOAL_MS)}; fails past ${INP_GOAL_MS * FAIL_FACTOR} ms)`,
  );
  return requestsOk && doubleOk && commitsOk && mainMedian <= MAIN_GOAL_MS * FAIL_FACTOR && maxInp <= INP_GOAL_MS * FAIL_FACTOR;
}
