import type { OutboxMessage } from '@authn-flow-kit/emulator';

/** What the bench page counts, read by scripts/bench-ui. */
export interface Counters {
  requests: number;
  inFlight: number;
  /** React commits of `<AuthNFlow>` and the Profiler's `actualDuration` summed over them. */
  commits: number;
  renderMs: number;
  paths: string[];
}

/** An Event Timing entry (`PerformanceEventTiming`) as plain data. */
export interface EventEntry {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

export interface BenchPage {
  counters: Counters;
  events: EventEntry[];
  settle: (heading?: string) => Promise<void>;
  /** Settles, with the page time, when the kit's first call (`flow/start`) has its answer. */
  firstAnswer: Promise<number>;
  /** The page time the kit made its first call. */
  firstAsked: () => number | undefined;
  outbox: () => Promise<OutboxMessage[]>;
}

/** Recorded from the document's creation by the harness's init script (scripts/bench-ui/first-screen.ts). */
export interface FirstScreen {
  /** `performance.now()` when an enabled, visible `input[type=email]` was first in the DOM. */
  emailAt: number | undefined;
  /** Layout shifts without recent input: when (page time) and how much. */
  shifts: { at: number; value: number }[];
  emailShown: Promise<void>;
}

declare global {
  interface Window {
    bench: BenchPage;
    benchFirstScreen?: FirstScreen;
    /** The emulator's worker, started by index.html before the page's scripts. */
    benchWorker?: Worker;
  }
}
