/**
 * What the emulator stores. Plain JSON-safe data (times in ms) so a SQLite store can keep it as is.
 */

export type FlowKind = 'signup' | 'signin';

export interface UserRecord {
  /** `pui_…` */
  id: string;
  email: string;
  passwordHash: string;
  profile: Record<string, string>;
  createdAt: number;
}

/** The `reset_password` choice of a sign-in flow: one `state` per flow, a fresh code per send. */
export interface ResetPasswordState {
  state: string;
  sent: boolean;
  resendAt: number | null;
  code: string | null;
}

/** Where a flow stands; the phase and the offered choices are derived from it (render-flow.ts). */
export type FlowStep =
  | { name: 'identify' }
  | { name: 'signup_password'; email: string }
  | { name: 'signin_password'; email: string; userId: string; reset: ResetPasswordState }
  | { name: 'set_password'; email: string; userId: string }
  | { name: 'completed'; kind: FlowKind; email: string; userId: string };

export interface FlowRecord {
  /** `pfl_…` */
  id: string;
  createdAt: number;
  expiresAt: number;
  cbUri: string | null;
  /** The kinds allowed by `flow_types` at start and by the project config. */
  kinds: FlowKind[];
  step: FlowStep;
}

export interface TokenRecord {
  /** `ptu_…` or `ptr_…` */
  token: string;
  type: 'user' | 'session';
  /** `pmt_…`, shared by the active and refresh token of one session. */
  sessionId: string;
  userId: string;
  email: string;
  profile: Record<string, string>;
  createdAt: number;
  expiresAt: number;
}

export type OutboxChannel = 'email' | 'sms';

/** A message the emulator "sent"; `GET /__emulator/outbox` hands these to tests. */
export interface OutboxMessage {
  to: string;
  channel: OutboxChannel;
  subject: string;
  text: string;
  code?: string;
  link?: string;
}
