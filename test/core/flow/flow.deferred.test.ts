/**
 * A background call (the passkey autofill prepared on the identifier step) must not swallow what
 * the user does meanwhile: their last submit or method pick waits for that call (`restart.deferring`)
 * and happens once it answers, where the step takes it. The machine holds the intent and its
 * choice, never the submit's data: it asks its host to send that (`update.deferred`, action `submit`).
 */
import { describe, expect, it } from 'vitest';
import { selectAction, type FlowEvent } from '../../../src/core/index.js';
import { FLOW_ID, OTHER_FLOW_ID, apiError, networkError } from '../../fixtures/index.js';
import { EMAIL_IDENTIFIER, failed, requested, responded, user } from '../../fixtures/flow-events.js';
import { flow } from './flow-driver.js';

const background: FlowEvent = { type: 'api.requested', operation: 'restart', flowId: FLOW_ID, choice: 'passkey', background: true };
const submit = (choice: 'set_email' | 'password'): FlowEvent => ({ type: 'user.submit', choice });
/** The identifier step with the autofill's restart out. */
const preparing = (): FlowEvent[] => [requested.start(), responded('start', 'passkey-start'), background];
const setEmail = requested.update('set_email', { identifier: EMAIL_IDENTIFIER });

describe('flowMachine: a submit during a background call', () => {
  it('refuses to send it at once, keeps its choice, and shows the step with its submit in flight', () => {
    const f = flow().send(...preparing());
    const before = f.view;
    expect(f.snapshot.can(setEmail)).toBe(false);
    f.send(submit('set_email'));
    expect(f.snapshot.value).toEqual({ restart: 'deferring' });
    expect(f.snapshot.context.deferred).toEqual({ intent: 'submit', choice: 'set_email' });
    // To the step, its submit is on its way: the button says so, and a second press does nothing.
    expect(f.view).toEqual({ ...before, pending: { operation: 'update', choice: 'set_email', background: false } });
    expect(selectAction(f.snapshot)).toBeNull();
  });

  it('asks its host to send it once the background call answers, then waits on it', () => {
    const f = flow().send(...preparing(), submit('set_email'), responded('restart', 'passkey-start-started'));
    expect(f.snapshot.value).toEqual({ update: 'deferred' });
    const action = selectAction(f.snapshot);
    expect(action).toEqual({ id: expect.any(Number), type: 'submit', flowId: FLOW_ID, choice: 'set_email' });
    // The background answer is taken: the autofill's ceremony is there for the next time.
    expect(f.view.choices.find((entry) => entry.choice === 'passkey')?.data).toMatchObject({ started: true });
    expect(f.snapshot.can(requested.update('password'))).toBe(false);
    f.send(setEmail);
    expect(f.snapshot.value).toEqual({ update: 'submitting' });
    expect(f.snapshot.context.deferred).toBeNull();
    expect(f.view).toMatchObject({ busy: true, identifier: EMAIL_IDENTIFIER, pending: { operation: 'update', choice: 'set_email', background: false } });
    expect(selectAction(f.snapshot)).toBeNull();
    f.send(responded('update', 'signin-methods'));
    expect(f.view).toMatchObject({ state: 'choice', step: 'choice' });
  });

  it('sends it after a background call that failed, the failure gone with the new call', () => {
    const f = flow().send(...preparing(), submit('set_email'), failed('restart', networkError()));
    expect(selectAction(f.snapshot)).toMatchObject({ type: 'submit', choice: 'set_email' });
    f.send(setEmail);
    expect(f.view).toMatchObject({ state: 'update', busy: true, formError: null });
  });

  it('keeps only the last thing the user did', () => {
    const f = flow().send(...preparing(), submit('set_email'), user.chooseMethod('passkey'));
    expect(f.snapshot.context.deferred).toEqual({ intent: 'chooseMethod', choice: 'passkey' });
    f.send(submit('set_email'));
    expect(f.snapshot.context.deferred).toEqual({ intent: 'submit', choice: 'set_email' });
  });

  it('drops it when the background call finds the flow gone, or ends it', () => {
    const expired = flow().send(...preparing(), submit('set_email'), failed('restart', apiError('flow-expired')));
    expect(expired.snapshot.value).toBe('expired');
    expect(selectAction(expired.snapshot)).toMatchObject({ type: 'start' });
    expect(expired.snapshot.context.deferred).toBeNull();
    const done = flow().send(...preparing(), submit('set_email'), responded('restart', 'completed'));
    expect(done.snapshot.value).toBe('concluding');
    expect(selectAction(done.snapshot)).toMatchObject({ type: 'complete' });
    expect(done.snapshot.context.deferred).toBeNull();
  });

  it('says the flow was started again, until the user acts: the next background call leaves the notice', () => {
    const f = flow().send(...preparing(), submit('set_email'), failed('restart', apiError('flow-expired')));
    f.send(requested.start(), responded('start', 'passkey-start'), background);
    expect(f.view).toMatchObject({ step: 'set_email', notice: 'flow-restarted' });
    f.send(submit('set_email'), responded('restart', 'passkey-start-started'), setEmail);
    expect(f.view.notice).toBeNull();
  });

  it('drops it when the user starts over', () => {
    const f = flow().send(...preparing(), submit('set_email'), user.startOver());
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
    expect(f.snapshot.context.deferred).toBeNull();
  });

  it('waits on through a late answer of another flow', () => {
    const f = flow().send(...preparing(), submit('set_email'), failed('restart', networkError(), OTHER_FLOW_ID));
    expect(f.snapshot.value).toEqual({ restart: 'deferring' });
  });

  it('is refused during a restart the user asked for, as any second call', () => {
    const f = flow().send(requested.start(), responded('start', 'passkey-start'), requested.restart('passkey'));
    expect(f.snapshot.can(submit('set_email'))).toBe(false);
    expect(f.snapshot.can(user.chooseMethod('passkey'))).toBe(false);
  });
});

describe('flowMachine: a method picked during a background call', () => {
  it('opens the picked step once the call answers', () => {
    const f = flow().send(...preparing(), user.chooseMethod('passkey'));
    expect(f.snapshot.value).toEqual({ restart: 'deferring' });
    expect(f.view.step).toBe('set_email');
    f.send(responded('restart', 'passkey-start-started'));
    expect(f.view).toMatchObject({ state: 'update', step: 'passkey', busy: false, canGoBack: true });
    expect(f.snapshot.context.deferred).toBeNull();
    expect(selectAction(f.snapshot)).toBeNull();
  });

  it('ignores a pick the answered flow does not offer, as it would have then', () => {
    const f = flow().send(...preparing(), user.chooseMethod('totp'), responded('restart', 'passkey-start-started'));
    expect(f.view).toMatchObject({ state: 'update', step: 'set_email' });
  });
});
