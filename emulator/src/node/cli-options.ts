import { parseArgs } from 'node:util';
import { DEFAULT_EMULATOR_TOKEN } from '../create-emulator.js';
import { resolveConfig } from '../engine/config/resolve.js';
import { PRESET_NAMES, SECONDARY_METHODS, USERNAME_FORMATS, type EmulatorConfig } from '../engine/config/types.js';

export const USAGE = `Usage: authn-emulator [options]

Serves a local emulator of the AuthN flow API v2, in memory or in a SQLite file.

  --port <n>               port to listen on; 0 picks a free one (default 4000)
  --host <addr>            interface to bind (default 127.0.0.1); any other address lets the
                           machines that reach it read every code it sends and change its users
  --allowed-host <host>    a Host header to answer besides the loopback names, e.g.
                           192.168.1.20:4000 with --host 0.0.0.0 (repeatable)
  --token <token>          client token that requests must send as "Authorization: Bearer <token>"
                           (default ${DEFAULT_EMULATOR_TOKEN})
  --db <file>              keep users, flows and sessions in this SQLite file (created if
                           missing) instead of in memory, so they survive a restart
  --config <file.json>     project config (see the README); flags below override it
  --preset <name>          ${PRESET_NAMES.join(' | ')} (default password, or the file's)
  --username-format <f>    ${USERNAME_FORMATS.join(' | ')}
  --no-signup              sign-in only (invitations still sign up)
  --mfa                    require a second factor (totp, email_otp, sms_otp unless configured)
  --verify-email           require email verification
  --loose-wire             answer in the loosest legal form: null for empty lists and absent
                           optional fields, scopes as strings (tests a client's tolerance)
  --seed <text>            repeatable ids and codes (tests only)
  -h, --help               show this text`;

/** The interfaces only this machine can reach. */
const LOOPBACK_INTERFACES = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * What the CLI prints before listening on another interface: the hand-outs have no token (they hand
 * out every code and link, and change users and the config), so whoever reaches the port owns it.
 */
export function exposureWarning(host: string): string | undefined {
  if (LOOPBACK_INTERFACES.has(host) || /^127\./.test(host)) {
    return undefined;
  }
  return (
    `Warning: listening on ${host}, not on loopback. Anyone who can reach this port can read every code and ` +
    'link the emulator sends and change its users and config (/__emulator/*). Use it only on a network you trust; ' +
    'pages are answered only for the loopback names, publicUrl and --allowed-host.'
  );
}

export interface CliOptions {
  port: number;
  host: string;
  token: string | undefined;
  config: EmulatorConfig;
  seed: string | undefined;
  /** A SQLite file; undefined keeps records in memory. */
  db: string | undefined;
}

/** A mistake in the command line or the config: shown with the usage, exit code 2, no stack. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/**
 * The command line as server options. `readFile` returns a file's text (injected so tests need no
 * files). Order: the preset (`--preset`, else the file's), then the file, then the other flags.
 */
export function parseCliOptions(args: string[], readFile: (path: string) => string): CliOptions | 'help' {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        port: { type: 'string', default: '4000' },
        host: { type: 'string', default: '127.0.0.1' },
        token: { type: 'string' },
        db: { type: 'string' },
        config: { type: 'string' },
        preset: { type: 'string' },
        'username-format': { type: 'string' },
        'no-signup': { type: 'boolean', default: false },
        mfa: { type: 'boolean', default: false },
        'verify-email': { type: 'boolean', default: false },
        'loose-wire': { type: 'boolean', default: false },
        seed: { type: 'string' },
        'allowed-host': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    return 'help';
  }
  if (values.db?.trim() === '') {
    throw new CliError('--db needs a file name');
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CliError(`Invalid --port: ${values.port}`);
  }
  const file = values.config === undefined ? {} : readConfigFile(values.config, readFile);
  const flags: Record<string, unknown> = {};
  if (values.preset !== undefined) {
    flags['preset'] = values.preset;
  }
  if (values['username-format'] !== undefined) {
    flags['usernameFormat'] = values['username-format'];
  }
  if (values['no-signup']) {
    flags['allowSignup'] = false;
  }
  if (values['verify-email']) {
    flags['emailVerification'] = true;
  }
  if (values['loose-wire']) {
    flags['looseWire'] = true;
  }
  if (values['allowed-host'] !== undefined) {
    flags['allowedHosts'] = values['allowed-host'];
  }
  let config = resolveConfig({ ...file, ...flags });
  if (values.mfa) {
    const methods = config.mfa.methods.length > 0 ? config.mfa.methods : [...SECONDARY_METHODS];
    config = resolveConfig({ mfa: { required: true, methods } }, config);
  }
  return { port, host: values.host, token: values.token, config, seed: values.seed, db: values.db };
}

function readConfigFile(path: string, readFile: (path: string) => string): Record<string, unknown> {
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    throw new CliError(`Cannot read --config ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`--config ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`--config ${path} must hold a JSON object`);
  }
  return value as Record<string, unknown>;
}
