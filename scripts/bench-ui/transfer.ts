import type { CDPSession } from 'playwright-core';
import type { SourceMaps } from './source-maps.js';

/** Bytes over the wire (compressed, headers included) of a page load and what followed it. */
export interface Transfer {
  js: number;
  css: number;
  other: number;
  /** Script responses of the app (the kit, its libraries): its chunks fetched. */
  jsChunks: number;
  /** Not counted: the bench's own code, its emulator worker and the bench page's part of the entry chunk. */
  harness: number;
}

/** The bench's own sources, as the chunks' maps name them. */
const HARNESS_SOURCE = /(^|\/)(bench|emulator)\//;
/** Chunks of the bench alone, by name. */
const HARNESS_CHUNK = /\/emulator-worker-[\w-]+\.js$/;

interface Response {
  url: string;
  type: string | undefined;
}

/**
 * Counts every response the page's session sees from the moment it is called; call it before the
 * navigation. Sizes are CDP's `encodedDataLength` at `Network.loadingFinished`. A chunk that mixes
 * the app and the bench page (the entry) is split in proportion to its map's characters.
 */
export async function recordTransfer(cdp: CDPSession, maps: SourceMaps): Promise<() => Transfer> {
  const responses = new Map<string, Response>();
  const transfer: Transfer = { js: 0, css: 0, other: 0, jsChunks: 0, harness: 0 };
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    responses.set(requestId, { url: response.url, type });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    if (response === undefined) {
      return;
    }
    const { url, type } = response;
    // The browser's own request, not the app's.
    if (url.endsWith('/favicon.ico')) {
      return;
    }
    if (HARNESS_CHUNK.test(url)) {
      transfer.harness += encodedDataLength;
    } else if (type === 'Script' || url.endsWith('.js')) {
      const harness = Math.round(encodedDataLength * (maps.share(url, HARNESS_SOURCE) ?? 0));
      transfer.harness += harness;
      transfer.js += encodedDataLength - harness;
      transfer.jsChunks += 1;
    } else if (type === 'Stylesheet' || url.endsWith('.css')) {
      transfer.css += encodedDataLength;
    } else {
      transfer.other += encodedDataLength;
    }
  });
  await cdp.send('Network.enable');
  return () => ({ ...transfer });
}
