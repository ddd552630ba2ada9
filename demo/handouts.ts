import * as v from 'valibot';
import { PRESET_NAMES, presetConfig, type PresetName } from '@authn-flow-kit/emulator';

/**
 * The emulator's test hand-outs (`/__emulator/*`, emulator/README.md) the demo's own panels use: the
 * preset in force and the messages "sent". The dev server serves them on the demo's origin; the
 * cookie the end-to-end tests set routes them to the test's emulator, as it does the flow's calls.
 */

const OutboxSchema = v.object({
  messages: v.array(
    v.object({
      to: v.string(),
      channel: v.picklist(['email', 'sms']),
      subject: v.string(),
      code: v.optional(v.string()),
      link: v.optional(v.string()),
    }),
  ),
});

export type SentMessage = v.InferOutput<typeof OutboxSchema>['messages'][number];

/** What tells the presets apart; the other keys (scrypt cost, lifetimes) do not. */
const PRESET_SIGNATURE = ['primaries', 'mfa', 'emailVerification', 'signupCaptcha', 'socialProviders', 'agreements'] as const;

/** What the demo reads of the config in force (`GET /__emulator/config`). */
const ConfigSchema = v.object({
  config: v.looseObject({
    primaries: v.unknown(),
    mfa: v.unknown(),
    emailVerification: v.unknown(),
    signupCaptcha: v.unknown(),
    socialProviders: v.unknown(),
    agreements: v.unknown(),
    looseWire: v.optional(v.boolean()),
  }),
});

export type EmulatorConfigShape = Record<(typeof PRESET_SIGNATURE)[number], unknown> & { looseWire?: boolean | undefined };

function signatureOf(config: EmulatorConfigShape): string {
  return JSON.stringify(PRESET_SIGNATURE.map((key) => config[key]));
}

/** The preset `config` was made from, or `null` for a config of its own (an end-to-end test's, say). */
export function presetOf(config: EmulatorConfigShape): PresetName | null {
  const signature = signatureOf(config);
  return PRESET_NAMES.find((name) => signatureOf(presetConfig(name)) === signature) ?? null;
}

async function handout(path: string, init?: RequestInit): Promise<unknown> {
  // Absolute: fetch outside a browser (the demo's tests) takes no relative URL.
  const response = await fetch(new URL(`/__emulator/${path}`, window.location.origin), init);
  if (!response.ok) {
    throw new Error(`/__emulator/${path} answered ${response.status}`);
  }
  return response.json();
}

/** Everything sent so far, newest first. */
export async function fetchOutbox(): Promise<SentMessage[]> {
  return v.parse(OutboxSchema, await handout('outbox')).messages.reverse();
}

export async function fetchConfig(): Promise<EmulatorConfigShape> {
  return v.parse(ConfigSchema, await handout('config')).config;
}

/** Puts `preset` in force, keeping the wire form the server was started with (`AUTHN_LOOSE_WIRE`). */
export async function applyPreset(preset: PresetName, current: EmulatorConfigShape | undefined): Promise<EmulatorConfigShape> {
  const body = { preset, looseWire: current?.looseWire === true };
  const answer = await handout('config', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return v.parse(ConfigSchema, answer).config;
}

/** A link the inbox may open: http(s) only, so a message can never run script on this page. */
export function safeLink(link: string | undefined): string | null {
  if (link === undefined || !URL.canParse(link)) {
    return null;
  }
  const { protocol } = new URL(link);
  return protocol === 'http:' || protocol === 'https:' ? link : null;
}
