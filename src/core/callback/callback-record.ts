import type { FlowChoice, FlowResult, FlowUpdateData } from '../api/wire.js';
import type { CallbackParams, ParsedCallback } from './callback-params.js';

/** Choices whose emailed link comes back with `?state&code`, answered with `{ state, code }`. */
export const LINK_CHOICES = ['verify_email', 'magiclink', 'reset_password', 'provisional_enrollment'] as const;
export type LinkChoiceName = (typeof LINK_CHOICES)[number];

export function isLinkChoice(choice: string): choice is LinkChoiceName {
  return (LINK_CHOICES as readonly string[]).includes(choice);
}

/** Every choice a callback can resume. */
export type CallbackChoiceName = 'social' | 'saml' | LinkChoiceName;

/** Where a saved `state` leads: a provider, or an emailed link. Nothing in it is secret. */
export type CallbackTarget =
  | { choice: 'social'; provider: string }
  | { choice: 'saml'; providerId: string; providerName: string }
  | { choice: LinkChoiceName };

export interface CallbackEntry {
  state: string;
  target: CallbackTarget;
}

/** What survives the redirect: the flow, and the `state` of each choice that can call back. */
export interface CallbackRecord {
  flowId: string;
  /** Epoch ms, to forget records nobody came back to. */
  savedAt: number;
  entries: CallbackEntry[];
}

/** The `flow/update` that resumes a flow, or the poll (`""`) that shows where it stands. */
export type ResumeUpdate = {
  [C in CallbackChoiceName | '']: { choice: C; data: FlowUpdateData[C] };
}[CallbackChoiceName | ''];

/** A callback matched to its flow: the update to send for it. */
export type FlowResume = { flowId: string } & ResumeUpdate;

/** Why a callback is refused without asking the server. */
export type CallbackRefusal =
  /**
   * Nothing was saved in this browser for it: the link was opened in another browser or device,
   * or long after (or in another tab, when the app's `callbackStorage` is per tab).
   */
  | 'no-saved-flow'
  /** A flow was saved, but the `state` is none of its own. */
  | 'unknown-state'
  /** `state` or `code` is missing or out of pattern. */
  | 'malformed';

export type CallbackResolution =
  | { kind: 'none' }
  | { kind: 'resume'; resume: FlowResume }
  | { kind: 'refused'; reason: CallbackRefusal };

/** A day: flows last hours at most, so an older record can only mislead. */
export const CALLBACK_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Whether a record may still be matched: saved less than a day ago (and not a day in the future). */
export function isFreshRecord(record: CallbackRecord, now: number): boolean {
  return now - record.savedAt <= CALLBACK_MAX_AGE_MS && record.savedAt <= now + CALLBACK_MAX_AGE_MS;
}

function entryOf(entry: FlowChoice): CallbackEntry | undefined {
  switch (entry.choice) {
    case 'social':
      return { state: entry.data.state, target: { choice: 'social', provider: entry.data.social_provider } };
    case 'saml':
      return {
        state: entry.data.state,
        target: { choice: 'saml', providerId: entry.data.provider_id, providerName: entry.data.provider_name },
      };
    case 'verify_email':
    case 'magiclink':
    case 'reset_password':
    case 'provisional_enrollment':
      return { state: entry.data.state ?? '', target: { choice: entry.choice } };
    default:
      return undefined;
  }
}

/** The record to save for a flow on screen, or `null` when none of its choices can call back. */
export function callbackRecordOf(flow: FlowResult, now: number): CallbackRecord | null {
  // A choice without a `state` (not sent, or an IdP-initiated SAML sign-in's) cannot call back.
  const entries = flow.choices.flatMap((choice) => entryOf(choice) ?? []).filter((entry) => entry.state !== '');
  return entries.length === 0 ? null : { flowId: flow.flowId, savedAt: now, entries };
}

function resumeOf(flowId: string, target: CallbackTarget, params: CallbackParams): FlowResume {
  switch (target.choice) {
    case 'social':
      return { flowId, choice: 'social', data: { social_provider: target.provider, uri: params.href } };
    case 'saml':
      return {
        flowId,
        choice: 'saml',
        data: { provider_id: target.providerId, provider_name: target.providerName, uri: params.href },
      };
    default:
      return { flowId, choice: target.choice, data: { state: params.state, code: params.code } };
  }
}

/**
 * Matches a callback to the saved record. Only a `state` this browser saved for a flow one of its
 * tabs started is sent to the server (this tab's record, or an emailed link's record any tab of the
 * origin can read; see callback-store.ts): anything else could be a link planted to sign the user
 * in to someone else's flow.
 */
export function resolveCallback(
  callback: ParsedCallback,
  record: CallbackRecord | null,
  now: number,
): CallbackResolution {
  switch (callback.kind) {
    case 'none':
      return { kind: 'none' };
    case 'malformed':
      return { kind: 'refused', reason: 'malformed' };
    case 'callback': {
      if (record === null || !isFreshRecord(record, now)) {
        return { kind: 'refused', reason: 'no-saved-flow' };
      }
      const entry = record.entries.find((candidate) => candidate.state === callback.params.state);
      return entry === undefined
        ? { kind: 'refused', reason: 'unknown-state' }
        : { kind: 'resume', resume: resumeOf(record.flowId, entry.target, callback.params) };
    }
    default:
      return callback satisfies never;
  }
}
