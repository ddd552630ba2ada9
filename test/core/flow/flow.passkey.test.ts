import { describe, expect, it } from 'vitest';
import type { FlowEvent } from '../../../src/core/index.js';
import { FLOW_ID, apiError } from '../../fixtures/index.js';
import { EMAIL_IDENTIFIER, completed, failed, journeys, requested, responded, user } from '../../fixtures/flow-events.js';
import { flow } from './flow-driver.js';

const backgroundRestart: FlowEvent = { type: 'api.requested', operation: 'restart', flowId: FLOW_ID, choice: 'passkey', background: true };
const finish: FlowEvent = { type: 'user.finish' };
const passkeyStart = (): FlowEvent[] => [requested.start(), responded('start', 'passkey-start')];
const signedIn = (): FlowEvent[] => [
  ...passkeyStart(),
  requested.update('set_email', { identifier: EMAIL_IDENTIFIER }),
];

describe('flowMachine: passkey beside the identifier', () => {
  it('keeps the identifier step through a background restart, and says it is one', () => {
    const f = flow().send(...passkeyStart(), backgroundRestart);
    expect(f.view).toMatchObject({ step: 'set_email', busy: true, pending: { operation: 'restart', choice: 'passkey', background: true } });
    f.send(responded('restart', 'passkey-start-started'));
    expect(f.view).toMatchObject({ state: 'update', step: 'set_email', busy: false, canGoBack: false });
    expect(f.view.choices.find((entry) => entry.choice === 'passkey')?.data).toMatchObject({ started: true });
  });

  it('brings the passkey step with a restart the user asked for', () => {
    const f = flow().send(...passkeyStart(), requested.restart('passkey'));
    expect(f.view.pending).toEqual({ operation: 'restart', choice: 'passkey', background: false });
    f.send(responded('restart', 'passkey-start-started'));
    expect(f.view).toMatchObject({ step: 'passkey', canGoBack: true });
  });

  it('opens the passkey step from the identifier step, and goes back to it', () => {
    const f = flow().send(...passkeyStart(), user.chooseMethod('passkey'));
    expect(f.view).toMatchObject({ state: 'update', step: 'passkey', canGoBack: true });
    f.send(user.back());
    expect(f.view).toMatchObject({ step: 'set_email', canGoBack: false });
  });

  it('leaves the last step’s error behind when a method is picked from it', () => {
    const f = flow().send(...signedIn(), failed('update', apiError('validation-bad-state')));
    expect(f.view.formError).not.toBeNull();
    f.send(user.chooseMethod('passkey'));
    expect(f.view).toMatchObject({ step: 'passkey', formError: null });
  });

  it('ignores a pick from a step that is not a method', () => {
    const f = flow().send(...passkeyStart(), user.chooseMethod('social'));
    expect(f.view.step).toBe('set_email');
  });

  it('signs in with the passkey picked from the autofill: choose, then submit', () => {
    const f = flow().send(
      ...passkeyStart(),
      backgroundRestart,
      responded('restart', 'passkey-start-started'),
      user.chooseMethod('passkey'),
      requested.update('passkey'),
    );
    expect(f.view).toMatchObject({ step: 'passkey', busy: true });
    f.send(responded('update', 'completed'));
    expect(f.state).toBe('concluding');
  });
});

describe('flowMachine: the "add a passkey" offer after sign-in', () => {
  const offer = (): FlowEvent[] => [...journeys.signinPassword(), requested.update('password'), responded('update', 'passkey-offer')];

  it('shows the offer instead of completing', () => {
    const f = flow().send(...offer());
    expect(f.view).toMatchObject({ state: 'update', step: 'passkey', phase: 'phase_completed', action: null, canGoBack: false });
  });

  it('completes the flow when the user skips it', () => {
    const f = flow().send(...offer(), finish);
    expect(f.state).toBe('completing');
    expect(f.view.action).toMatchObject({ type: 'complete', flowId: FLOW_ID });
    f.send(requested.complete(), completed());
    expect(f.view.step).toBe('complete');
  });

  it('completes after the passkey is added', () => {
    const f = flow().send(
      ...offer(),
      requested.restart('passkey'),
      responded('restart', 'passkey-offer-started'),
      requested.update('passkey'),
      responded('update', 'completed'),
    );
    expect(f.state).toBe('concluding');
  });

  it('ignores finish while a call is in flight, and before the flow is complete', () => {
    const f = flow().send(...offer(), requested.restart('passkey'), finish);
    expect(f.state).toEqual({ restart: 'running' });
    const early = flow().send(...journeys.signinPassword(), finish);
    expect(early.view.step).toBe('password');
  });
});
