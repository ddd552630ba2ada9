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
  type SessionController,
  type SessionControllerOptions,
} from './session.controller.js';
export type { SessionLocks } from './session.lock.js';
export type { SessionClock } from './session.timing.js';
export type { AuthNLogoutResult, SessionCalls } from './session.logout.js';
export type { SessionStorageAdapter } from './session.storage.js';
