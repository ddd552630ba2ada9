import type { CDPSession, Locator, Page } from 'playwright-core';
import type { Counters, EventEntry } from '../../bench/page-api.js';
import { attribute, shippedMs, threadTime, type HotFunction, type Origin } from './cpu-profile.js';
import { inpOf, type Inp } from './event-timing.js';
import { nativeTime, type NativeTime } from './native-time.js';
import type { SourceMaps } from './source-maps.js';
import { startTrace } from './trace.js';
import { recordTransfer, type Transfer } from './transfer.js';

export interface Measured {
  journey: string;
  action: string;
  requests: number;
  paths: string[];
  commits: number;
  /** The React Profiler's `actualDuration` of `<AuthNFlow>`, summed over the transition's commits. */
  renderMs: number;
  /** Main-thread time by origin, and the shipped part of it (the kit, its libraries, the browser). */
  ms: Record<Origin, number>;
  mainMs: number;
  /** Style recalculation and layout, forced by script or not: a part of `mainMs` (and of the harness's time). */
  styleLayoutMs: number;
  inp: Inp | undefined;
  functions: HotFunction[];
  /** The main thread's time by trace event, over the profile's window. */
  native: NativeTime;
}

/** What the user does, made ready beforehand (the target on screen and still) so only the act is timed. */
export type Prepare = () => Promise<() => Promise<void>>;

/** A page of the bench and the CDP session that profiles its main thread. */
export interface Bench {
  page: Page;
  cdp: CDPSession;
  origin: string;
  maps: SourceMaps;
  /** The bytes fetched since the navigation. */
  transfer: () => Transfer;
}

async function snapshot(page: Page): Promise<{ counters: Counters; events: EventEntry[]; now: number }> {
  return page.evaluate(() => ({
    counters: { ...window.bench.counters, paths: [...window.bench.counters.paths] },
    events: [...window.bench.events],
    now: performance.now(),
  }));
}

async function settled(page: Page, heading?: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No settled step${heading === undefined ? '' : ` "${heading}"`} within 15 s.`)), 15_000);
  });
  try {
    await Promise.race([page.evaluate((name) => window.bench.settle(name), heading), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The main thread's task time, the part of it spent on DevTools commands and the part on style and
 * layout (wherever they were triggered), in thread (CPU) ms.
 */
async function threadClock(cdp: CDPSession): Promise<{ tasks: number; devTools: number; styleLayout: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    tasks: value('TaskDuration'),
    devTools: value('DevToolsCommandDuration'),
    styleLayout: value('RecalcStyleDuration') + value('LayoutDuration'),
  };
}

export interface BenchOptions {
  cpuRate: number;
  samplingUs: number;
}

export async function openBench(page: Page, origin: string, maps: SourceMaps, preset: string, options: BenchOptions): Promise<Bench> {
  const cdp = await page.context().newCDPSession(page);
  const transfer = await recordTransfer(cdp, maps);
  await page.goto(`${origin}/?preset=${preset}`);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: options.samplingUs });
  await page.getByLabel('Email').waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
  return { page, cdp, origin, maps, transfer };
}

/** A click at the target's centre, as the mouse sends it: a trusted event, which Event Timing times. */
export function clickOn(target: Locator, inPage?: (button: HTMLElement) => void): Prepare {
  return async () => {
    await target.click({ trial: true });
    if (inPage !== undefined) {
      await target.evaluate(inPage);
    }
    const box = await target.boundingBox();
    if (box === null) {
      throw new Error('The target of a click has no box.');
    }
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    // The pointer is over the target already: hovering is not the action.
    await target.page().mouse.move(x, y);
    return () => target.page().mouse.click(x, y);
  };
}

/** From the act to the next step (its heading) on screen and settled. */
export async function measure(bench: Bench, journey: string, action: string, prepare: Prepare, heading: string): Promise<Measured> {
  const { page, cdp } = bench;
  await settled(page);
  const act = await prepare();
  const before = await snapshot(page);
  // The trace runs around the profile and is cut to its window: both clocks are the browser's.
  const stopTrace = await startTrace(cdp);
  await cdp.send('Profiler.start');
  const clockBefore = await threadClock(cdp);
  await act();
  await settled(page, heading);
  const clockAfter = await threadClock(cdp);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = await stopTrace();
  const after = await snapshot(page);
  const sampled = attribute(profile, bench.origin, bench.maps);
  const { ms, functions } = threadTime(sampled, clockAfter.tasks - clockBefore.tasks, clockAfter.devTools - clockBefore.devTools);
  return {
    journey,
    action,
    requests: after.counters.requests - before.counters.requests,
    paths: after.counters.paths.slice(before.counters.paths.length),
    commits: after.counters.commits - before.counters.commits,
    renderMs: after.counters.renderMs - before.counters.renderMs,
    ms,
    mainMs: shippedMs(ms),
    styleLayoutMs: clockAfter.styleLayout - clockBefore.styleLayout,
    inp: inpOf(after.events, before.now),
    functions,
    native: nativeTime(trace, profile.startTime, profile.endTime),
  };
}

export async function counters(page: Page): Promise<Counters> {
  return (await snapshot(page)).counters;
}
