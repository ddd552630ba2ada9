import { expect } from 'vitest';
import { completeResult, engineCaller, flowResult, GOOD_PASSWORD, manualClock, signUp, testEmulator, type Caller, type Envelope } from './helpers.js';
import type { EmulatorConfigInput } from '../src/index.js';

export function accountSetup(config: EmulatorConfigInput = {}) {
  const clock = manualClock();
  const emulator = testEmulator({ now: clock.now, config });
  return { clock, emulator, call: engineCaller(emulator) };
}

/** A sign-in with a password: the session's tokens, or the refusal of the password. */
export async function trySignIn(call: Caller, email: string, password: string): Promise<{ active: string; refresh: string } | Envelope> {
  const started = flowResult(await call('/v2/flow/start', { email }));
  expect(started.flow_type).toEqual(['signin']);
  const answered = await call('/v2/flow/update', { flow_id: started.flow_id, choice: 'password', data: { password } });
  if (answered.status !== 'Success') {
    return answered;
  }
  expect(flowResult(answered).flow_phase).toBe('phase_completed');
  const tokens = completeResult(await call('/v2/flow/complete', { flow_id: started.flow_id }));
  return { active: tokens.active_token?.token ?? '', refresh: tokens.refresh_token.token };
}

export async function signIn(call: Caller, email: string, password = GOOD_PASSWORD): Promise<{ active: string; refresh: string }> {
  const tokens = await trySignIn(call, email, password);
  if ('status' in tokens) {
    throw new Error(`sign-in refused: ${tokens.status}`);
  }
  return tokens;
}

/** A new account and its first session's tokens. */
export async function newAccount(call: Caller, email: string): Promise<{ active: string; refresh: string }> {
  const tokens = await signUp(call, email);
  return { active: tokens.active_token?.token ?? '', refresh: tokens.refresh_token.token };
}

/** The status a token check answers: `Success` while the token works. */
export async function checkStatus(call: Caller, token: string): Promise<string> {
  return (await call('/v2/client/token/check', { token })).status;
}
