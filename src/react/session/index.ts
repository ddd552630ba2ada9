export { useAuthNSession } from './use-authn-session.js';
export type { AuthNSession, UseAuthNSessionOptions } from './session-api.js';
export type { AuthNLogoutResult, AuthNSessionStatus, AuthNSessionUser, SessionStorageAdapter } from '../../core/index.js';
export {
  checkTokenOptions,
  logoutOptions,
  refreshSessionOptions,
  sessionMutationKeys,
  type RefreshSessionVariables,
} from './session-mutations.js';
