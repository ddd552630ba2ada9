/** `@authn-flow-kit/emulator/node`: the Node hosts of the emulator, plus everything of `…/emulator`. */
export { startEmulatorServer } from './server.js';
export type { EmulatorServer, EmulatorServerOptions } from './server.js';
export { SERVER_LIMITS } from './http-server.js';
export { nodeScrypt } from './node-scrypt.js';
export { createSqliteStore } from './sqlite-store.js';
export type { SqliteEmulatorStore } from './sqlite-store.js';
export { createEmulatorMiddleware } from './middleware.js';
export type { ConnectMiddleware, EmulatorMiddlewareOptions } from './middleware.js';
export * from '../index.js';
export { CliError, parseCliOptions, USAGE } from './cli-options.js';
export type { CliOptions } from './cli-options.js';
