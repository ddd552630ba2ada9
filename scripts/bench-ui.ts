/**
 * What a user's action costs in the browser: `tsx scripts/bench-ui.ts [--top[=N]] [--sampling=µs]`.
 *
 * Builds bench/ (the kit and an in-page emulator, production mode, vendor chunks and source maps),
 * serves it, and walks journeys in Chromium, once as is and once with the CPU slowed 4×. For each
 * step transition (from the user's click or key to the next step on screen and settled) a table
 * gives the requests the kit made, the React commits of `<AuthNFlow>` and their Profiler
 * `actualDuration`, the main thread's time by origin from a sampled CPU profile (the emulator runs
 * in a Web Worker and is not in it) and an INP-style figure from Event Timing. `--top` adds the
 * hottest functions of each transition; `--sampling` sets the profiler's interval (finer costs the
 * page more). A Chromium trace, recorded with the profile, splits the main thread by trace event
 * (script, style, layout, paint…), which names the native work the profile sees only as `browser`.
 * Typing is done before a measurement starts.
 * Then, per journey, the bytes fetched from the navigation to signed in (JS, CSS, other, JS chunks);
 * and the first screen: the time from the navigation to an enabled email field and the layout shift
 * (CLS, goal 0, printed but not failing yet), as is, at 4× and with the first answer 300 ms late.
 * Goals: exactly one request per action, none extra under a double submit, at most two commits,
 * a median main-thread time ≤ 4 ms unthrottled, every INP ≤ 100 ms at 4×. Exits non-zero when a
 * request or commit goal is missed, or a time goal by more than twice.
 */
import { availableParallelism, loadavg } from 'node:os';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import { walkJourneys } from './bench-ui/journeys.js';
import { measureFirstScreens, type FirstScreenCondition } from './bench-ui/first-screen.js';
import { printNative } from './bench-ui/native-report.js';
import { printFirstScreens, printJourneys, printRun, printTop, printTransfers, summary } from './bench-ui/report.js';
import { SourceMaps } from './bench-ui/source-maps.js';

const CONFIG = 'bench/vite.config.ts';
const THROTTLE = 4;
/** A real service's round trip before the first answer. */
const START_DELAY_MS = 300;
const FIRST_SCREENS: FirstScreenCondition[] = [
  { name: 'unthrottled', preset: 'password', cpuRate: 1, startDelayMs: 0 },
  { name: `CPU ${THROTTLE}×`, preset: 'password', cpuRate: THROTTLE, startDelayMs: 0 },
  { name: `first answer +${START_DELAY_MS} ms`, preset: 'password', cpuRate: 1, startDelayMs: START_DELAY_MS },
  { name: `CPU ${THROTTLE}×, first answer +${START_DELAY_MS} ms`, preset: 'password', cpuRate: THROTTLE, startDelayMs: START_DELAY_MS },
  // Providers and a passkey come with the answer, under the form; the page reserves no height for them.
  { name: `providers, CPU ${THROTTLE}×, first answer +${START_DELAY_MS} ms`, preset: 'everything', cpuRate: THROTTLE, startDelayMs: START_DELAY_MS },
];
const FIRST_SCREEN_RUNS = 3;

/** `--name` or `--name=value` from the command line: `fallback` when absent, `bare` when valueless. */
function flag(name: string, fallback: number, bare: number): number {
  const arg = process.argv.slice(2).find((candidate) => candidate === `--${name}` || candidate.startsWith(`--${name}=`));
  return arg === undefined ? fallback : Number(arg.split('=')[1] ?? bare);
}

async function main(): Promise<void> {
  const started = performance.now();
  // The times follow the load other processes put on the machine (a shared host): printed with them.
  console.log(
    `ui: machine: ${availableParallelism()} cores, load average before the bench ${(loadavg()[0] ?? 0).toFixed(1)} ` +
      '(1 min): a load near or above the core count slows every time below',
  );
  await build({ configFile: CONFIG, mode: 'production' });
  const server = await preview({ configFile: CONFIG, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    throw new Error('The bench page server has no port.');
  }
  const origin = `http://127.0.0.1:${address.port}`;
  const maps = new SourceMaps(server.config.build.outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const newPage = () => browser.newPage();
    // Every 200 µs: finer sampling slowed the page by a fifth on the bench machine.
    const samplingUs = flag('sampling', 200, 200);
    const unthrottled = await walkJourneys(newPage, origin, maps, { cpuRate: 1, samplingUs });
    const throttled = await walkJourneys(newPage, origin, maps, { cpuRate: THROTTLE, samplingUs });
    const firstScreens = await measureFirstScreens(newPage, origin, FIRST_SCREENS, FIRST_SCREEN_RUNS);
    printRun(
      'unthrottled: main-thread CPU ms by origin (main = their sum); render = the Profiler\'s actualDuration (wall ms); ' +
        'not counted = bench page + harness; INP in ms (8 ms steps)',
      unthrottled,
    );
    printRun(`CPU throttled ${THROTTLE}×`, throttled);
    printNative('unthrottled', unthrottled);
    printNative(`CPU throttled ${THROTTLE}×`, throttled);
    printJourneys(unthrottled);
    printTransfers(unthrottled);
    printFirstScreens(firstScreens);
    const top = flag('top', 0, 10);
    if (top > 0) {
      printTop('unthrottled', unthrottled, top);
    }
    if (!summary(unthrottled, throttled, THROTTLE)) {
      process.exitCode = 1;
    }
    console.log(`ui: bench took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
