import { ACTION } from './event-timing.js';
import { animationsOf, pageMainThread, type TraceEvent } from './trace.js';

/**
 * Where the renderer main thread's time goes, by trace event: `script` runs JavaScript (the CPU
 * profile splits it by origin; DOM calls made from it are in it), `frame` is the frame pipeline's
 * own work around style, layout and paint (begin a frame, tick animations, hand the frame over),
 * `input` the native side of an input event (routing it, hit tests, dispatch).
 */
export const BUCKETS = ['script', 'compile', 'style', 'layout', 'paint', 'frame', 'input', 'gc', 'parse', 'other'] as const;
export type Bucket = (typeof BUCKETS)[number];
/** DevTools' commands (Playwright's, the profiler's): the harness, not counted. */
type Owner = Bucket | 'harness';

export interface NativeTime {
  /** Self (thread) ms per bucket, from the tasks within the window. */
  ms: Record<Bucket, number>;
  harnessMs: number;
  /** Self ms by the event it was spent in, per bucket: what a bucket is made of. */
  names: Record<Bucket, Record<string, number>>;
  /** Main-thread frame updates (BeginMainFrame) in the window. */
  frames: number;
  /** CSS animations the renderer reported in the window, and whether they could run off the main thread. */
  animations: string[];
  /** The action's own events (Event Timing's, see event-timing.ts), nested work included. */
  action: ActionTime;
}

/**
 * What the action's events cost on the thread: their handlers and what those ran or forced, such as
 * React's render and commit in the microtask after a handler, and the style and layout a `focus()`
 * forces. INP's processing is this in wall time; its presentation is the next frame's.
 */
export interface ActionTime {
  /** Self (thread) ms per bucket. */
  ms: Record<Bucket, number>;
  /** Elements whose style was recalculated, summed over the recalculations. */
  styled: number;
  /** Layout objects laid out, summed over the layouts. */
  laidOut: number;
}

const NAMED: [Bucket, string[]][] = [
  ['script', ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'V8.Execute', 'RunMicrotasks',
    'BlinkScheduler_PerformMicrotaskCheckpoint', 'FireAnimationFrame', 'TimerFire', 'HandlePostMessage', 'FireIdleCallback']],
  ['style', ['UpdateLayoutTree', 'RecalculateStyles']],
  ['layout', ['Layout']],
  ['paint', ['PrePaint', 'Paint', 'PaintImage', 'UpdateLayer', 'UpdateLayerTree', 'Layerize', 'Commit', 'CompositeLayers']],
  ['input', ['HitTest', 'EventDispatch']],
  ['parse', ['ParseHTML', 'ParseAuthorStyleSheet']],
];
const BY_NAME = new Map(NAMED.flatMap(([bucket, names]) => names.map((name) => [name, bucket] as const)));
const BY_PATTERN: [RegExp, Bucket][] = [
  [/^(v8\.(compile|parse|produce|consume|deserialize)|V8\.Compile|Compile(Script|Code))/i, 'compile'],
  [/^(MinorGC|MajorGC|V8\.GC|BlinkGC|CppGC)/, 'gc'],
];
/**
 * A task by where it was posted from: the frame pipeline's (begin a frame, hear of its
 * presentation) and input's own time sit in tasks with no DevTools event of their own.
 */
const TASKS: [RegExp, Bucket][] = [
  [/^cc\//, 'frame'],
  [/\/widget\/input\//, 'input'],
];
const FRAME_TASK = 'ScheduledActionSendBeginMainFrame';

interface Span {
  name: string;
  start: number;
  end: number;
  /** Thread µs, or wall µs where the event has no thread clock. */
  time: number;
  childTime: number;
  owner: Owner;
  counted: boolean;
  /** Within one of the action's own events. */
  inAction: boolean;
}

function number(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function isActionEvent(event: TraceEvent): boolean {
  const data = event.args?.['data'] as { type?: string } | undefined;
  return event.name === 'EventDispatch' && ACTION.has(data?.type ?? '');
}

function text(event: TraceEvent, key: string): string {
  const value = event.args?.[key];
  return typeof value === 'string' ? value : '';
}

function mojoTag(event: TraceEvent): string {
  return (event.args?.['chrome_mojo_event_info'] as { mojo_interface_tag?: string } | undefined)?.mojo_interface_tag ?? '';
}

function ownerOf(event: TraceEvent): Owner | undefined {
  // DevTools' messages come by mojo, or by the inspector's own task runner while the page is busy.
  const src = text(event, 'src_file');
  if ((event.name === 'Receive mojo message' && mojoTag(event).includes('DevToolsSession')) || src.includes('/inspector_task_runner.')) {
    return 'harness';
  }
  if (event.name === 'ThreadControllerImpl::RunTask') {
    return TASKS.find(([pattern]) => pattern.test(src))?.[1];
  }
  return BY_NAME.get(event.name) ?? BY_PATTERN.find(([pattern]) => pattern.test(event.name))?.[1];
}

/**
 * An event's name for "made of": a task by the file and function that posted it, a message by its
 * interface, style and layout run inside script (forced, synchronous) apart from the frame's own.
 */
function labelOf(event: TraceEvent, parent: Owner | undefined): string {
  if (event.name === 'ThreadControllerImpl::RunTask') {
    return `task ${text(event, 'src_file').replace(/^.*\/|\.\w+$/g, '')}:${text(event, 'src_func')}`;
  }
  if (event.name === 'Receive mojo message') {
    return `mojo ${mojoTag(event)}`;
  }
  const forced = parent === 'script' && (BY_NAME.get(event.name) === 'style' || BY_NAME.get(event.name) === 'layout');
  return forced ? `${event.name} (forced)` : event.name;
}

/** The thread's complete events, B/E pairs made complete too. */
function completeEvents(events: TraceEvent[]): TraceEvent[] {
  const complete: TraceEvent[] = [];
  const open: TraceEvent[] = [];
  for (const event of events) {
    if (event.ph === 'X' && event.dur !== undefined) {
      complete.push(event);
    } else if (event.ph === 'B') {
      open.push(event);
    } else if (event.ph === 'E') {
      const begin = open.pop();
      if (begin !== undefined) {
        const tdur = begin.tts === undefined || event.tts === undefined ? undefined : event.tts - begin.tts;
        complete.push({ ...begin, ph: 'X', dur: event.ts - begin.ts, ...(tdur === undefined ? {} : { tdur }) });
      }
    }
  }
  return complete.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/**
 * The main thread's self time per bucket over the tasks within [startUs, endUs] (trace clock): the
 * DevTools commands that start and stop the profile straddle its ends and are left out.
 */
export function nativeTime(events: TraceEvent[], startUs: number, endUs: number): NativeTime {
  const { pid, tid } = pageMainThread(events);
  const ms = Object.fromEntries(BUCKETS.map((bucket) => [bucket, 0])) as Record<Bucket, number>;
  const names = Object.fromEntries(BUCKETS.map((bucket) => [bucket, {}])) as Record<Bucket, Record<string, number>>;
  const spans: Span[] = [];
  const stack: Span[] = [];
  let frames = 0;
  const action: ActionTime = { ms: Object.fromEntries(BUCKETS.map((bucket) => [bucket, 0])) as Record<Bucket, number>, styled: 0, laidOut: 0 };
  for (const event of completeEvents(events.filter((candidate) => candidate.pid === pid && candidate.tid === tid))) {
    while ((stack.at(-1)?.end ?? Infinity) <= event.ts) {
      stack.pop();
    }
    const parent = stack.at(-1);
    const end = event.ts + (event.dur ?? 0);
    const time = event.tdur ?? event.dur ?? 0;
    const span: Span = {
      name: labelOf(event, parent?.owner),
      start: event.ts,
      end,
      time,
      childTime: 0,
      owner: 'other',
      counted: false,
      inAction: parent?.inAction === true || isActionEvent(event),
    };
    // Self time goes to the innermost event that names a bucket; what the harness started stays the harness's.
    const own = ownerOf(event);
    span.owner = parent?.owner === 'harness' ? 'harness' : (own ?? parent?.owner ?? 'other');
    span.counted = parent === undefined ? span.start >= startUs && span.end <= endUs : parent.counted;
    if (parent !== undefined) {
      parent.childTime += span.time;
    }
    stack.push(span);
    spans.push(span);
    frames += span.counted && event.name === 'ThreadControllerImpl::RunTask' && text(event, 'src_func') === FRAME_TASK ? 1 : 0;
    if (span.counted && span.inAction && span.owner !== 'harness') {
      action.styled += event.name === 'UpdateLayoutTree' ? number(event.args?.['elementCount']) : 0;
      const begin = event.args?.['beginData'] as { dirtyObjects?: unknown } | undefined;
      action.laidOut += event.name === 'Layout' ? number(begin?.dirtyObjects) : 0;
    }
  }
  let harnessUs = 0;
  for (const span of spans.filter((candidate) => candidate.counted)) {
    const self = Math.max(0, span.time - span.childTime);
    if (span.owner === 'harness') {
      harnessUs += self;
    } else {
      ms[span.owner] += self / 1000;
      names[span.owner][span.name] = (names[span.owner][span.name] ?? 0) + self / 1000;
      action.ms[span.owner] += span.inAction ? self / 1000 : 0;
    }
  }
  return { ms, harnessMs: harnessUs / 1000, names, frames, animations: animationsOf(events, pid, startUs, endUs), action };
}
