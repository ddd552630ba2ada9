import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator, type EmulatorOptions } from '../create-emulator.js';
import type { EmulatorStore } from '../store/store.js';
import { createEmulatorHttpServer } from './http-server.js';
import { nodeScrypt } from './node-scrypt.js';
import { createSqliteStore, type SqliteEmulatorStore } from './sqlite-store.js';

export interface EmulatorServerOptions {
  /** 0 picks a free port; default 4000. */
  port?: number;
  /** Default 127.0.0.1: the emulator is for this machine only. */
  host?: string;
  /** Default: a new emulator with `token`, hashing passwords with `nodeScrypt`. */
  emulator?: Emulator;
  /** Used only when no `emulator` is given. */
  token?: string;
  /** Used only when no `emulator` is given. */
  config?: EmulatorOptions['config'];
  /** Used only when no `emulator` is given. */
  seed?: string;
  /** Used only when no `emulator` is given: where records live. Default: a new memory store. */
  store?: EmulatorStore;
  /**
   * Used only when no `emulator` or `store` is given: a SQLite file (created if missing) to keep
   * records in. The server opens it and closes it on `close()`.
   */
  db?: string;
  /** Sockets open at once; more are closed as they arrive. Default SERVER_LIMITS.maxConnections (256). */
  maxConnections?: number;
}

export interface EmulatorServer {
  /** e.g. `http://127.0.0.1:4000`, without a trailing slash. */
  url: string;
  port: number;
  emulator: Emulator;
  close(): Promise<void>;
}

/** Serves the emulator over HTTP; every path goes to the engine, which answers 404 for unknown ones. */
export async function startEmulatorServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const host = options.host ?? '127.0.0.1';
  // The server owns (and closes) only a database it opened itself.
  const ownStore: SqliteEmulatorStore | undefined =
    options.emulator === undefined && options.store === undefined && options.db !== undefined
      ? createSqliteStore(options.db)
      : undefined;
  let emulator: Emulator;
  try {
    emulator =
      options.emulator ??
      createEmulator({
        ...(options.token === undefined ? {} : { token: options.token }),
        ...(options.config === undefined ? {} : { config: options.config }),
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.store === undefined ? {} : { store: options.store }),
        ...(ownStore === undefined ? {} : { store: ownStore }),
        scrypt: nodeScrypt,
      });
  } catch (error) {
    ownStore?.close();
    throw error;
  }
  const server = createEmulatorHttpServer(
    emulator,
    options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 4000, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    ownStore?.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          ownStore?.close();
          return error ? reject(error) : resolve();
        });
        // Keep-alive sockets (fetch keeps them) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
