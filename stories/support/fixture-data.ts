/**
 * A designer's Controls for the replayed stories: the step's data (the user's email, the password
 * policy) written into the recorded events, so a story shows it as the server would have sent it.
 */
import type { FlowEvent, FlowInput, FlowResult, PasswordPolicy } from '../../src/core/index.js';

/** The addresses of the recordings and the hand-written fixtures (joe@, eve@, pat@ … @example.com). */
const RECORDED_EMAIL = /[\w.+-]+@example\.com/g;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Every string in plain data with the recorded addresses replaced; class instances (errors) kept as they are. */
function withEmail<T>(value: T, email: string): T {
  if (typeof value === 'string') {
    return value.replace(RECORDED_EMAIL, email) as T;
  }
  if (Array.isArray(value)) {
    return value.map((entry: unknown) => withEmail(entry, email)) as T;
  }
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withEmail(entry, email)])) as T;
  }
  return value;
}

/** The policy in every choice that carries one (`password`, `set_password`). */
function withPolicy(result: FlowResult, policy: PasswordPolicy): FlowResult {
  return {
    ...result,
    choices: result.choices.map((entry) =>
      'password_policy' in entry.data && entry.data.password_policy !== undefined
        ? ({ ...entry, data: { ...entry.data, password_policy: policy } } as typeof entry)
        : entry,
    ),
  };
}

export interface FixtureData {
  /** The user's email, in place of the recording's (try a long one). @default the recording's */
  email?: string;
  /**
   * The password policy the server sends, where the step has one (sign-up, a new password):
   * `chars_min`, `chars_max`, `lower_min`, `upper_min`, `number_min`, `punct_min`. @default the recording's
   */
  passwordPolicy?: PasswordPolicy;
}

/** The events with a designer's data written in; unchanged when none is given. */
export function eventsWithData(events: readonly FlowEvent[], { email, passwordPolicy }: FixtureData): readonly FlowEvent[] {
  const emailed = email === undefined || email === '' ? events : withEmail(events, email);
  if (passwordPolicy === undefined) {
    return emailed;
  }
  return emailed.map((event) => (event.type === 'api.responded' ? { ...event, result: withPolicy(event.result, passwordPolicy) } : event));
}

/** The start input (`email`) with the designer's email, if it has one. */
export function inputWithData(input: FlowInput | undefined, { email }: FixtureData): FlowInput | undefined {
  return input === undefined || email === undefined || email === '' ? input : withEmail(input, email);
}

/** Changes when the data does: the key that replays the story afresh. */
export function dataKey(data: FixtureData): string {
  return JSON.stringify([data.email ?? '', data.passwordPolicy ?? null]);
}
