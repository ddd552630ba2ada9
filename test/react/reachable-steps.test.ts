import { describe, expect, it } from 'vitest';
import { createEmulator, createEmulatorFetch, type PresetName } from '@authn-flow-kit/emulator';
import {
  createAuthNClient,
  methodChoicesOf,
  type FlowChoice,
  type FlowResult,
  type FlowStepId,
  type KnownChoiceName,
} from '../../src/core/index.js';
import { reachableSteps } from '../../src/react/flow/reachable-steps.js';
import { stepComponentOf } from '../../src/react/flow/step-components.js';
import * as lazySteps from '../../src/react/steps/lazy-steps.js';

const PASSWORD = 'Correct-Horse-9';

/** A client on a fresh emulator of `preset`: the answers are the emulator's own. */
function clientOf(preset: PresetName) {
  const emulator = createEmulator({ config: { preset, scryptCost: 2 ** 10 } });
  return createAuthNClient({
    baseUrl: 'http://authn.test/',
    clientToken: emulator.token,
    fetch: createEmulatorFetch(emulator, { baseUrl: 'http://authn.test' }),
  });
}

/** The kit's lazy steps, by their export's name; an alias (`ResetPasswordStep`) is named as the step it is. */
const NAME_OF = new Map<unknown, string>();
for (const [name, value] of Object.entries(lazySteps)) {
  if (typeof value === 'function' && /^[A-Z]/.test(name) && !NAME_OF.has(value)) {
    NAME_OF.set(value, name);
  }
}

/** The lazy steps whose code the flow of an app without overrides fetches for these steps. */
function chunksOf(steps: readonly FlowStepId[]): string[] {
  const chunks = steps.flatMap((step) => NAME_OF.get(stepComponentOf(step, {})) ?? []);
  return [...new Set(chunks)].sort();
}

/** The parts of the view the answer on screen makes. */
function viewOf(result: FlowResult) {
  return { flowId: result.flowId, choices: result.choices, methods: methodChoicesOf(result) };
}

describe('the steps an answer can lead to', () => {
  it('names nothing before the first answer: the project is not known yet', () => {
    expect(reachableSteps({ flowId: undefined, choices: [{ choice: 'set_email', data: {} }], methods: [] })).toEqual([]);
  });

  it('password sign-up: the identifier leads to the password step, which leads to the end', async () => {
    const client = clientOf('password');
    const started = await client.flow.start({});
    // The identifier step on screen ships with the first screen: no code of its own to fetch.
    expect(reachableSteps(viewOf(started))).toEqual(['password', 'set_email']);
    expect(chunksOf(reachableSteps(viewOf(started)))).toEqual(['PasswordStep']);
    const named = await client.flow.update(started.flowId, 'set_email', { email: 'new@example.com' });
    expect(named.choices.map((entry) => entry.choice)).toEqual(['password']);
    expect(reachableSteps(viewOf(named))).toEqual(['complete', 'password']);
    expect(chunksOf(reachableSteps(viewOf(named)))).toEqual(['CompleteView', 'PasswordStep']);
  });

  it('password sign-in: the password step also leads to the reset, and the reset to a new password', async () => {
    const client = clientOf('password');
    const signUp = await client.flow.start({ email: 'known@example.com' });
    const done = await client.flow.update(signUp.flowId, 'password', { password: PASSWORD });
    await client.flow.complete(done.flowId);
    const signIn = await client.flow.start({ email: 'known@example.com' });
    expect(signIn.choices.map((entry) => entry.choice).sort()).toEqual(['password', 'reset_password']);
    expect(reachableSteps(viewOf(signIn))).toEqual(['complete', 'password', 'reset_password', 'set_password']);
    // The reset's screen is the emailed link's.
    expect(chunksOf(reachableSteps(viewOf(signIn)))).toEqual(['CompleteView', 'EmailLinkStep', 'PasswordStep', 'SetPasswordStep']);
  });

  it('passwordless: the identifier leads to the method picker and the code and link steps, not the password step', async () => {
    const client = clientOf('passwordless');
    const started = await client.flow.start({});
    // Its answer also offers a passkey, which can sign in at once.
    expect(reachableSteps(viewOf(started))).toEqual(['choice', 'complete', 'email_otp', 'magiclink', 'passkey', 'set_email']);
    expect(chunksOf(reachableSteps(viewOf(started)))).toEqual(['ChoicePicker', 'CodeStep', 'CompleteView', 'EmailLinkStep', 'PasskeyStep']);
    const named = await client.flow.update(started.flowId, 'set_email', { email: 'new@example.com' });
    expect(named.choices.map((entry) => entry.choice).sort()).toEqual(['email_otp', 'magiclink', 'passkey', 'social', 'social']);
    expect(reachableSteps(viewOf(named))).toEqual(['choice', 'complete', 'email_otp', 'magiclink', 'passkey']);
    expect(chunksOf(reachableSteps(viewOf(named)))).toEqual(['ChoicePicker', 'CodeStep', 'CompleteView', 'EmailLinkStep', 'PasskeyStep']);
  });

  it('a passkey offered alone leads to its ceremony and the end', () => {
    const passkey = { choice: 'passkey', data: { enrollment: false } } as const;
    expect(reachableSteps({ flowId: 'pfl_1', choices: [passkey], methods: [passkey] })).toEqual(['complete', 'passkey']);
  });

  it('an identifier that does not name its methods leads to every method, and the picker', () => {
    const steps = reachableSteps({ flowId: 'pfl_1', choices: [{ choice: 'set_email', data: {} }], methods: [] });
    expect(steps).toEqual(['choice', 'email_otp', 'magiclink', 'passkey', 'password', 'set_email', 'sms_otp', 'totp']);
    expect(chunksOf(steps)).toEqual(['ChoicePicker', 'CodeStep', 'EmailLinkStep', 'PasskeyStep', 'PasswordStep']);
  });

  it('an identifier names only the methods among its auth types: a provider has no step', () => {
    const identifier: FlowChoice = { choice: 'set_username', data: { required_for: ['social', 'sms_otp'] } };
    expect(reachableSteps({ flowId: 'pfl_1', choices: [identifier], methods: [] })).toEqual(['set_username', 'sms_otp']);
  });

  it('each choice leads to the code of its own step and of the end, as the flow renders them', () => {
    const chunksFrom = (choice: KnownChoiceName) =>
      chunksOf(reachableSteps({ flowId: 'pfl_1', choices: [{ choice, data: {} } as FlowChoice], methods: [] }));
    const expected: Partial<Record<KnownChoiceName, string[]>> = {
      // No step of its own: the "unsupported" screen.
      set_phone: ['CompleteView', 'UnsupportedView'],
      password: ['CompleteView', 'PasswordStep'],
      set_password: ['CompleteView', 'SetPasswordStep'],
      reset_password: ['EmailLinkStep', 'SetPasswordStep'],
      verify_email: ['CompleteView', 'EmailLinkStep'],
      magiclink: ['CompleteView', 'EmailLinkStep'],
      provisional_enrollment: ['CompleteView', 'EmailLinkStep'],
      email_otp: ['CodeStep', 'CompleteView'],
      sms_otp: ['CodeStep', 'CompleteView'],
      totp: ['CodeStep', 'CompleteView'],
      // Buttons of the identifier step, whose provider's redirect leaves the page.
      social: [],
      saml: [],
      passkey: ['CompleteView', 'PasskeyStep'],
      captcha: ['CaptchaStep', 'CompleteView'],
      agreements: ['AgreementsStep', 'CompleteView'],
      profile: ['CompleteView', 'ProfileStep'],
      oauth_consent: ['CompleteView', 'ConsentStep'],
    };
    for (const [choice, chunks] of Object.entries(expected) as [KnownChoiceName, string[]][]) {
      expect({ choice, chunks: chunksFrom(choice) }).toEqual({ choice, chunks });
    }
  });

  it('never the steps of phases the answer does not offer', async () => {
    const client = clientOf('password');
    const started = await client.flow.start({});
    const named = await client.flow.update(started.flowId, 'set_email', { email: 'new@example.com' });
    for (const view of [viewOf(started), viewOf(named)]) {
      for (const later of ['AgreementsStep', 'ProfileStep', 'CaptchaStep', 'ConsentStep', 'CodeStep', 'EmailLinkStep']) {
        expect(chunksOf(reachableSteps(view))).not.toContain(later);
      }
    }
  });
});
