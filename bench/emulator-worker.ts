/**
 * The emulator in a Web Worker of the bench page: still in the page and off the network, but off the
 * main thread, so the main thread's script time is the kit's alone.
 */
import { createEmulator, PRESET_NAMES, type EmulatorRequest, type PresetName } from '@authn-flow-kit/emulator';
import { workerOptionsOf } from './worker-protocol.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

const options = workerOptionsOf(self.name);
const preset: PresetName = PRESET_NAMES.find((name) => name === options.preset) ?? 'password';
const emulator = createEmulator({ token: 'pcl_benchtoken', config: { preset, scryptCost: 2 ** 10 } });
// Only the first start waits: the round trip a real service takes before the first screen.
let startDelayMs = options.startDelayMs;

async function answer(request: EmulatorRequest) {
  const response = await emulator.handle(request);
  if (startDelayMs > 0 && request.path.startsWith('/v2/flow/start')) {
    const delay = startDelayMs;
    startDelayMs = 0;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  return response;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  const reply: WorkerReply =
    message.kind === 'handle'
      ? { id: message.id, kind: 'handle', response: await answer(message.request satisfies EmulatorRequest) }
      : { id: message.id, kind: 'outbox', messages: emulator.outbox() };
  self.postMessage(reply);
};
