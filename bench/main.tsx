/**
 * The page `scripts/bench-ui.ts` drives: `<AuthNFlow>` on the emulator, which runs in a Web Worker
 * of this page and is reached through `createEmulatorFetch` (no service worker, no network). Every
 * request the kit makes is counted here, every React commit and its render time by a `Profiler` (the
 * bench build uses React's profiling build), and every slow input event by Event Timing. No
 * StrictMode: it would double the commits being measured.
 */
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthNFlow } from 'authn-flow-kit';
import { createAuthNClient } from 'authn-flow-kit/core';
import { createEmulatorFetch, type EmulatorRequest, type EmulatorResponse } from '@authn-flow-kit/emulator';
import 'authn-flow-kit/styles.css';
import type { Counters, EventEntry } from './page-api.js';
import type { WorkerQuestion, WorkerReply, WorkerRequest } from './worker-protocol.js';

type Pending = (reply: WorkerReply) => void;

// Started by index.html; this reference makes the build emit it.
const worker =
  window.benchWorker ?? new Worker(new URL('./emulator-worker.ts', import.meta.url), { type: 'module', name: window.location.search });
const pending = new Map<number, Pending>();
let nextId = 0;
worker.onmessage = (event: MessageEvent<WorkerReply>) => {
  pending.get(event.data.id)?.(event.data);
  pending.delete(event.data.id);
};

function ask(message: WorkerQuestion): Promise<WorkerReply> {
  const id = (nextId += 1);
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ ...message, id } satisfies WorkerRequest);
  });
}

async function handle(request: EmulatorRequest): Promise<EmulatorResponse> {
  const reply = await ask({ kind: 'handle', request });
  if (reply.kind !== 'handle') {
    throw new Error('The emulator worker answered the wrong question.');
  }
  return reply.response;
}

/** ` (choice)` of a call that names one, so a journey's line says which call each was. */
function choiceOf(body: BodyInit | null | undefined): string {
  if (typeof body !== 'string') {
    return '';
  }
  const parsed: unknown = JSON.parse(body);
  const choice = typeof parsed === 'object' && parsed !== null && 'choice' in parsed ? parsed.choice : undefined;
  return typeof choice === 'string' ? ` (${choice})` : '';
}

const counters: Counters = { requests: 0, inFlight: 0, commits: 0, renderMs: 0, paths: [] };
const events: EventEntry[] = [];
// 16 ms is the lowest threshold Event Timing takes: a quicker event is never reported.
const slowEvents: PerformanceObserverInit & { durationThreshold: number } = { type: 'event', durationThreshold: 16, buffered: true };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as PerformanceEventTiming[]) {
    const { name, startTime, duration, processingStart, processingEnd, interactionId } = entry;
    events.push({ name, startTime, duration, processingStart, processingEnd, interactionId });
  }
}).observe(slowEvents);

const idleWaiters: (() => void)[] = [];
let firstAsked: number | undefined;
let firstAnswered: (at: number) => void = () => undefined;
const firstAnswer = new Promise<number>((resolve) => {
  firstAnswered = resolve;
});
const inPage = createEmulatorFetch({ handle }, { baseUrl: window.location.origin });
const countingFetch: typeof fetch = async (input, init) => {
  firstAsked ??= performance.now();
  counters.requests += 1;
  counters.inFlight += 1;
  counters.paths.push(new URL(input instanceof Request ? input.url : String(input)).pathname + choiceOf(init?.body));
  try {
    return await inPage(input, init);
  } finally {
    counters.inFlight -= 1;
    firstAnswered(performance.now());
    if (counters.inFlight === 0) {
      for (const resolve of idleWaiters.splice(0)) {
        resolve();
      }
    }
  }
};

const noCallInFlight = () =>
  counters.inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve));

function headingShown(name: string): Promise<void> {
  const shown = () =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].some(
      (heading) => heading.textContent?.trim() === name && heading.checkVisibility(),
    );
  return new Promise((resolve) => {
    if (shown()) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (shown()) {
        observer.disconnect();
        resolve();
      }
    });
    // A suspended step's content is hidden by a style and shown again by removing it.
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributeFilter: ['style', 'hidden'] });
  });
}

const twoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * The next step on screen (a heading named `heading`), no call in flight (a background call of the
 * step before, such as a passkey's options, must not land in the next measurement), then two frames:
 * effects that commit right after the new step (focus, announcements) are in. Waited for here rather
 * than by polling from Playwright, whose polling would run on the main thread being measured.
 */
async function settle(heading?: string): Promise<void> {
  if (heading !== undefined) {
    await headingShown(heading);
  }
  await noCallInFlight();
  await twoFrames();
}

const client = createAuthNClient({ baseUrl: `${window.location.origin}/`, clientToken: 'pcl_benchtoken', fetch: countingFetch });

window.bench = {
  counters,
  events,
  settle,
  firstAnswer,
  firstAsked: () => firstAsked,
  outbox: async () => {
    const reply = await ask({ kind: 'outbox' });
    return reply.kind === 'outbox' ? reply.messages : [];
  },
};

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <Profiler
      id="authn-flow"
      onRender={(_id, _phase, actualDuration) => {
        counters.commits += 1;
        counters.renderMs += actualDuration;
      }}
    >
      <AuthNFlow client={client} callbackUrl={false} />
    </Profiler>,
  );
}
