import { createServer, type Server } from 'node:http';
import type { Emulator } from '../create-emulator.js';
import { serve } from './middleware.js';

/**
 * The Node server's own bounds. A local emulator serves a few browsers and test runners, so
 * these are far below what would hinder them, and stop a stuck or hostile client (a slow-loris
 * sender, a flood of idle sockets) from holding sockets and memory for long.
 */
export const SERVER_LIMITS = {
  /** Sockets open at once; more are closed as they arrive. */
  maxConnections: 256,
  /** Time to receive a request's headers. */
  headersTimeoutMs: 10_000,
  /** Time to receive a whole request, body included (Node's default is 5 minutes). */
  requestTimeoutMs: 30_000,
  /** How long an idle keep-alive socket stays open between requests. */
  keepAliveTimeoutMs: 5_000,
} as const;

/** An HTTP server answering every path with the emulator, within SERVER_LIMITS. */
export function createEmulatorHttpServer(
  emulator: Emulator,
  { maxConnections = SERVER_LIMITS.maxConnections }: { maxConnections?: number } = {},
): Server {
  const server = createServer(
    {
      headersTimeout: SERVER_LIMITS.headersTimeoutMs,
      requestTimeout: SERVER_LIMITS.requestTimeoutMs,
      keepAliveTimeout: SERVER_LIMITS.keepAliveTimeoutMs,
    },
    (req, res) => {
      serve(emulator, req, res, req.url ?? '/').catch(() => {
        if (!res.headersSent) {
          res.writeHead(500);
        }
        res.end();
      });
    },
  );
  server.maxConnections = maxConnections;
  return server;
}
