#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { ConfigError } from '../engine/config/resolve.js';
import { CliError, exposureWarning, parseCliOptions, USAGE, type CliOptions } from './cli-options.js';
import { startEmulatorServer } from './server.js';

async function main(): Promise<void> {
  let options: CliOptions | 'help';
  try {
    options = parseCliOptions(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof CliError || error instanceof ConfigError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }

  const warning = exposureWarning(options.host);
  if (warning !== undefined) {
    console.warn(warning);
  }
  const server = await startEmulatorServer({
    port: options.port,
    host: options.host,
    config: options.config,
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.db === undefined ? {} : { db: options.db }),
  });
  // The first line names the URL (with the real port when --port 0), so scripts can read it.
  console.log(`AuthN emulator listening on ${server.url} (token: ${server.emulator.token})`);
  console.log(options.db === undefined ? 'Records are kept in memory' : `Records are kept in ${options.db} (SQLite)`);

  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) {
      return;
    }
    closing = true;
    console.log(`Received ${signal}, shutting down`);
    server.close().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
