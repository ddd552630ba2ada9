import type { FlowStartRequest } from '../../core/index.js';

/**
 * The start request as Pangea's own clients send it from a page: `cb_uri` defaults to the page's
 * origin. Read as the start goes out, never during a render, so a server render needs no `window`.
 */
export function withPageDefaults(request: FlowStartRequest): FlowStartRequest {
  if (request.cbUri !== undefined || typeof window === 'undefined') {
    return request;
  }
  return { ...request, cbUri: window.location.origin };
}
