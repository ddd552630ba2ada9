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
  outbox: () => Promise<OutboxMessage[]>;
}

declare global {
  interface Window {
    bench: BenchPage;
  }
}
