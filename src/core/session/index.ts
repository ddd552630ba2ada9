export {
  initialSession,
  nextSession,
  type AuthNSessionStatus,
  type AuthNSessionUser,
  type SessionEvent,
  type SessionInput,
  type SessionOperation,
  type SessionSnapshot,
  type SessionState,
} from './session.machine.js';
export {
  createSessionController,
  type SessionClock,
  type SessionController,
  type SessionControllerOptions,
} from './session.controller.js';
export type { AuthNLogoutResult, SessionCalls } from './session.logout.js';
export type { SessionStorageAdapter } from './session.storage.js';
