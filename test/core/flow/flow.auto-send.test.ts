import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { autoSendOf, createAutoSendOnce, flowMachine, selectFlowView, type FlowEvent, type FlowView } from '../../../src/core/index.js';
import { FLOW_ID } from '../../fixtures/index.js';
import { failed, requested, responded } from '../../fixtures/flow-events.js';
import { networkError } from '../../fixtures/index.js';

function viewAfter(...events: FlowEvent[]): FlowView {
  const actor = createActor(flowMachine, { input: {} });
  actor.start();
  events.forEach((event) => actor.send(event));
  return selectFlowView(actor.getSnapshot());
}

const start = (fixture: Parameters<typeof responded>[1]): FlowEvent[] => [requested.start(), responded('start', fixture)];
const choose = (choice: 'email_otp' | 'magiclink'): FlowEvent => ({ type: 'user.chooseMethod', choice });

describe('autoSendOf: the send a step needs before the user can go on', () => {
  it('asks for a code the server has not sent yet', () => {
    const view = viewAfter(...start('signin-email-otp'));
    expect(autoSendOf(view)).toEqual({ key: `${FLOW_ID}|${view.phase ?? ''}|email_otp`, choice: 'email_otp' });
  });

  it('asks for the method the user picked, and nothing while the picker is on screen', () => {
    expect(autoSendOf(viewAfter(...start('passwordless-methods')))).toBeNull();
    expect(autoSendOf(viewAfter(...start('passwordless-methods'), choose('magiclink')))).toMatchObject({ choice: 'magiclink' });
  });

  it('asks for nothing while a call runs, and nothing for an address it does not have yet', () => {
    expect(autoSendOf(viewAfter(...start('signin-email-otp'), requested.restart('email_otp')))).toBeNull();
    expect(autoSendOf(viewAfter(...start('magiclink-need-email')))).toBeNull();
  });

  it('asks for nothing once the code is sent, nor for a TOTP enrolment that has its secret', () => {
    expect(autoSendOf(viewAfter(...start('signin-email-otp'), requested.restart('email_otp'), responded('restart', 'email-otp-sent')))).toBeNull();
    expect(autoSendOf(viewAfter(...start('secondary-methods')))).toBeNull();
  });
});

describe('createAutoSendOnce', () => {
  it('gives each choice instance once: a refused send is not retried in a loop', () => {
    const once = createAutoSendOnce();
    const due = viewAfter(...start('signin-email-otp'));
    expect(once(due)).toMatchObject({ choice: 'email_otp' });
    const refused = viewAfter(...start('signin-email-otp'), requested.restart('email_otp'), failed('restart', networkError()));
    expect(autoSendOf(refused)).not.toBeNull();
    expect(once(refused)).toBeNull();
    // Another host (a new mount of the kit) starts with none claimed.
    expect(createAutoSendOnce()(refused)).toMatchObject({ choice: 'email_otp' });
  });
});
