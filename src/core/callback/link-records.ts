import { isFreshRecord, isLinkChoice, type CallbackRecord } from './callback-record.js';

/**
 * The records of emailed links that every tab of the origin can read, as a list: one per flow
 * waiting on a link, newest first. Pure; callback-store.ts reads and writes them.
 */

/** A few tabs' flows at most: a list that cannot grow without bound in long-lived storage. */
export const MAX_LINK_RECORDS = 8;

/** `record` with its emailed-link entries only, or `null` when it has none. Social and SAML stay per tab. */
export function linkRecordOf(record: CallbackRecord): CallbackRecord | null {
  const entries = record.entries.filter((entry) => isLinkChoice(entry.target.choice));
  return entries.length === 0 ? null : { ...record, entries };
}

/** The list without `flowIds`' records, nor any past its expiry. An `undefined` id names no record. */
export function withoutFlows(records: readonly CallbackRecord[], flowIds: readonly (string | undefined)[], now: number): CallbackRecord[] {
  return records.filter((record) => isFreshRecord(record, now) && !flowIds.includes(record.flowId));
}

/** The list with `record`'s links first (replacing its flow's older ones), or without its flow when it has none. */
export function withLinkRecord(records: readonly CallbackRecord[], record: CallbackRecord, now: number): CallbackRecord[] {
  const links = linkRecordOf(record);
  const others = withoutFlows(records, [record.flowId], now);
  return (links === null ? others : [links, ...others]).slice(0, MAX_LINK_RECORDS);
}

/** The fresh record holding `state`, or `null`. */
export function linkRecordWithState(records: readonly CallbackRecord[], state: string, now: number): CallbackRecord | null {
  return records.find((record) => isFreshRecord(record, now) && record.entries.some((entry) => entry.state === state)) ?? null;
}
