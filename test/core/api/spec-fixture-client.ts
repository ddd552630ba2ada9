import { createAuthNClient, type AuthNClient } from '../../../src/core/api/client.js';

export const SPEC_BASE_URL = 'http://authn.test/';

/** The envelope of a `Success` answer, as research/authn-flow-api.md §1 gives it. */
function successEnvelope(result: unknown) {
  return {
    request_id: 'prq_x6fdiizbon6j3bsdvnpmwxsz2aan7fqd',
    request_time: '2022-09-21T17:24:33.105Z',
    response_time: '2022-09-21T17:24:34.007Z',
    status: 'Success',
    summary: 'Success',
    result,
  };
}

/**
 * A client whose every call is answered, with HTTP 200, by `answer(endpoint)` (e.g. `flow/start`) in
 * a `Success` envelope; `endpoints` lists the calls made, in order.
 */
export function clientAnswering(answer: (endpoint: string) => unknown): { client: AuthNClient; endpoints: string[] } {
  const endpoints: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const endpoint = url.slice(`${SPEC_BASE_URL}v2/`.length);
    endpoints.push(endpoint);
    return Response.json(successEnvelope(answer(endpoint)));
  };
  return { client: createAuthNClient({ baseUrl: SPEC_BASE_URL, clientToken: 'pcl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a', fetch }), endpoints };
}
