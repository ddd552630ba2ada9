import type { RequestInfo } from '../../engine/context.js';
import type { EmulatorControls } from '../controls.js';
import type { EmulatorResponse } from '../types.js';

export interface HandoutCall {
  controls: EmulatorControls;
  /** What follows the hand-out's own path, e.g. `google` for `/__emulator/social/google`. */
  rest: string;
  query: URLSearchParams;
  /** The parsed JSON body of a POST (`{}` when empty). */
  body: Record<string, unknown>;
  request: RequestInfo;
}

/** A hand-out answers with plain JSON, a page, or a redirect; it throws ApiError to refuse. */
export type Handout = (call: HandoutCall) => EmulatorResponse | Promise<EmulatorResponse>;
