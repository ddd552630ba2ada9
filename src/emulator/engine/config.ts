/**
 * The project configuration the emulator plays. Only the knobs of the current slice exist;
 * later slices add primaries, secondaries, verification, MFA and so on.
 */

/** Kept in the wire's snake_case because the engine sends it verbatim as `password_policy`. */
export interface PasswordPolicy {
  chars_min: number;
  chars_max: number;
  lower_min: number;
  upper_min: number;
  number_min: number;
  punct_min: number;
}

export interface EmulatorConfig {
  /** When false, unknown emails cannot sign up (sign-in only). */
  allowSignup: boolean;
  passwordPolicy: PasswordPolicy;
  flowLifetimeSeconds: number;
  activeTokenLifetimeSeconds: number;
  refreshTokenLifetimeSeconds: number;
  /** scrypt N; tests lower it to stay fast, the default is a realistic interactive cost. */
  scryptCost: number;
}

/** What callers may pass: any subset, including a partial password policy. */
export type EmulatorConfigInput = Partial<Omit<EmulatorConfig, 'passwordPolicy'>> & {
  passwordPolicy?: Partial<PasswordPolicy>;
};

export const DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = Object.freeze({
  chars_min: 8,
  chars_max: 64,
  lower_min: 1,
  upper_min: 1,
  number_min: 1,
  punct_min: 1,
});

export const DEFAULT_EMULATOR_CONFIG: Readonly<EmulatorConfig> = Object.freeze({
  allowSignup: true,
  passwordPolicy: DEFAULT_PASSWORD_POLICY,
  flowLifetimeSeconds: 1800,
  activeTokenLifetimeSeconds: 172_800,
  refreshTokenLifetimeSeconds: 604_800,
  scryptCost: 2 ** 14,
});

export function resolveConfig(input: EmulatorConfigInput = {}): EmulatorConfig {
  const config: EmulatorConfig = {
    ...DEFAULT_EMULATOR_CONFIG,
    ...stripUndefined(input),
    passwordPolicy: { ...DEFAULT_PASSWORD_POLICY, ...stripUndefined(input.passwordPolicy ?? {}) },
  };
  assertConfig(config);
  return config;
}

// A caller spreading `{ allowSignup: undefined }` means "default", not "unset".
function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function assertConfig(config: EmulatorConfig): void {
  const positive: [string, number][] = [
    ['flowLifetimeSeconds', config.flowLifetimeSeconds],
    ['activeTokenLifetimeSeconds', config.activeTokenLifetimeSeconds],
    ['refreshTokenLifetimeSeconds', config.refreshTokenLifetimeSeconds],
  ];
  for (const [name, value] of positive) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(`${name} must be a positive number`);
    }
  }
  const n = config.scryptCost;
  if (!Number.isInteger(n) || n < 2 || (n & (n - 1)) !== 0) {
    throw new RangeError('scryptCost must be a power of two >= 2');
  }
  const policy = config.passwordPolicy;
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`passwordPolicy.${name} must be an integer >= 0`);
    }
  }
  if (policy.chars_max < policy.chars_min) {
    throw new RangeError('passwordPolicy.chars_max must be >= chars_min');
  }
}
