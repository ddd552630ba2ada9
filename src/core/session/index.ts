export {
  sessionMachine,
  selectSessionState,
  type SessionEvent,
  type SessionInput,
  type SessionMachine,
  type SessionOperation,
  type SessionSnapshot,
} from './session.machine.js';
export {
  createSessionController,
  type SessionClock,
  type SessionController,
  type SessionControllerOptions,
} from './session.controller.js';
export type { AuthNLogoutResult, SessionCalls } from './session.logout.js';
export type { AuthNSessionStatus, AuthNSessionUser, SessionMachineContext, SessionState } from './session.state.js';
export type { SessionStorageAdapter } from './session.storage.js';
