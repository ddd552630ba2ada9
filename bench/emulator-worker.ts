/**
 * The emulator in a Web Worker of the bench page: still in the page and off the network, but off the
 * main thread, so the main thread's script time is the kit's alone.
 */
import { createEmulator, PRESET_NAMES, type EmulatorRequest, type PresetName } from '@authn-flow-kit/emulator';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

const requested = self.name;
const preset: PresetName = PRESET_NAMES.find((name) => name === requested) ?? 'password';
const emulator = createEmulator({ token: 'pcl_benchtoken', config: { preset, scryptCost: 2 ** 10 } });

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  const reply: WorkerReply =
    message.kind === 'handle'
      ? { id: message.id, kind: 'handle', response: await emulator.handle(message.request satisfies EmulatorRequest) }
      : { id: message.id, kind: 'outbox', messages: emulator.outbox() };
  self.postMessage(reply);
};
