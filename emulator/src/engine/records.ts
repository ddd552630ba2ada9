/**
 * What the emulator stores. Plain JSON-safe data (times in ms since the epoch) so that a SQLite
 * store can keep each record as it is.
 */
import type { SecondaryMethod } from './config/types.js';

export type FlowKind = 'signup' | 'signin';

/** The auth types of spec §3 (`required_for`, and how `phase_primary` was passed). */
export type AuthType = 'password' | 'email_otp' | 'sms_otp' | 'magiclink' | 'totp' | 'passkey' | 'social' | 'saml';

export interface PasskeyCredential {
  /** Credential id, base64url. */
  id: string;
  /** COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
  createdAt: number;
}

export interface UserRecord {
  /** `pui_…` */
  id: string;
  /** What the user signs in with, normalised: the email, a username, or an E.164 phone number. */
  username: string;
  email: string | null;
  phone: string | null;
  emailVerified: boolean;
  passwordHash: string | null;
  /** RFC 6238 secret (base32) and the last time step used, so a code cannot be replayed. */
  totp: { secret: string; lastStep: number } | null;
  passkeys: PasskeyCredential[];
  /** Providers the user signed in with: `social:google`, `saml:pss_…`. */
  linked: string[];
  /** Secondary methods enrolled (TOTP counts as enrolled once `totp` is set). */
  mfa: SecondaryMethod[];
  profile: Record<string, string>;
  /** Agreement ids accepted. */
  agreed: string[];
  disabled: boolean;
  /** Created by an admin (or the users hand-out): must verify through `provisional_enrollment`. */
  provisional: boolean;
  createdAt: number;
  /**
   * Wrong guesses of each kind of secret, counted across flows (lockouts.ts). Absent in users
   * stored by emulators before it existed, and until the first wrong guess.
   */
  lockouts?: Partial<Record<GuessedSecret, Lockout>>;
}

/** The secrets a caller types or brings back, each counted on its own (a wrong TOTP code is not a wrong password). */
export type GuessedSecret = 'password' | 'totp' | SendChoice;

export interface Lockout {
  /** Wrong guesses in a row, since the last success, lock or quiet window. */
  failures: number;
  lastFailureAt: number;
  /** Guesses are refused (429) until then; `null` when not locked. */
  lockedUntil: number | null;
}

/** The choices that send a code or a link, and may be resent with `flow/restart`. */
export type SendChoice =
  | 'email_otp'
  | 'sms_otp'
  | 'verify_email'
  | 'magiclink'
  | 'reset_password'
  | 'provisional_enrollment';

/** One sendable choice of one phase of a flow. */
export interface SendState {
  /** `pcb_…`: the callback state of links, stable for the phase. */
  state: string;
  sent: boolean;
  /** No resend before this; `null` until the first send. */
  resendAt: number | null;
  /** The code that works now: 6 digits, or `poc_…` for links. `null` before a send or once burned. */
  code: string | null;
  codeExpiresAt: number | null;
  /** Wrong codes against the current code. */
  failures: number;
  /** Codes replaced by a resend or burned; submitting one is `MfaCodeExpired`. */
  stale: string[];
  /** Where the current code went; a send to another address is not held back by `resendAt`. */
  target: string | null;
}

/** How `phase_primary` was passed; picks which secondaries may follow. */
export type PrimaryProof = AuthType | 'reset_password' | 'provisional_enrollment';

export interface PasskeyCeremony {
  mode: 'registration' | 'authentication';
  /** base64url, as in the options. */
  challenge: string;
  rpId: string;
  origin: string;
  /** The WebAuthn options JSON sent as `registration.publicKey` / `authentication.publicKey`. */
  options: Record<string, unknown>;
}

export interface FlowRecord {
  /** `pfl_…` */
  id: string;
  /** Bumped on every save, so a request that awaited can tell whether another moved the flow on. */
  version: number;
  createdAt: number;
  expiresAt: number;
  cbUri: string | null;
  clientId: string | null;
  /** The request's Origin at start when local (passkey rp id and origin). */
  origin: string | null;
  /** Where the emulator was reached, for the links to the provider pages. */
  apiBase: string;
  /** The kinds allowed by `flow_types`, the project config and an invitation. */
  kinds: FlowKind[];
  /** `null` until the user is identified. */
  kind: FlowKind | null;
  invitation: string | null;
  /** The user being signed in, or the id of the one being signed up. */
  userId: string | null;
  /** A sign-up's user until `phase_create_user` (after captcha and profile) stores it. */
  draft: UserRecord | null;
  /** An email or phone given during a sign-in, kept here until a code sent to it proves it. */
  pendingEmail: string | null;
  pendingPhone: string | null;
  proof: PrimaryProof | null;
  provisionalVerified: boolean;
  captchaPassed: boolean;
  profileDone: boolean;
  secondaryDone: boolean;
  /** Allowed scopes, once `oauth_consent` was answered. */
  consent: string[] | null;
  mustSetPassword: boolean;
  /**
   * Phase, kind and provisional state when the flow was last settled. Per-stage state (sends,
   * passkey ceremony, TOTP enrolment) starts afresh when it changes, so a code sent for one phase
   * cannot pass another.
   */
  stage: string;
  sends: Partial<Record<SendChoice, SendState>>;
  totpEnrollment: { secret: string; qrImage: string } | null;
  passkey: PasskeyCeremony | null;
  /** `social:<provider>` / `saml:<pss_…>` → callback state. */
  providerStates: Record<string, string>;
  /**
   * The IdP-initiated SAML ticket the flow was started with (`saml_idp_initiated_ticket`) and its
   * provider. Absent in flows stored by emulators before it existed.
   */
  samlIdp?: { ticket: string; providerId: string } | null;
  /** Codes already accepted in this flow, so a second use is told apart from a wrong code. */
  consumed: { choice: string; code: string }[];
}

export interface TokenRecord {
  /** `ptu_…` or `ptr_…` */
  token: string;
  type: 'user' | 'session';
  /** `pmt_…`, shared by the active and refresh token of one session, across refreshes. */
  sessionId: string;
  userId: string;
  scopes: string[];
  clientId: string | null;
  createdAt: number;
  /**
   * When the session began (its first pair; a refresh keeps it). Absent in tokens stored by
   * emulators before it existed: then `createdAt` stands in.
   */
  sessionCreatedAt?: number;
  expiresAt: number;
  /** Logged out or rotated by a refresh; a revoked refresh token coming back revokes its session. */
  revoked: boolean;
}

/**
 * One-time tickets: invitations, login codes, the codes the fake providers hand out, and
 * IdP-initiated SAML tickets (the assertion an IdP posted, waiting for a flow to claim it). Also
 * the index from a provider offer's `state` to its flow, by which the fake provider pages find
 * where they may redirect.
 */
export type TicketRecord =
  | { kind: 'invitation'; id: string; email: string; createdAt: number; expiresAt: number; used: boolean }
  | { kind: 'login_code'; id: string; userId: string; createdAt: number; expiresAt: number; used: boolean }
  | {
      kind: 'provider_code';
      id: string;
      /** `social:google` or `saml:pss_…` */
      provider: string;
      state: string;
      email: string;
      createdAt: number;
      expiresAt: number;
      used: boolean;
    }
  | {
      kind: 'saml_idp';
      id: string;
      /** `pss_…` */
      providerId: string;
      /** The user the IdP asserted. */
      email: string;
      createdAt: number;
      expiresAt: number;
      used: boolean;
    }
  | {
      kind: 'provider_state';
      /** The `pcb_…` state of a flow's social or SAML offer. */
      id: string;
      /** `social:google` or `saml:pss_…` */
      provider: string;
      flowId: string;
      createdAt: number;
      /** The flow's. */
      expiresAt: number;
    };

/** The ES256 key behind `client/jwks`, as JWKs. */
export interface SigningKeyRecord {
  kid: string;
  publicJwk: JsonWebKey;
  privateJwk: JsonWebKey;
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
