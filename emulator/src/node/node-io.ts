import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../http/body-limit.js';
import type { EmulatorResponse } from '../http/types.js';

export type BodyRead = { ok: true; text: string } | { ok: false };

/**
 * Reads the body as UTF-8. Past MAX_BODY_BYTES it stops keeping chunks: what it has is already
 * over the limit, which is all the engine needs to answer 413. The rest is still drained,
 * because answering mid-upload makes clients see a reset connection instead of the 413.
 */
export function readBody(req: IncomingMessage): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    req.on('data', (chunk: Buffer) => {
      if (kept > MAX_BODY_BYTES) {
        return;
      }
      chunks.push(chunk);
      kept += chunk.length;
    });
    req.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => resolve({ ok: false }));
  });
}

export function toHeaderRecord(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  const record: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    record[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return record;
}

export function writeResponse(res: ServerResponse, answer: EmulatorResponse): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body === '' ? undefined : answer.body);
}
