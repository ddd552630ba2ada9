import { isLocalOrigin } from '../engine/local-origin.js';

/**
 * CORS for local development only (engine/local-origin.ts). Other origins get no CORS headers, so
 * browsers on them cannot read the answers.
 */

export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!isLocalOrigin(origin)) {
    return { vary: 'origin' };
  }
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'x-request-id, retry-after',
    vary: 'origin',
  };
}

export function preflightHeaders(origin: string | undefined): Record<string, string> {
  if (!isLocalOrigin(origin)) {
    return { vary: 'origin' };
  }
  return {
    ...corsHeaders(origin),
    'access-control-allow-methods': 'POST, GET, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-max-age': '600',
  };
}
