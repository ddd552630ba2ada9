/** A request as both hosts (Node HTTP, MSW) hand it to the engine. */
export interface EmulatorRequest {
  method: string;
  /** Pathname beginning with `/v2/` or `/__emulator/`, optionally followed by `?search`. */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: string;
  /**
   * The URL the emulator is served under, without a trailing slash (`http://127.0.0.1:4000`,
   * `http://app.test/api/authn`); the provider pages are linked below it. Default: from `Host`.
   */
  baseUrl?: string;
}

export interface EmulatorResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Empty for 204. */
  body: string;
}
