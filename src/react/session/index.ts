export {
  useAuthNSession,
  type AuthNSession,
  type AuthNSessionStatus,
  type AuthNSessionUser,
  type UseAuthNSessionOptions,
} from './use-authn-session.js';
export type { SessionStorageAdapter } from './session-storage.js';
export {
  checkTokenOptions,
  logoutOptions,
  refreshSessionOptions,
  sessionMutationKeys,
  type RefreshSessionVariables,
} from './session-mutations.js';
