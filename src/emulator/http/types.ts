/** A request as both hosts (Node HTTP, MSW) hand it to the engine. */
export interface EmulatorRequest {
  method: string;
  /** Pathname beginning with `/v2/` or `/__emulator/`, optionally followed by `?search`. */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: string;
}

export interface EmulatorResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Empty for 204. */
  body: string;
}
