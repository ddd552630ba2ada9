import { shippedMs } from './cpu-profile.js';
import type { Journey } from './journeys.js';
import type { Measured } from './measure.js';
import { BUCKETS, type Bucket } from './native-time.js';
import { median } from './report.js';
import { ms, printTable, type Column } from './table.js';

const TOP_NAMES = 3;

function traced(row: Measured): number {
  return BUCKETS.reduce((sum, bucket) => sum + row.native.ms[bucket], 0);
}

/** What the profile counts as the page's: the shipped origins and the bench page, the trace's `sum` without the harness. */
function profiled(row: Measured): number {
  return shippedMs(row.ms) + row.ms.bench;
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${ms(value)}`;
}

const COLUMNS: Column<Measured>[] = [
  { title: 'step', cell: (row) => `${row.journey}: ${row.action}`, text: true },
  ...BUCKETS.map((bucket): Column<Measured> => ({ title: bucket, cell: (row) => ms(row.native.ms[bucket]) })),
  { title: 'sum', cell: (row) => ms(traced(row)) },
  { title: 'vs profile', cell: (row) => signed(traced(row) - profiled(row)) },
  { title: 'harness', cell: (row) => ms(row.native.harnessMs) },
  { title: 'frames', cell: (row) => String(row.native.frames) },
  { title: 'CSS animations', cell: (row) => row.native.animations.join(', ') || '-', text: true },
];

/** The buckets an action's own events spend time in; the others (paint, frame, parse) belong to frames. */
const ACTION_BUCKETS = ['script', 'compile', 'style', 'layout', 'input', 'gc', 'other'] as const satisfies readonly Bucket[];

const ACTION_COLUMNS: Column<Measured>[] = [
  { title: 'step', cell: (row) => `${row.journey}: ${row.action}`, text: true },
  ...ACTION_BUCKETS.map((bucket): Column<Measured> => ({ title: bucket, cell: (row) => ms(row.native.action.ms[bucket]) })),
  { title: 'sum', cell: (row) => ms(BUCKETS.reduce((sum, bucket) => sum + row.native.action.ms[bucket], 0)) },
  { title: 'elements styled', cell: (row) => String(row.native.action.styled) },
  { title: 'objects laid out', cell: (row) => String(row.native.action.laidOut) },
];

/** The top event names of a bucket, as mean ms per transition. */
function madeOf(steps: Measured[], bucket: Bucket): string {
  const totals = new Map<string, number>();
  for (const step of steps) {
    for (const [name, value] of Object.entries(step.native.names[bucket])) {
      totals.set(name, (totals.get(name) ?? 0) + value);
    }
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_NAMES)
    .map(([name, value]) => `${name} ${ms(value / steps.length)}`)
    .join(', ');
}

/**
 * The main thread by trace event per transition, a median line, and per bucket its median and the
 * events it is made of, so the profile's `browser` column (time outside JavaScript) has its parts.
 */
export function printNative(title: string, journeys: Journey[]): void {
  const steps = journeys.flatMap((journey) => journey.steps);
  printTable(
    `${title}: main-thread thread ms by trace event (self time; tasks within the profile's window); ` +
      'sum = the buckets, vs profile = sum − (main + bench) of the profile table; harness = DevTools commands; ' +
      'frames = main-thread frame updates',
    COLUMNS,
    steps,
  );
  printTable(
    `${title}: the action's own events (pointerup, mouseup, click; or the keys'), thread ms with what they ran and forced ` +
      '(a handler, React\'s render and commit after it, style and layout a focus() forces): INP\'s processing; ' +
      'styled and laid out = elements and layout objects, summed over the recalculations',
    ACTION_COLUMNS,
    steps,
  );
  const medians = BUCKETS.map((bucket) => `${bucket} ${ms(median(steps.map((step) => step.native.ms[bucket])))}`);
  console.log(
    `ui: ${title}: trace median per transition: ${medians.join(', ')}; sum ${ms(median(steps.map(traced)))}, ` +
      `vs profile ${signed(median(steps.map((step) => traced(step) - profiled(step))))}`,
  );
  printTable(
    `${title}: what each bucket is made of, top ${TOP_NAMES} events by self time (mean ms per transition)`,
    [
      { title: 'bucket', cell: (bucket) => bucket, text: true },
      { title: 'median', cell: (bucket) => ms(median(steps.map((step) => step.native.ms[bucket]))) },
      { title: 'events', cell: (bucket) => madeOf(steps, bucket), text: true },
    ],
    [...BUCKETS],
  );
}
