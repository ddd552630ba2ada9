import { describe, expect, it } from 'vitest';
import { createEmulator, createEmulatorFetch, type PresetName } from '@authn-flow-kit/emulator';
import { createAuthNClient, methodChoicesOf, type FlowResult } from '../../src/core/index.js';
import { reachableSteps } from '../../src/react/flow/reachable-steps.js';

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
    expect(reachableSteps(viewOf(started))).toEqual(['password']);
    const named = await client.flow.update(started.flowId, 'set_email', { email: 'new@example.com' });
    expect(named.choices.map((entry) => entry.choice)).toEqual(['password']);
    expect(reachableSteps(viewOf(named))).toEqual(['complete', 'password']);
  });

  it('password sign-in: the password step also leads to the reset, and the reset to a new password', async () => {
    const client = clientOf('password');
    const signUp = await client.flow.start({ email: 'known@example.com' });
    const done = await client.flow.update(signUp.flowId, 'password', { password: PASSWORD });
    await client.flow.complete(done.flowId);
    const signIn = await client.flow.start({ email: 'known@example.com' });
    expect(signIn.choices.map((entry) => entry.choice).sort()).toEqual(['password', 'reset_password']);
    expect(reachableSteps(viewOf(signIn))).toEqual(['complete', 'password', 'resetPassword', 'setPassword']);
  });

  it('passwordless: the identifier leads to the method picker and the code and link steps, not the password step', async () => {
    const client = clientOf('passwordless');
    const started = await client.flow.start({});
    // Its answer also offers a passkey, which can sign in at once.
    expect(reachableSteps(viewOf(started))).toEqual(['choice', 'code', 'complete', 'emailLink', 'passkey']);
    const named = await client.flow.update(started.flowId, 'set_email', { email: 'new@example.com' });
    expect(named.choices.map((entry) => entry.choice).sort()).toEqual(['email_otp', 'magiclink', 'passkey', 'social', 'social']);
    expect(reachableSteps(viewOf(named))).toEqual(['choice', 'code', 'complete', 'emailLink', 'passkey']);
  });

  it('a passkey offered alone leads to its ceremony and the end', () => {
    const passkey = { choice: 'passkey', data: { enrollment: false } } as const;
    expect(reachableSteps({ flowId: 'pfl_1', choices: [passkey], methods: [passkey] })).toEqual(['complete', 'passkey']);
  });

  it('an identifier that does not name its methods leads to the usual first ones', () => {
    expect(reachableSteps({ flowId: 'pfl_1', choices: [{ choice: 'set_email', data: {} }], methods: [] })).toEqual([
      'choice',
      'code',
      'emailLink',
      'passkey',
      'password',
    ]);
  });

  it('never the steps of phases the answer does not offer', async () => {
    const client = clientOf('password');
    const started = await client.flow.start({});
    const named = await client.flow.update(started.flowId, 'set_email', { email: 'new@example.com' });
    for (const view of [viewOf(started), viewOf(named)]) {
      for (const later of ['agreements', 'profile', 'captcha', 'consent', 'code', 'emailLink'] as const) {
        expect(reachableSteps(view)).not.toContain(later);
      }
    }
  });
});
