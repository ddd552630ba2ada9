import type { CDPSession } from 'playwright-core';

/** The parts of a Chromium trace event (the JSON trace format) read here. */
export interface TraceEvent {
  name: string;
  cat: string;
  /** X: complete (ts + dur), B/E: begin/end on one thread, M: metadata; the rest (async, instant) only counted. */
  ph: string;
  pid: number;
  tid: number;
  /** Wall clock, µs: the same clock as a CPU profile's `startTime`/`endTime`. */
  ts: number;
  dur?: number;
  /** Thread (CPU) clock, µs: the bench's figures are thread time, not time spent waiting for a core. */
  tts?: number;
  tdur?: number;
  args?: Record<string, unknown>;
}

/**
 * The renderer main thread's tasks (`toplevel`) and DevTools' own events nested in them. Categories
 * cost the page per event: adding `v8`, `blink`, `cc` and `input` made the transitions a third
 * slower on the bench machine, these few did not measurably; no sampling (the CPU profile samples).
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

export type StopTrace = () => Promise<TraceEvent[]>;

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const chunks: string[] = [];
  for (;;) {
    const { data, base64Encoded, eof } = await cdp.send('IO.read', { handle, size: 1 << 20 });
    chunks.push(base64Encoded === true ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) {
      break;
    }
  }
  await cdp.send('IO.close', { handle });
  return chunks.join('');
}

/** Starts a trace of the whole browser; the returned function ends it and hands its events over. */
export async function startTrace(cdp: CDPSession): Promise<StopTrace> {
  // A stream, not `dataCollected` events: the trace is read once, after the action, off the page's clock.
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return async () => {
    const complete = new Promise<string>((resolve, reject) => {
      cdp.once('Tracing.tracingComplete', ({ stream, dataLossOccurred }) => {
        if (stream === undefined || dataLossOccurred) {
          reject(new Error('The trace came back without its stream, or lost data.'));
        } else {
          resolve(stream);
        }
      });
    });
    await cdp.send('Tracing.end');
    const parsed: unknown = JSON.parse(await readStream(cdp, await complete));
    // The JSON trace format is either an array of events or an object holding them.
    const events = Array.isArray(parsed) ? parsed : (parsed as { traceEvents?: unknown }).traceEvents;
    if (!Array.isArray(events)) {
      throw new Error('The trace holds no events.');
    }
    return events as TraceEvent[];
  };
}

/**
 * The page's renderer main thread. Other pages' renderers may still be alive, so the page's
 * process comes from the browser's note of the traced frame, and the thread from its name.
 */
export function pageMainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const data = started?.args?.['data'] as { frames?: { processId?: number; isOutermostMainFrame?: boolean }[] } | undefined;
  const frame = data?.frames?.find((candidate) => candidate.isOutermostMainFrame === true) ?? data?.frames?.[0];
  const pid = frame?.processId;
  const thread = events.find(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === pid && event.args?.['name'] === 'CrRendererMain',
  );
  if (pid === undefined || thread === undefined) {
    throw new Error('The trace names no main thread of the page\'s renderer.');
  }
  return { pid, tid: thread.tid };
}

/** The renderer's `Animation` events in the window: a CSS animation's name, and "main" when it could not run on the compositor. */
export function animationsOf(events: TraceEvent[], pid: number, startUs: number, endUs: number): string[] {
  const found = new Set<string>();
  for (const event of events) {
    if (event.pid === pid && event.name === 'Animation' && event.ts >= startUs && event.ts < endUs) {
      const data = event.args?.['data'] as { name?: string; displayName?: string; compositeFailed?: number } | undefined;
      const name = data?.displayName ?? data?.name;
      if (name !== undefined && name !== '') {
        found.add((data?.compositeFailed ?? 0) === 0 ? name : `${name} (main)`);
      }
    }
  }
  return [...found];
}
