/**
 * The first screen does not wait for `flow/start`: the machine opens on the identifier form drawn
 * from what the kit knows (`opening`), which takes typing; a submit waits for the start's answer
 * and is sent if that answer offers its choice. Otherwise the answer's own step shows.
 */
import { describe, expect, it } from 'vitest';
import { selectAction, type FlowEvent } from '../../../src/core/index.js';
import { FLOW_ID, networkError } from '../../fixtures/index.js';
import { EMAIL_IDENTIFIER, failed, requested, responded, user } from '../../fixtures/flow-events.js';
import { flow } from './flow-driver.js';

const EMAIL = EMAIL_IDENTIFIER.value;
const submitEmail: FlowEvent = { type: 'user.submit', choice: 'set_email', identifier: EMAIL_IDENTIFIER };

describe('flowMachine: the first screen before flow/start answers', () => {
  it('draws the identifier form from the start options, idle to the user', () => {
    const f = flow({ start: { email: EMAIL, flowTypes: ['signin'] } });
    expect(f.view).toMatchObject({
      state: 'opening',
      step: 'set_email',
      flowType: ['signin'],
      usernameFormat: 'email',
      identifier: EMAIL_IDENTIFIER,
      choices: [{ choice: 'set_email', data: {} }],
      methods: [],
      formError: null,
    });
    expect(f.view.pending?.background).toBe(true);
  });

  it('asks by the username format the app gave', () => {
    const f = flow({ usernameFormat: 'phone' });
    expect(f.view).toMatchObject({ step: 'set_username', usernameFormat: 'phone', choice: { choice: 'set_username' } });
  });

  it('holds a submit until the answer, showing it in flight, then asks its host to send it', () => {
    const f = flow().send(requested.start(), submitEmail);
    expect(f.snapshot.value).toEqual({ opening: 'waiting' });
    expect(f.view).toMatchObject({ step: 'set_email', busy: true, pending: { operation: 'update', choice: 'set_email', background: false } });
    expect(selectAction(f.snapshot)).toBeNull();
    f.send(responded('start', 'start-email'));
    expect(f.snapshot.value).toEqual({ update: 'deferred' });
    expect(selectAction(f.snapshot)).toEqual({ id: expect.any(Number), type: 'submit', flowId: FLOW_ID, choice: 'set_email' });
    f.send(requested.update('set_email', { identifier: EMAIL_IDENTIFIER }), responded('update', 'signin-password'));
    expect(f.view).toMatchObject({ step: 'password', identifier: EMAIL_IDENTIFIER });
  });

  it('sends nothing when the answer asks for something else, and shows its step', () => {
    const f = flow().send(requested.start(), submitEmail, responded('start', 'start-username'));
    expect(f.snapshot.value).toEqual({ update: 'ready' });
    expect(f.snapshot.context.deferred).toBeNull();
    expect(selectAction(f.snapshot)).toBeNull();
    expect(f.view).toMatchObject({ step: 'set_username', usernameFormat: 'string', busy: false, pending: null });
  });

  it('takes only identifier submits, and only the last of them', () => {
    const f = flow().send(requested.start(), { type: 'user.submit', choice: 'password' });
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
    f.send({ type: 'user.submit', choice: 'set_username', identifier: { kind: 'username', value: 'joe' } }, submitEmail);
    expect(f.snapshot.context.deferred).toEqual({ intent: 'submit', choice: 'set_email' });
  });

  it('keeps what was submitted through a failed start: the retry starts with it', () => {
    const f = flow().send(requested.start(), submitEmail, failed('start', networkError()));
    expect(f.view).toMatchObject({ state: 'failed', canRetry: true });
    f.send(user.retry());
    expect(f.view).toMatchObject({ state: 'opening', step: 'set_email', identifier: EMAIL_IDENTIFIER });
    expect(f.view.action).toMatchObject({ type: 'start', request: { email: EMAIL } });
  });

  it('drops the waiting submit and the typed identifier when the user starts over', () => {
    const f = flow().send(requested.start(), submitEmail, user.startOver());
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
    expect(f.view).toMatchObject({ identifier: undefined, pending: { operation: 'start', background: true } });
  });

  it('waits on the loading screen for starts that lead past the identifier', () => {
    for (const start of [{ invitation: 'pmi_7u4nijrrv64mdojqf3iukjgqqrh5cnzd' }, { samlIdpInitiatedTicket: 'pxx_7u4nijrrv64mdojqf3iukjgqqrh5cnzd' }]) {
      const f = flow({ start });
      expect(f.view).toMatchObject({ state: 'idle', step: 'loading' });
      f.send(requested.start(), submitEmail);
      expect(f.view).toMatchObject({ state: 'started', step: 'loading', pending: { operation: 'start' } });
      expect(f.snapshot.context.deferred).toBeNull();
    }
  });
});
