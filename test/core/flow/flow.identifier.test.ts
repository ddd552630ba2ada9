import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { flowMachine, selectFlowView } from '../../../src/core/index.js';
import type { FlowEvent, FlowIdentifier, FlowInput } from '../../../src/core/index.js';
import { identifierAfter } from '../../../src/core/flow/flow.identifier.js';
import { EMAIL, apiError } from '../../fixtures/index.js';
import { EMAIL_IDENTIFIER, failed, requested, responded } from '../../fixtures/flow-events.js';

function viewAfter(events: readonly FlowEvent[], input?: FlowInput) {
  const actor = createActor(flowMachine, { input });
  actor.start();
  events.forEach((event) => actor.send(event));
  return selectFlowView(actor.getSnapshot());
}

const USERNAME: FlowIdentifier = { kind: 'username', value: 'joe' };

/** A username project: the user typed `joe`; the account behind it has an email and a phone. */
const usernameSignIn = (): FlowEvent[] => [
  requested.start(),
  responded('start', 'start-username'),
  requested.update('set_username', { identifier: USERNAME }),
  responded('update', 'signin-password', { username_format: 'string', username: 'joe', email: EMAIL }),
];

describe('flowMachine: the identifier shown', () => {
  it('keeps the username the user typed when the response also names an email', () => {
    const view = viewAfter(usernameSignIn());
    expect(view.identifier).toEqual(USERNAME);
    // The address stays available where the UI says where a code or link went.
    expect(view.email).toBe(EMAIL);
  });

  it('keeps it through later responses, and starts again with it after expiry', () => {
    const view = viewAfter([
      ...usernameSignIn(),
      requested.update('password'),
      failed('update', apiError('flow-expired')),
    ]);
    expect(view.identifier).toEqual(USERNAME);
    expect(view.action).toMatchObject({ type: 'start', request: { username: 'joe' } });
  });

  it("takes the server's spelling of the same email", () => {
    const typed: FlowIdentifier = { kind: 'email', value: 'Joe@Example.com' };
    const view = viewAfter([
      requested.start(),
      responded('start', 'start-email'),
      requested.update('set_email', { identifier: typed }),
      responded('update', 'signin-password'),
    ]);
    expect(view.identifier).toEqual(EMAIL_IDENTIFIER);
  });

  it('keeps a typed email when the response names another one', () => {
    const typed: FlowIdentifier = { kind: 'email', value: 'joe@work.example' };
    const view = viewAfter([
      requested.start(),
      responded('start', 'start-email'),
      requested.update('set_email', { identifier: typed }),
      responded('update', 'signin-password'),
    ]);
    expect(view.identifier).toEqual(typed);
  });

  it("names the user from the response when nothing was typed (started with the app's email)", () => {
    const view = viewAfter([requested.start(), responded('start', 'signin-password')], { start: { email: EMAIL } });
    expect(view.identifier).toEqual(EMAIL_IDENTIFIER);
  });

  it("exposes the result's phone, for where a texted code went", () => {
    const view = viewAfter([...usernameSignIn(), requested.update('password'), responded('update', 'sms-otp-sent', { phone: '+18085550173' })]);
    expect(view.phone).toBe('+18085550173');
  });
});

describe('identifierAfter', () => {
  it.each([
    ['nothing typed, an email', undefined, { email: EMAIL }, EMAIL_IDENTIFIER],
    ['nothing typed, a username only', undefined, { username: 'joe' }, USERNAME],
    ['nothing typed, nothing named', undefined, {}, undefined],
    ['a username typed, an email named', USERNAME, { email: EMAIL, username: 'joe' }, USERNAME],
    ['a username typed, nothing named', USERNAME, {}, USERNAME],
    ['an email typed, none named', EMAIL_IDENTIFIER, {}, EMAIL_IDENTIFIER],
  ] as const)('%s', (_label, typed, result, expected) => {
    expect(identifierAfter(result, typed)).toEqual(expected);
  });
});
