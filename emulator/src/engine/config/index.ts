export { ConfigError, presetConfig, resolveConfig } from './resolve.js';
export { BASE_CONFIG as DEFAULT_EMULATOR_CONFIG, DEFAULT_PASSWORD_POLICY, PRESETS } from './presets.js';
export * from './types.js';
