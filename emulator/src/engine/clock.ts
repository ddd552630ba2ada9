/** Milliseconds since the epoch; injectable so tests can move time (flow and token expiry). */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** The API's "never" timestamp, e.g. `resend_time` of a message not sent yet (spec §5). */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
