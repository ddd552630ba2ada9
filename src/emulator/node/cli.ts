#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { DEFAULT_EMULATOR_TOKEN } from '../create-emulator.js';
import { startEmulatorServer } from './server.js';

const USAGE = `Usage: authn-emulator [--port 4000] [--host 127.0.0.1] [--token pcl_…]

Serves a local emulator of the AuthN flow API v2 (in memory).

  --port   port to listen on; 0 picks a free one (default 4000)
  --host   interface to bind (default 127.0.0.1)
  --token  client token that requests must send as "Authorization: Bearer <token>"
           (default ${DEFAULT_EMULATOR_TOKEN})
  --help   show this text`;

function parseCli(args: string[]) {
  return parseArgs({
    args,
    options: {
      port: { type: 'string', default: '4000' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parseCli>;
  try {
    values = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`Invalid --port: ${values.port}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }

  const server = await startEmulatorServer({
    port,
    host: values.host,
    ...(values.token === undefined ? {} : { token: values.token }),
  });
  console.log(`AuthN emulator listening on ${server.url} (token: ${server.emulator.token})`);

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
