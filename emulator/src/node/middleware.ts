import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Emulator } from '../create-emulator.js';
import { readBody, toHeaderRecord, writeResponse } from './node-io.js';

export interface EmulatorMiddlewareOptions {
  /** Serve only below this path, e.g. `'/api/authn/'`; it is stripped before routing. */
  prefix?: string;
}

export type ConnectMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * A connect-style middleware (Vite, Express) that serves `/v2/*` and `/__emulator/*` (below the
 * optional prefix) and passes everything else to `next()`.
 */
export function createEmulatorMiddleware(emulator: Emulator, options: EmulatorMiddlewareOptions = {}): ConnectMiddleware {
  const prefix = normalizePrefix(options.prefix ?? '/');
  return (req, res, next) => {
    const path = emulatorPath(req.url ?? '/', prefix);
    if (path === undefined) {
      next();
      return;
    }
    serve(emulator, req, res, path, prefix.slice(0, -1)).catch(next);
  };
}

/**
 * Answers one request through the emulator; shared with the standalone server. `mount` is the
 * path prefix the emulator is served under ('' at the root), for the links to its provider pages.
 */
export async function serve(
  emulator: Emulator,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  mount = '',
): Promise<void> {
  const headers = toHeaderRecord(req.headers);
  const body = await readBody(req);
  if (!body.ok) {
    res.destroy();
    return;
  }
  const host = headers['host'];
  const baseUrl = host !== undefined && /^[\w.:[\]-]+$/.test(host) ? `http://${host}${mount}` : undefined;
  const answer = await emulator.handle({
    method: req.method ?? 'GET',
    path,
    headers,
    body: body.text,
    ...(baseUrl === undefined ? {} : { baseUrl }),
  });
  writeResponse(res, answer);
}

function normalizePrefix(prefix: string): string {
  const withLeading = prefix.startsWith('/') ? prefix : `/${prefix}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

function emulatorPath(url: string, prefix: string): string | undefined {
  if (!url.startsWith(prefix)) {
    return undefined;
  }
  const path = url.slice(prefix.length - 1);
  return path.startsWith('/v2/') || path.startsWith('/__emulator/') ? path : undefined;
}
