import type { PasswordPolicy } from './config.js';
import type { FlowKind } from './records.js';

/** What the emulator sends, in the API's snake_case (spec §4–§7). */

export type WirePhase = 'phase_primary' | 'phase_set_password' | 'phase_completed';

export type WireChoice =
  | { choice: 'set_email'; data: { required_for: string[] } }
  | { choice: 'password'; data: { enrollment: boolean; password_policy: PasswordPolicy } }
  | { choice: 'set_password'; data: { enrollment: boolean; password_policy: PasswordPolicy } }
  | { choice: 'reset_password'; data: { sent: boolean; resend_time: string; state: string } };

export interface WireFlowResult {
  flow_id: string;
  flow_type: FlowKind[];
  flow_phase: WirePhase;
  flow_choices: WireChoice[];
  username_format: 'email';
  email?: string;
}

export interface WireTokenInfo {
  id: string;
  type: 'user' | 'session';
  life: number;
  expire: string;
  identity: string;
  email: string;
  profile: Record<string, string>;
  created_at: string;
  enabled: boolean;
  scopes: string[];
}

export interface WireTokenCreds extends WireTokenInfo {
  token: string;
}

export interface WireFlowCompleteResult {
  refresh_token: WireTokenCreds;
  active_token: WireTokenCreds;
}

/** A successful engine answer: the envelope's `summary` and `result`. */
export interface Answer<TResult> {
  summary: string;
  result: TResult;
}
