import { http, type HttpHandler } from 'msw';
import type { Emulator } from '../create-emulator.js';
import { fromFetchRequest, toFetchResponse } from '../http/from-fetch-request.js';

export interface EmulatorHandlersOptions {
  /**
   * Serve only below this path on any origin, e.g. `'/api/authn/'` for `apiPathPrefix`; it is
   * stripped before routing. Default: any URL whose path contains `/v2/` or `/__emulator/`.
   */
  prefix?: string;
}

const API_SEGMENTS = ['/v2/', '/__emulator/'] as const;

/** MSW 2 request handlers that forward every method to the emulator. */
export function createEmulatorHandlers(emulator: Emulator, options: EmulatorHandlersOptions = {}): HttpHandler[] {
  const prefix = options.prefix === undefined ? undefined : normalizePrefix(options.prefix);
  return API_SEGMENTS.map((segment) => {
    const pattern = prefix === undefined ? `*${segment}*` : `*${prefix}${segment.slice(1)}*`;
    return http.all(pattern, async ({ request }) => {
      const url = new URL(request.url);
      const path = emulatorPath(url.pathname, segment, prefix);
      // Not ours after all (the pattern's leading `*` is looser than the prefix rule): let it pass.
      if (path === undefined) {
        return undefined;
      }
      // Whatever precedes the emulator's path is where it is mounted; the provider pages live there too.
      const baseUrl = url.origin + url.pathname.slice(0, url.pathname.length - path.length);
      return toFetchResponse(await emulator.handle({ ...(await fromFetchRequest(request, path + url.search)), baseUrl }));
    });
  });
}

function normalizePrefix(prefix: string): string {
  const withLeading = prefix.startsWith('/') ? prefix : `/${prefix}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

function emulatorPath(pathname: string, segment: string, prefix: string | undefined): string | undefined {
  if (prefix === undefined) {
    const at = pathname.indexOf(segment);
    return at === -1 ? undefined : pathname.slice(at);
  }
  if (!pathname.startsWith(prefix + segment.slice(1))) {
    return undefined;
  }
  return pathname.slice(prefix.length - 1);
}
