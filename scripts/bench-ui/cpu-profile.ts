import type { SourceMaps } from './source-maps.js';

/** The parts of a CDP `Profiler.Profile` read here. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Who a main-thread sample belongs to. Shipped code: the kit, its libraries and the rest of the
 * app's bundle (other libraries, the bundler's runtime). `browser` is the thread outside JavaScript
 * (style, layout, paint, parsing and compiling), `gc` the collector. Not counted: `bench` (the
 * page's counters and the emulator's fetch stand-in, which replaces the network), `harness`
 * (Playwright's scripts, which have no URL) and idle time.
 */
export const SHIPPED = ['kit', 'react', 'valibot', 'xstate', 'query', 'other', 'browser', 'gc'] as const;
export type Origin = (typeof SHIPPED)[number] | 'bench' | 'harness' | 'idle';

export interface HotFunction {
  origin: Origin;
  label: string;
  ms: number;
}

export interface Attribution {
  ms: Record<Origin, number>;
  /** Self time per function of shipped code; a builtin (DOM, Intl…) is named with the function calling it. */
  functions: HotFunction[];
}

const BY_SOURCE: [RegExp, Origin][] = [
  [/node_modules\/(react|react-dom|scheduler)\//, 'react'],
  [/node_modules\/valibot\//, 'valibot'],
  [/node_modules\/(xstate|@xstate\/[\w-]+)\//, 'xstate'],
  [/node_modules\/@tanstack\//, 'query'],
  [/node_modules\//, 'other'],
  [/(^|\/)(bench|emulator)\//, 'bench'],
  [/(^|\/)src\//, 'kit'],
];

/** A chunk without a map goes by the name bench/vite.config.ts gives it. */
const BY_CHUNK: [RegExp, Origin][] = [
  [/\/vendor-react-/, 'react'],
  [/\/vendor-valibot-/, 'valibot'],
  [/\/vendor-xstate-/, 'xstate'],
  [/\/vendor-query-/, 'query'],
];

function shortSource(source: string): string {
  return source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export function emptyMs(): Record<Origin, number> {
  return { kit: 0, react: 0, valibot: 0, xstate: 0, query: 0, other: 0, browser: 0, gc: 0, bench: 0, harness: 0, idle: 0 };
}

export function attribute(profile: CpuProfile, origin: string, maps: SourceMaps): Attribution {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parent.set(child, node.id);
    }
  }
  // Each node's verdict, worked out once: its origin and, for shipped JavaScript, the function.
  const verdicts = new Map<number, { origin: Origin; label?: string }>();
  const verdict = (id: number): { origin: Origin; label?: string } => {
    const known = verdicts.get(id);
    if (known !== undefined) {
      return known;
    }
    const node = byId.get(id);
    let found: { origin: Origin; label?: string };
    if (node === undefined) {
      found = { origin: 'harness' };
    } else {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      if (functionName === '(idle)') {
        found = { origin: 'idle' };
      } else if (functionName === '(program)' || functionName === '(root)') {
        found = { origin: 'browser' };
      } else if (functionName === '(garbage collector)') {
        found = { origin: 'gc' };
      } else if (url === '') {
        // A builtin belongs to its caller; JavaScript with no URL anywhere above is Playwright's.
        const up = parent.get(id);
        const caller: { origin: Origin; label?: string } =
          up === undefined || byId.get(up)?.callFrame.functionName === '(root)' ? { origin: 'harness' } : verdict(up);
        found = caller.label === undefined || functionName === '' ? caller : { ...caller, label: `[${functionName}] ← ${caller.label}` };
      } else if (!url.startsWith(origin)) {
        found = { origin: 'harness' };
      } else {
        const original = maps.lookup(url, lineNumber, columnNumber);
        const chunk = url.slice(origin.length);
        const by = original === undefined ? BY_CHUNK.find(([pattern]) => pattern.test(chunk)) : BY_SOURCE.find(([pattern]) => pattern.test(original.source));
        const label =
          original === undefined
            ? `${functionName || '(anonymous)'} ${chunk}:${lineNumber + 1}:${columnNumber + 1}`
            : `${shortSource(original.source)}:${original.line}  ${clip(original.text)}`;
        found = { origin: by?.[1] ?? 'other', label };
      }
    }
    verdicts.set(id, found);
    return found;
  };

  const ms = emptyMs();
  const functions = new Map<string, HotFunction>();
  const { samples = [], timeDeltas = [] } = profile;
  let sampledAt = profile.startTime;
  for (const [index, id] of samples.entries()) {
    // A sample stands for the time until the next one; the last, until the profile's end.
    sampledAt += timeDeltas[index] ?? 0;
    const span = (timeDeltas[index + 1] ?? Math.max(0, profile.endTime - sampledAt)) / 1000;
    const { origin: from, label } = verdict(id);
    ms[from] += span;
    if (label !== undefined) {
      const hot = functions.get(label) ?? { origin: from, label, ms: 0 };
      hot.ms += span;
      functions.set(label, hot);
    }
  }
  return { ms, functions: [...functions.values()].sort((a, b) => b.ms - a.ms) };
}

/**
 * Sampled time made thread (CPU) time: a sample stands for the wall time since the last one, which
 * on a busy machine includes the time the thread waited for a core. The thread's own clock, the
 * tasks' thread time Chromium keeps (`TaskDuration` in the Performance domain), is shared out in
 * proportion to the samples. Time in DevTools commands (Playwright's, the profiler's) is the
 * harness's; what of it ran no JavaScript was sampled as `browser`, and comes off that.
 */
export function threadTime(sampled: Attribution, tasksMs: number, devToolsMs: number): Attribution {
  const busy = Object.entries(sampled.ms).reduce((sum, [origin, ms]) => (origin === 'idle' ? sum : sum + ms), 0);
  const scale = busy === 0 ? 0 : tasksMs / busy;
  const ms = emptyMs();
  for (const origin of Object.keys(ms) as Origin[]) {
    ms[origin] = origin === 'idle' ? sampled.ms.idle : sampled.ms[origin] * scale;
  }
  const nativeHarness = Math.min(ms.browser, Math.max(0, devToolsMs - ms.harness));
  ms.browser -= nativeHarness;
  ms.harness += nativeHarness;
  return { ms, functions: sampled.functions.map((hot) => ({ ...hot, ms: hot.ms * scale })) };
}

export function shippedMs(ms: Record<Origin, number>): number {
  return SHIPPED.reduce((sum, origin) => sum + ms[origin], 0);
}
