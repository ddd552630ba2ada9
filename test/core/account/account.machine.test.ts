import { describe, expect, it } from 'vitest';
import { initialAccount, nextAccount } from '../../../src/core/index.js';
import type { AccountEvent, AccountState, FlowIssues, SignOutTarget } from '../../../src/core/index.js';

function account(start: AccountState = initialAccount) {
  let state = start;
  return {
    send(...events: AccountEvent[]) {
      state = events.reduce(nextAccount, state);
      return this;
    },
    get state() {
      return state;
    },
  };
}

const PHONE: SignOutTarget = { kind: 'session', sessionId: 'pmt_phone' };
const OTHERS: SignOutTarget = { kind: 'others' };
const WRONG_OLD: FlowIssues = { fieldErrors: { oldPassword: { code: 'authentication-failed' } }, formError: null };
const OFFLINE: FlowIssues = { fieldErrors: {}, formError: { code: 'network' } };

describe('nextAccount: the password change', () => {
  it('starts with an empty form, nothing asked, and the session live', () => {
    expect(initialAccount).toEqual({
      password: { status: 'editing', fieldErrors: {}, formError: null },
      signOut: { status: 'idle' },
      ended: false,
    });
  });

  it('saves, then shows it saved, then an empty form again once the user types', () => {
    const a = account().send({ type: 'user.changePassword' });
    expect(a.state.password).toEqual({ status: 'saving' });
    a.send({ type: 'api.passwordChanged' });
    expect(a.state.password).toEqual({ status: 'saved' });
    a.send({ type: 'user.editPassword' });
    expect(a.state.password).toEqual({ status: 'editing', fieldErrors: {}, formError: null });
  });

  it('returns to the form with the refusal’s issues on their fields, and keeps them while the user types', () => {
    const a = account().send({ type: 'user.changePassword' });
    a.send({ type: 'api.failed', operation: 'change-password', issues: WRONG_OLD });
    expect(a.state.password).toMatchObject({
      status: 'editing',
      fieldErrors: { oldPassword: { code: 'authentication-failed' } },
      formError: null,
    });
    a.send({ type: 'user.editPassword' });
    expect(a.state.password).toMatchObject({ status: 'editing', fieldErrors: { oldPassword: { code: 'authentication-failed' } } });
    a.send({ type: 'user.changePassword' }, { type: 'api.failed', operation: 'change-password', issues: OFFLINE });
    expect(a.state.password).toMatchObject({ status: 'editing', fieldErrors: {}, formError: { code: 'network' } });
    expect(a.state.password).not.toMatchObject({ fieldErrors: { oldPassword: expect.anything() } });
  });

  it('keeps only the form’s own fields of a refusal', () => {
    const issues: FlowIssues = { fieldErrors: { password: { code: 'authentication-failed' } }, formError: null };
    const a = account().send({ type: 'user.changePassword' }, { type: 'api.failed', operation: 'change-password', issues });
    // `toEqual` takes a key set to `undefined` as absent: what a form reading the fields sees.
    expect(a.state.password).toEqual({ status: 'editing', fieldErrors: {}, formError: null });
  });

  it('changes nothing when the user submits again while saving', () => {
    const saving = account().send({ type: 'user.changePassword' }).state;
    expect(nextAccount(saving, { type: 'user.changePassword' })).toBe(saving);
  });

  it('signs out while a password change is saving, the two calls apart', () => {
    const a = account().send({ type: 'user.changePassword' }, { type: 'user.signOut', target: PHONE }, { type: 'user.confirm' });
    expect(a.state).toMatchObject({ password: { status: 'saving' }, signOut: { status: 'signing-out', target: PHONE } });
    a.send({ type: 'api.signedOut', count: 1 });
    expect(a.state).toMatchObject({ password: { status: 'saving' }, signOut: { status: 'done', count: 1 } });
    a.send({ type: 'api.passwordChanged' });
    expect(a.state).toMatchObject({ password: { status: 'saved' }, signOut: { status: 'done', count: 1 } });
  });
});

describe('nextAccount: signing out', () => {
  it('asks first, sends on confirm, and shows how many sessions ended until dismissed', () => {
    const a = account().send({ type: 'user.signOut', target: OTHERS });
    expect(a.state.signOut).toEqual({ status: 'confirming', target: OTHERS });
    a.send({ type: 'user.confirm' });
    expect(a.state.signOut).toEqual({ status: 'signing-out', target: OTHERS });
    a.send({ type: 'api.signedOut', count: 2 });
    expect(a.state.signOut).toEqual({ status: 'done', target: OTHERS, count: 2 });
    a.send({ type: 'user.dismiss' });
    expect(a.state.signOut).toEqual({ status: 'idle' });
  });

  it('sends nothing when the user cancels, and cancel or dismiss with nothing asked changes nothing', () => {
    const a = account().send({ type: 'user.signOut', target: PHONE }, { type: 'user.cancel' });
    expect(a.state).toEqual(initialAccount);
    expect(nextAccount(initialAccount, { type: 'user.cancel' })).toBe(initialAccount);
    expect(nextAccount(initialAccount, { type: 'user.dismiss' })).toBe(initialAccount);
    // Asking is not confirming: dismiss does not send it off, nor drop it.
    const confirming = account().send({ type: 'user.signOut', target: PHONE }).state;
    expect(nextAccount(confirming, { type: 'user.dismiss' })).toBe(confirming);
  });

  it('sends nothing on a confirm with nothing asked', () => {
    expect(nextAccount(initialAccount, { type: 'user.confirm' })).toBe(initialAccount);
    const done = account().send({ type: 'user.signOut', target: PHONE }, { type: 'user.confirm' }, { type: 'api.signedOut', count: 1 }).state;
    expect(nextAccount(done, { type: 'user.confirm' })).toBe(done);
  });

  it('asks about the latest target, and a new request replaces a settled result', () => {
    const a = account().send({ type: 'user.signOut', target: PHONE }, { type: 'user.signOut', target: OTHERS });
    expect(a.state.signOut).toEqual({ status: 'confirming', target: OTHERS });
    // A second click on the same button, with a target built afresh, asks nothing new.
    expect(nextAccount(a.state, { type: 'user.signOut', target: { kind: 'others' } })).toBe(a.state);
    a.send({ type: 'user.confirm' }, { type: 'api.failed', operation: 'sign-out', issues: OFFLINE, count: 1 });
    expect(a.state.signOut).toEqual({ status: 'failed', target: OTHERS, count: 1, issue: { code: 'network' } });
    a.send({ type: 'user.signOut', target: PHONE });
    expect(a.state.signOut).toEqual({ status: 'confirming', target: PHONE });
  });

  it('shows a sign-out failure by its first issue, with 0 ended unless the host says more', () => {
    const a = account().send({ type: 'user.signOut', target: PHONE }, { type: 'user.confirm' });
    const failed = nextAccount(a.state, { type: 'api.failed', operation: 'sign-out', issues: WRONG_OLD });
    expect(failed.signOut).toEqual({ status: 'failed', target: PHONE, count: 0, issue: { code: 'authentication-failed' } });
    const empty = nextAccount(a.state, { type: 'api.failed', operation: 'sign-out', issues: { fieldErrors: {}, formError: null } });
    expect(empty.signOut).toMatchObject({ status: 'failed', issue: { code: 'server' } });
  });

  it('keeps a sign-out in flight through a new request', () => {
    const signingOut = account().send({ type: 'user.signOut', target: PHONE }, { type: 'user.confirm' }).state;
    for (const event of [
      { type: 'user.signOut', target: OTHERS },
      { type: 'user.confirm' },
      { type: 'user.cancel' },
      { type: 'user.dismiss' },
    ] satisfies AccountEvent[]) {
      expect(nextAccount(signingOut, event)).toBe(signingOut);
    }
  });
});

describe('nextAccount: answers and the end of the session', () => {
  it('ignores answers that come in the wrong state, or for the other call', () => {
    const saving = account().send({ type: 'user.changePassword' }).state;
    const confirming = account().send({ type: 'user.signOut', target: PHONE }).state;
    const signingOut = account().send({ type: 'user.signOut', target: PHONE }, { type: 'user.confirm' }).state;
    const cases: [AccountState, AccountEvent][] = [
      [initialAccount, { type: 'api.passwordChanged' }],
      [initialAccount, { type: 'api.signedOut', count: 1 }],
      [initialAccount, { type: 'api.failed', operation: 'change-password', issues: OFFLINE }],
      [saving, { type: 'api.signedOut', count: 1 }],
      [saving, { type: 'api.failed', operation: 'sign-out', issues: OFFLINE }],
      // Asked but not confirmed: no call was made, so no answer can be its.
      [confirming, { type: 'api.signedOut', count: 1 }],
      [confirming, { type: 'api.failed', operation: 'sign-out', issues: OFFLINE }],
      [signingOut, { type: 'api.passwordChanged' }],
      [signingOut, { type: 'api.failed', operation: 'change-password', issues: OFFLINE }],
      [initialAccount, { type: 'app.signedIn' }],
    ];
    for (const [state, event] of cases) {
      expect(nextAccount(state, event), `${event.type} in ${state.password.status}/${state.signOut.status}`).toBe(state);
    }
  });

  it('stops every call when the session ends, and waits for a sign-in whatever else happens', () => {
    const a = account().send({ type: 'user.changePassword' }, { type: 'user.signOut', target: OTHERS }, { type: 'user.confirm' });
    a.send({ type: 'api.sessionEnded' });
    const ended = a.state;
    expect(ended).toEqual({ password: { status: 'editing', fieldErrors: {}, formError: null }, signOut: { status: 'idle' }, ended: true });
    const everythingElse: AccountEvent[] = [
      { type: 'user.changePassword' },
      { type: 'user.editPassword' },
      { type: 'user.signOut', target: PHONE },
      { type: 'user.confirm' },
      { type: 'user.cancel' },
      { type: 'user.dismiss' },
      { type: 'api.passwordChanged' },
      { type: 'api.signedOut', count: 2 },
      { type: 'api.failed', operation: 'change-password', issues: WRONG_OLD },
      { type: 'api.failed', operation: 'sign-out', issues: OFFLINE },
      { type: 'api.sessionEnded' },
    ];
    for (const event of everythingElse) {
      expect(nextAccount(ended, event), event.type).toBe(ended);
    }
    expect(nextAccount(ended, { type: 'app.signedIn' })).toEqual(initialAccount);
  });
});
