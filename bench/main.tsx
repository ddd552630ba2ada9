/**
 * The page `scripts/bench-ui.ts` drives: `<AuthNFlow>` on the emulator, which runs in a Web Worker
 * of this page and is reached through `createEmulatorFetch` (no service worker, no network). Every
 * request the kit makes is counted here and every React commit by a `Profiler` (the bench build uses
 * React's profiling build). No StrictMode: it would double the commits being measured.
 */
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthNFlow } from 'authn-flow-kit';
import { createAuthNClient } from 'authn-flow-kit/core';
import {
  createEmulatorFetch,
  type EmulatorRequest,
  type EmulatorResponse,
  type OutboxMessage,
} from '@authn-flow-kit/emulator';
import 'authn-flow-kit/styles.css';
import type { WorkerQuestion, WorkerReply, WorkerRequest } from './worker-protocol.js';

type Pending = (reply: WorkerReply) => void;

// The worker's name carries the preset asked for in `?preset=`.
const preset = new URLSearchParams(window.location.search).get('preset') ?? 'password';
const worker = new Worker(new URL('./emulator-worker.ts', import.meta.url), { type: 'module', name: preset });
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

const counters = { requests: 0, inFlight: 0, commits: 0, paths: [] as string[] };
const inPage = createEmulatorFetch({ handle }, { baseUrl: window.location.origin });
const countingFetch: typeof fetch = async (input, init) => {
  counters.requests += 1;
  counters.inFlight += 1;
  counters.paths.push(new URL(input instanceof Request ? input.url : String(input)).pathname + choiceOf(init?.body));
  try {
    return await inPage(input, init);
  } finally {
    counters.inFlight -= 1;
  }
};

const client = createAuthNClient({ baseUrl: `${window.location.origin}/`, clientToken: 'pcl_benchtoken', fetch: countingFetch });

declare global {
  interface Window {
    bench: { counters: typeof counters; outbox: () => Promise<OutboxMessage[]> };
  }
}
window.bench = {
  counters,
  outbox: async () => {
    const reply = await ask({ kind: 'outbox' });
    return reply.kind === 'outbox' ? reply.messages : [];
  },
};

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <Profiler id="authn-flow" onRender={() => (counters.commits += 1)}>
      <AuthNFlow client={client} callbackUrl={false} />
    </Profiler>,
  );
}
