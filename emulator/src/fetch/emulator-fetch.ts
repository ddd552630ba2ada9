import type { Emulator } from '../create-emulator.js';
import { fromFetchRequest, toFetchResponse } from '../http/from-fetch-request.js';

export interface EmulatorFetchOptions {
  /**
   * The base URL the client is given; requests are answered as if the emulator were served there.
   * @default 'http://emulator.local'
   */
  baseUrl?: string;
}

/**
 * A `fetch` that answers from an emulator in the same page or process, with no network, service
 * worker or server: pass it to `createAuthNClient({ baseUrl, fetch })`. Useful where MSW cannot
 * run (a worker-less page, a benchmark that must not count a worker's hop). Anything with the
 * emulator's `handle` serves, e.g. a proxy to an emulator in a Web Worker.
 */
export function createEmulatorFetch(
  emulator: Pick<Emulator, 'handle'>,
  options: EmulatorFetchOptions = {},
): typeof fetch {
  const baseUrl = (options.baseUrl ?? 'http://emulator.local').replace(/\/+$/, '');
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const answer = await emulator.handle({ ...(await fromFetchRequest(request, url.pathname + url.search)), baseUrl });
    return toFetchResponse(answer);
  };
}
