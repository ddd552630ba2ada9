import type { EmulatorRequest } from './types.js';

/** A WHATWG `Request` as the engine takes it: lower-case headers, the body read as text. */
export async function fromFetchRequest(request: Request, path: string): Promise<EmulatorRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return { method: request.method, path, headers, body: await request.text() };
}

/** The engine's answer as a WHATWG `Response`; 204 and other null-body statuses get no body. */
export function toFetchResponse(answer: { status: number; headers: Record<string, string>; body: string }): Response {
  return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers });
}
