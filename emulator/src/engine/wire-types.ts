import type { ProfileFieldType } from './config/types.js';
import type { AuthType, FlowKind } from './records.js';
import type { WirePasswordPolicy } from './wire-password-policy.js';

/** What the emulator sends, in the API's snake_case (spec §4–§7). */

export type WirePhase =
  | 'phase_primary'
  | 'phase_captcha'
  | 'phase_profile'
  | 'phase_verify_email'
  | 'phase_set_password'
  | 'phase_secondary'
  | 'phase_agreements'
  | 'phase_oauth_consent'
  | 'phase_completed';

interface SentData {
  sent: boolean;
  resend_time: string;
}

export interface WireAgreement {
  type: string;
  id: string;
  name: string;
  text: string;
  created_at: string;
  updated_at: string;
  published_at: string;
  active: boolean;
}

export interface WireProfileField {
  id: string;
  name: string;
  label: string;
  type: ProfileFieldType;
  required: boolean;
  show_on_signup: boolean;
  builtin: boolean;
  display_disabled: boolean;
}

/** WebAuthn options as @simplewebauthn/server makes them (JSON, base64url buffers). */
export type WirePublicKeyOptions = Record<string, unknown>;

export type WireChoice =
  | { choice: 'set_email'; data: { required_for?: AuthType[] } }
  | { choice: 'set_username'; data: { required_for: AuthType[] } }
  | { choice: 'set_phone'; data: { required_for?: AuthType[] } }
  | { choice: 'password'; data: { enrollment: boolean; password_policy: WirePasswordPolicy; need_email?: boolean } }
  | { choice: 'set_password'; data: { enrollment: boolean; password_policy: WirePasswordPolicy } }
  | { choice: 'reset_password'; data: SentData & { state: string } }
  | { choice: 'verify_email'; data: SentData & { state: string; need_email?: boolean } }
  | { choice: 'magiclink'; data: SentData & { state: string; need_email?: boolean } }
  | { choice: 'provisional_enrollment'; data: SentData & { state: string } }
  | { choice: 'email_otp'; data: SentData & { enrollment: boolean; need_email?: boolean } }
  | { choice: 'sms_otp'; data: SentData & { enrollment: boolean; need_phone?: boolean } }
  | { choice: 'totp'; data: { enrollment: boolean; totp_secret?: { qr_image: string; secret: string } } }
  | {
      choice: 'social';
      data: { enrollment: boolean; social_provider: string; state: string; redirect_uri: string };
    }
  | {
      choice: 'saml';
      data: {
        enrollment: boolean;
        provider_id: string;
        provider_name: string;
        state: string;
        redirect_uri?: string;
        idp_init_flow?: boolean;
      };
    }
  | {
      choice: 'passkey';
      data: {
        enrollment: boolean;
        started: boolean;
        discovery?: boolean;
        registration?: { publicKey: WirePublicKeyOptions };
        authentication?: { publicKey: WirePublicKeyOptions };
      };
    }
  | { choice: 'captcha'; data: { site_key: string } }
  | { choice: 'agreements'; data: { agreements: Record<string, WireAgreement> } }
  | { choice: 'profile'; data: { fields: WireProfileField[] } }
  | {
      choice: 'oauth_consent';
      data: { scopes: { name: string; display_name: string; description: string }[] };
    };

export interface WireFlowResult {
  flow_id: string;
  flow_type: FlowKind[];
  flow_phase: WirePhase;
  flow_choices: WireChoice[];
  username_format: 'email' | 'string' | 'phone';
  email?: string;
  username?: string;
  phone?: string;
  disclaimer?: string;
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
  client_id?: string;
}

export interface WireTokenCreds extends WireTokenInfo {
  token: string;
}

export interface WireFlowCompleteResult {
  refresh_token: WireTokenCreds;
  active_token: WireTokenCreds;
  client_id?: string;
  scope?: string;
}

/** A session of `client/session/list` (OAS `authn-session-info-nocreds`): its refresh token's info. */
export interface WireSessionInfo {
  id: string;
  type: 'session';
  life: number;
  expire: string;
  identity: string;
  email: string;
  profile: Record<string, string>;
  /** When the session began; a refresh keeps it. */
  created_at: string;
  scopes: string[];
  /** The live active token, without the token itself. */
  active_token?: WireTokenInfo;
}

export interface WireSessionList {
  sessions: WireSessionInfo[];
  /** Absent on the last page. */
  last?: string;
}

/** A successful engine answer: the envelope's `summary` and `result`. */
export interface Answer<TResult> {
  summary: string;
  result: TResult;
}
