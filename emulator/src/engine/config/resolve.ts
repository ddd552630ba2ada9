import { sha256 } from '@noble/hashes/sha2.js';
import * as v from 'valibot';
import type { FieldError } from '../field-errors.js';
import { base32 } from '../ids.js';
import { MAX_SCRYPT_COST } from '../password-hash.js';
import { toFieldError } from '../validation.js';
import { BASE_CONFIG, PRESETS } from './presets.js';
import { EmulatorConfigInputSchema } from './schema.js';
import type { AgreementConfig, EmulatorConfig, EmulatorConfigInput } from './types.js';

/** A config that cannot run; `errors` point into the input (`/mfa/methods/0`). */
export class ConfigError extends Error {
  readonly errors: FieldError[];

  constructor(errors: FieldError[]) {
    super(`Invalid emulator config:\n${errors.map((e) => `  - ${e.detail}`).join('\n')}`);
    this.name = 'ConfigError';
    this.errors = errors;
  }
}

type ParsedInput = v.InferOutput<typeof EmulatorConfigInputSchema>;

/**
 * Turns an input into a complete config: the input's preset (else `base`, else the `password`
 * preset) with the input's keys on top. Throws ConfigError for anything it cannot run.
 */
export function resolveConfig(input: unknown = {}, base?: EmulatorConfig): EmulatorConfig {
  const parsed = v.safeParse(EmulatorConfigInputSchema, input, { abortEarly: false });
  if (!parsed.success) {
    throw new ConfigError(parsed.issues.map((issue) => toFieldError(issue, '')));
  }
  const start = parsed.output.preset !== undefined || base === undefined ? presetConfig(parsed.output.preset) : base;
  const config = merge(start, parsed.output);
  const errors = checkConfig(config);
  if (errors.length > 0) {
    throw new ConfigError(errors);
  }
  return config;
}

export function presetConfig(name: EmulatorConfigInput['preset'] = 'password'): EmulatorConfig {
  return merge(BASE_CONFIG, PRESETS[name]);
}

function merge(base: EmulatorConfig, input: ParsedInput | EmulatorConfigInput): EmulatorConfig {
  const {
    preset: _preset,
    passwordPolicy,
    passkey,
    mfa,
    agreements,
    profileFields,
    oauthScopes,
    samlProviders,
    ...flat
  } = input;
  return {
    ...base,
    ...defined(flat),
    passwordPolicy: { ...base.passwordPolicy, ...defined(passwordPolicy ?? {}) },
    passkey: { ...base.passkey, ...defined(passkey ?? {}) },
    mfa: { ...base.mfa, ...defined(mfa ?? {}) },
    samlProviders: samlProviders ? samlProviders.map((p) => ({ ...p })) : base.samlProviders,
    agreements: agreements ? agreements.map(finishAgreement) : base.agreements,
    profileFields: profileFields
      ? profileFields.map((field) => ({
          id: field.id,
          label: field.label ?? humanize(field.id),
          type: field.type ?? 'string',
          required: field.required ?? false,
          showOnSignup: field.showOnSignup ?? true,
        }))
      : base.profileFields,
    oauthScopes: oauthScopes
      ? oauthScopes.map((scope) => ({
          name: scope.name,
          displayName: scope.displayName ?? scope.name,
          description: scope.description ?? '',
        }))
      : base.oauthScopes,
  };
}

// A caller spreading `{ allowSignup: undefined }` means "default", not "unset".
function defined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

// Agreement ids derive from type and name so a config without ids still gives stable ids.
function finishAgreement(input: NonNullable<EmulatorConfigInput['agreements']>[number]): AgreementConfig {
  const digest = sha256(new TextEncoder().encode(`${input.type}:${input.name}`));
  return {
    id: input.id ?? `peu_${base32(digest.slice(0, 20))}`,
    type: input.type,
    name: input.name,
    text: input.text,
    publishedAt: input.publishedAt ?? '2024-01-01T00:00:00.000Z',
  };
}

function humanize(id: string): string {
  const words = id.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Rules that need the whole config; each error's `detail` names the key. */
function checkConfig(config: EmulatorConfig): FieldError[] {
  const errors: FieldError[] = [];
  const add = (source: string, code: FieldError['code'], rule: string): void => {
    errors.push({ code, source, detail: `${source.slice(1).replaceAll('/', '.')} ${rule}` });
  };
  const positive = [
    'flowLifetimeSeconds',
    'activeTokenLifetimeSeconds',
    'refreshTokenLifetimeSeconds',
    'codeLifetimeSeconds',
    'lockoutSeconds',
  ] as const;
  for (const key of positive) {
    if (!Number.isFinite(config[key]) || config[key] <= 0) {
      add(`/${key}`, 'NotWithinRange', 'must be a positive number');
    }
  }
  if (!Number.isFinite(config.resendIntervalSeconds) || config.resendIntervalSeconds < 0) {
    add('/resendIntervalSeconds', 'NotWithinRange', 'must be a number >= 0');
  }
  if (config.maxAttempts < 1) {
    add('/maxAttempts', 'NotWithinRange', 'must be at least 1');
  }
  const n = config.scryptCost;
  // The cap keeps one sign-in from holding a thread and MAX_SCRYPT_COST × 1 KiB of memory for seconds.
  if (!Number.isInteger(n) || n < 2 || n > MAX_SCRYPT_COST || (n & (n - 1)) !== 0) {
    add('/scryptCost', 'NotWithinRange', `must be a power of two from 2 to ${MAX_SCRYPT_COST} (2^${Math.log2(MAX_SCRYPT_COST)})`);
  }
  for (const [name, value] of Object.entries(config.passwordPolicy)) {
    if (!Number.isInteger(value) || value < 0) {
      add(`/passwordPolicy/${name}`, 'NotWithinRange', 'must be an integer >= 0');
    }
  }
  if (config.passwordPolicy.chars_max < config.passwordPolicy.chars_min) {
    add('/passwordPolicy/chars_max', 'NotWithinRange', 'must be >= chars_min');
  }
  const unique = (key: string, values: string[]): void => {
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i) {
        add(`/${key}/${i}`, 'ItemNotUnique', `repeats ${JSON.stringify(value)}`);
      }
    });
  };
  unique('primaries', config.primaries);
  unique('socialProviders', config.socialProviders);
  unique('samlProviders', config.samlProviders.map((p) => p.id));
  unique('mfa/methods', config.mfa.methods);
  unique('profileFields', config.profileFields.map((f) => f.id));
  unique('agreements', config.agreements.map((a) => a.id));
  unique('oauthScopes', config.oauthScopes.map((s) => s.name));
  const canSignIn =
    config.primaries.length > 0 ||
    config.passkey.enabled ||
    config.socialProviders.length > 0 ||
    config.samlProviders.length > 0;
  if (!canSignIn) {
    add('/primaries', 'BelowMinItems', 'must list a method, unless passkeys, social or SAML providers are on');
  }
  if (config.mfa.required && config.mfa.methods.length === 0) {
    add('/mfa/methods', 'BelowMinItems', 'must list a method when mfa.required is true');
  }
  return errors;
}
