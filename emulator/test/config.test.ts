import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  createEmulator,
  PRESET_NAMES,
  presetConfig,
  resolveConfig,
  type EmulatorConfigInput,
} from '../src/index.js';
import { CliError, parseCliOptions } from '../src/node/index.js';
import { choiceNames, engineCaller, flowApi, testEmulator } from './helpers.js';
import { forEachStore } from './stores.js';

forEachStore(() => {
  describe('presets', () => {
    it.each([
      ['password', ['password'], ['set_email'], false],
      ['passwordless', ['email_otp', 'magiclink', 'passkey', 'social', 'social'], ['set_email', 'passkey', 'social', 'social'], false],
      ['mfa', ['password'], ['set_email'], true],
      ['everything', ['password', 'email_otp', 'sms_otp', 'magiclink', 'totp', 'set_phone', 'passkey'], ['set_email', 'passkey'], true],
    ] as const)('%s offers its methods', async (preset, signUpChoices, startChoices, mfa) => {
      const emulator = testEmulator({ config: { preset } });
      expect(emulator.config.mfa.required).toBe(mfa);
      const api = flowApi(engineCaller(emulator));
      expect(choiceNames(await api.start()).filter((c) => c !== 'saml' && (preset !== 'everything' || c !== 'social'))).toEqual(startChoices);
      const signUp = await api.start({ email: 'new@example.com' });
      expect(choiceNames(signUp).filter((c) => preset !== 'everything' || (c !== 'social' && c !== 'saml'))).toEqual(signUpChoices);
    });

    it('are all valid configs, the default being password', () => {
      for (const name of PRESET_NAMES) {
        expect(() => resolveConfig({ preset: name })).not.toThrow();
      }
      expect(resolveConfig()).toEqual(presetConfig('password'));
    });
  });
});

describe('resolveConfig', () => {
  it('merges nested objects key by key and replaces lists', () => {
    const config = resolveConfig({
      preset: 'everything',
      passwordPolicy: { chars_min: 12 },
      mfa: { required: false },
      socialProviders: ['github'],
    });
    expect(config.passwordPolicy).toMatchObject({ chars_min: 12, chars_max: 64 });
    expect(config.mfa).toEqual({ methods: ['totp', 'email_otp', 'sms_otp'], required: false });
    expect(config.socialProviders).toEqual(['github']);
  });

  it('derives stable agreement ids and fills profile field defaults', () => {
    const input: EmulatorConfigInput = {
      agreements: [{ type: 'eula', name: 'EULA', text: 'x' }],
      profileFields: [{ id: 'favourite_colour' }],
    };
    const a = resolveConfig(input);
    expect(a.agreements[0]?.id).toMatch(/^peu_[a-z2-7]{32}$/);
    expect(resolveConfig(input).agreements[0]?.id).toBe(a.agreements[0]?.id);
    expect(a.profileFields).toEqual([
      { id: 'favourite_colour', label: 'Favourite colour', type: 'string', required: false, showOnSignup: true },
    ]);
  });

  it.each([
    [{ scryptCost: 1000 }, '/scryptCost', 'NotWithinRange', /power of two/],
    [{ flowLifetimeSeconds: 0 }, '/flowLifetimeSeconds', 'NotWithinRange', /positive/],
    [{ passwordPolicy: { chars_min: 80 } }, '/passwordPolicy/chars_max', 'NotWithinRange', /chars_max/],
    [{ usernameFormat: 'nickname' }, '/usernameFormat', 'NotEnumMember', /usernameFormat/],
    [{ primaries: ['password', 'password'] }, '/primaries/1', 'ItemNotUnique', /primaries/],
    [{ primaries: [] }, '/primaries', 'BelowMinItems', /primaries/],
    [{ mfa: { required: true } }, '/mfa/methods', 'BelowMinItems', /mfa\.methods/],
    [{ maxAttempts: 1.5 }, '/maxAttempts', 'InvalidInteger', /maxAttempts/],
    [{ colour: 'red' }, '/colour', 'UnexpectedProperty', /colour/],
    [{ samlProviders: [{ id: 'pss_x', name: 'X' }] }, '/samlProviders/0/id', 'DoesNotMatchPattern', /samlProviders/],
    // The OAS patterns of scope names and profile field ids (finding 5 of the emulator audit).
    [{ oauthScopes: [{ name: 'read.all' }] }, '/oauthScopes/0/name', 'DoesNotMatchPattern', /oauthScopes/],
    [{ oauthScopes: [{ name: 'read:{tenant}' }] }, '/oauthScopes/0/name', 'DoesNotMatchPattern', /oauthScopes/],
    [{ profileFields: [{ id: `f${'x'.repeat(32)}` }] }, '/profileFields/0/id', 'DoesNotMatchPattern', /profileFields/],
  ])('refuses %j with a clear error', (input, source, code, message) => {
    let caught: unknown;
    try {
      resolveConfig(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).errors).toEqual([expect.objectContaining({ source, code })]);
    expect((caught as ConfigError).message).toMatch(message);
    expect(() => createEmulator({ config: input as EmulatorConfigInput })).toThrow(ConfigError);
  });

  it('is changed at run time by setConfig, merging over the config in force', () => {
    const emulator = testEmulator({ config: { preset: 'mfa' } });
    emulator.setConfig({ emailVerification: true });
    expect(emulator.config).toMatchObject({ emailVerification: true, mfa: { required: true }, scryptCost: 2 ** 10 });
    emulator.setConfig({ preset: 'password' });
    expect(emulator.config.mfa.required).toBe(false);
  });
});

describe('the CLI options', () => {
  const files: Record<string, string> = {
    'good.json': JSON.stringify({ preset: 'passwordless', resendIntervalSeconds: 5 }),
    'broken.json': '{"preset": ',
    'list.json': '[]',
    'bad.json': JSON.stringify({ mfa: { methods: ['fax'] } }),
  };
  const read = (path: string): string => {
    const text = files[path];
    if (text === undefined) {
      throw new Error('ENOENT: no such file');
    }
    return text;
  };

  it('default to the password preset on 127.0.0.1:4000', () => {
    expect(parseCliOptions([], read)).toEqual({
      port: 4000,
      host: '127.0.0.1',
      token: undefined,
      seed: undefined,
      config: presetConfig('password'),
    });
  });

  it('layer the preset, the file and the flags', () => {
    const options = parseCliOptions(
      ['--config', 'good.json', '--username-format', 'string', '--no-signup', '--mfa', '--verify-email', '--seed', 's1', '--port', '0'],
      read,
    );
    expect(options).not.toBe('help');
    if (options === 'help') {
      return;
    }
    expect(options).toMatchObject({ port: 0, seed: 's1' });
    expect(options.config).toMatchObject({
      primaries: ['email_otp', 'magiclink'],
      resendIntervalSeconds: 5,
      usernameFormat: 'string',
      allowSignup: false,
      emailVerification: true,
      mfa: { methods: ['email_otp', 'sms_otp', 'totp'], required: true },
    });
    const preset = parseCliOptions(['--config', 'good.json', '--preset', 'mfa'], read);
    expect(preset !== 'help' && preset.config.primaries).toEqual(['password']);
    expect(parseCliOptions(['-h'], read)).toBe('help');
    expect(parseCliOptions(['--db', 'records.db'], read)).toMatchObject({ db: 'records.db' });
  });

  it.each([
    [['--port', 'x'], CliError, /Invalid --port/],
    [['--nope'], CliError, /nope/],
    [['--config', 'missing.json'], CliError, /Cannot read --config missing.json: ENOENT/],
    [['--config', 'broken.json'], CliError, /not valid JSON/],
    [['--config', 'list.json'], CliError, /JSON object/],
    [['--config', 'bad.json'], ConfigError, /mfa\.methods\.0/],
    [['--preset', 'fancy'], ConfigError, /preset/],
    [['--db', ''], CliError, /--db needs a file name/],
  ])('refuse %j with a message, not a stack trace', (args, type, message) => {
    expect(() => parseCliOptions(args, read)).toThrow(type);
    expect(() => parseCliOptions(args, read)).toThrow(message);
  });
});
