export {
  SAML_TICKET_PARAM,
  parseCallback,
  samlTicketOf,
  stripCallbackParams,
  stripSamlTicket,
  type CallbackParams,
  type ParsedCallback,
} from './callback-params.js';
export {
  CALLBACK_MAX_AGE_MS,
  LINK_CHOICES,
  callbackRecordOf,
  resolveCallback,
  type CallbackChoiceName,
  type CallbackEntry,
  type CallbackRecord,
  type CallbackRefusal,
  type CallbackResolution,
  type CallbackTarget,
  type FlowResume,
  type LinkChoiceName,
  type ResumeUpdate,
} from './callback-record.js';
export { CALLBACK_STORAGE_KEY, createCallbackStore, type CallbackStorage, type CallbackStore } from './callback-store.js';
export { safeRedirectUrl } from './safe-redirect.js';
