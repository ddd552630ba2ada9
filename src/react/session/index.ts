export { useAuthNSession } from './use-authn-session.js';
export type { AuthNSession, UseAuthNSessionOptions } from './session-api.js';
export type { AuthNSessionStatus, AuthNSessionUser } from './session-state.js';
export type { AuthNLogoutResult } from './session-logout.js';
export type { SessionStorageAdapter } from './session-storage.js';
export {
  checkTokenOptions,
  logoutOptions,
  refreshSessionOptions,
  sessionMutationKeys,
  type RefreshSessionVariables,
} from './session-mutations.js';
