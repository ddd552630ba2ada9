import { describe, expect, it } from 'vitest';
import { selectAction, type FlowEvent } from '../../../src/core/index.js';
import {
  EMAIL,
  FLOW_ID,
  OTHER_FLOW_ID,
  apiError,
  invalidResponseError,
  networkError,
  timeoutError,
} from '../../fixtures/index.js';
import {
  EMAIL_IDENTIFIER,
  completed,
  failed,
  journeys,
  requested,
  responded,
  user,
} from '../../fixtures/flow-events.js';
import { flow } from './flow-driver.js';

/** A running flow actor, driven by events, read through the view the components get. */

function tagsOf(view: ReturnType<typeof flow>): string[] {
  return [...view.snapshot.tags].sort();
}

const INVITATION = 'pmi_7u4nijrrv64mdojqf3iukjgqqrh5cnzd';

describe('flowMachine: starting', () => {
  it('opens on the identifier form and asks its host to call flow/start', () => {
    const f = flow();
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
    expect(tagsOf(f)).toEqual(['busy']);
    expect(f.view).toMatchObject({ state: 'opening', step: 'set_email', busy: true, canStartOver: false });
    // The start is a call the user did not ask for: the form stays theirs.
    expect(f.view.pending).toEqual({ operation: 'start', choice: undefined, background: true });
    expect(f.view.action).toEqual({ id: expect.any(Number), type: 'start', request: {} });
  });

  it('waits idle, on the loading screen, for a start that leads past the identifier', () => {
    const f = flow({ start: { invitation: INVITATION } });
    expect(f.snapshot.value).toBe('idle');
    expect(f.view).toMatchObject({ state: 'idle', step: 'loading', busy: true, pending: null, canStartOver: false });
    expect(f.view.action).toMatchObject({ type: 'start', request: { invitation: INVITATION } });
    f.send(requested.start());
    expect(f.snapshot.value).toBe('started');
    expect(f.view).toMatchObject({ busy: true, step: 'loading', action: null, pending: { operation: 'start' } });
  });

  it('passes the start options of its input to the start request', () => {
    const f = flow({ start: { email: EMAIL, cbUri: 'http://localhost:3000', flowTypes: ['signin'] } });
    expect(f.view.action).toMatchObject({
      type: 'start',
      request: { email: EMAIL, cbUri: 'http://localhost:3000', flowTypes: ['signin'] },
    });
  });

  it('stops asking once the start call is made', () => {
    const f = flow().send(requested.start());
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
    expect(f.view).toMatchObject({ busy: true, step: 'set_email', action: null, pending: { operation: 'start', background: true } });
  });

  it('shows the email step when the flow asks for an email', () => {
    const f = flow().send(...journeys.emailStep());
    expect(f.snapshot.value).toEqual({ update: 'ready' });
    expect(tagsOf(f)).toEqual(['interactive']);
    expect(f.view).toMatchObject({
      state: 'update',
      step: 'set_email',
      busy: false,
      pending: null,
      flowType: ['signup', 'signin'],
      phase: 'phase_primary',
      usernameFormat: 'email',
      canGoBack: false,
      canStartOver: true,
      formError: null,
      action: null,
    });
    expect(f.view.choice?.choice).toBe('set_email');
  });

  it('goes straight to the password when started with the email of an existing user', () => {
    const f = flow({ start: { email: EMAIL } }).send(requested.start(), responded('start', 'signin-password'));
    expect(f.view.step).toBe('password');
    expect(f.view.identifier).toEqual(EMAIL_IDENTIFIER);
  });

  it('ignores responses while no start call is in flight', () => {
    const f = flow().send(responded('start', 'start-email'));
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
    expect(f.view.flowId).toBeUndefined();
  });

  it('takes only the start response while starting', () => {
    const f = flow().send(requested.start(), responded('update', 'signin-password'));
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
  });
});

describe('flowMachine: identifying', () => {
  it('shows the sign-up password step for a new user', () => {
    const f = flow().send(...journeys.signupPassword());
    expect(f.view).toMatchObject({ state: 'update', step: 'password', flowType: ['signup'] });
    expect(f.view.choice).toMatchObject({ choice: 'password', data: { enrollment: true } });
    expect(f.view.identifier).toEqual(EMAIL_IDENTIFIER);
  });

  it('shows the sign-in password step for an existing user', () => {
    const f = flow().send(...journeys.signinPassword());
    expect(f.view).toMatchObject({ state: 'update', step: 'password', flowType: ['signin'], canGoBack: false });
    expect(f.view.choice).toMatchObject({ choice: 'password', data: { enrollment: false } });
    expect(f.view.methods.map((entry) => entry.choice)).toEqual(['password']);
    expect(f.view.choices.map((entry) => entry.choice)).toEqual(['password', 'reset_password']);
  });

  it('is busy with the submitted choice while the update is in flight', () => {
    const f = flow().send(...journeys.emailStep(), requested.update('set_email', { identifier: EMAIL_IDENTIFIER }));
    expect(f.snapshot.value).toEqual({ update: 'submitting' });
    expect(tagsOf(f)).toEqual(['busy']);
    expect(f.view).toMatchObject({ busy: true, step: 'set_email', pending: { operation: 'update', choice: 'set_email' } });
  });

  it('keeps showing the step of an unknown choice’s flow when a known one is there', () => {
    const f = flow().send(...journeys.emailStep(), requested.update('set_email'), responded('update', 'unknown-choice'));
    expect(f.view.step).toBe('password');
  });

  it('shows the unsupported step when no known choice is left', () => {
    const f = flow().send(
      ...journeys.emailStep(),
      requested.update('set_email'),
      responded('update', 'unknown-choice', {
        flow_choices: [{ choice: 'future_thing', data: {} }],
      }),
    );
    expect(f.view).toMatchObject({ state: 'update', step: 'unsupported', choice: null });
  });
});

describe('flowMachine: choosing a method', () => {
  it('shows the method picker when several methods are offered', () => {
    const f = flow().send(...journeys.methodChoice());
    expect(f.snapshot.value).toBe('choice');
    expect(tagsOf(f)).toEqual(['interactive']);
    expect(f.view).toMatchObject({ state: 'choice', step: 'choice', choice: null, canGoBack: false });
    expect(f.view.methods.map((entry) => entry.choice)).toEqual(['password', 'email_otp']);
  });

  it('shows the chosen method’s step, and goes back to the picker', () => {
    const f = flow().send(...journeys.methodChoice(), user.chooseMethod('email_otp'));
    expect(f.view).toMatchObject({ state: 'update', step: 'email_otp', canGoBack: true });
    f.send(user.back());
    expect(f.view).toMatchObject({ state: 'choice', step: 'choice', canGoBack: false });
    f.send(user.chooseMethod('password'));
    expect(f.view.step).toBe('password');
  });

  it('ignores a method that is not offered', () => {
    const f = flow().send(...journeys.methodChoice(), user.chooseMethod('totp'));
    expect(f.snapshot.value).toBe('choice');
    expect(f.view.step).toBe('choice');
  });

  it('ignores choosing a method when there is nothing to choose', () => {
    const f = flow().send(...journeys.signinPassword(), user.chooseMethod('reset_password'));
    expect(f.view.step).toBe('password');
  });

  it('keeps the chosen method when a resend answers', () => {
    const f = flow().send(
      ...journeys.methodChoice(),
      user.chooseMethod('email_otp'),
      requested.restart('email_otp'),
      responded('restart', 'signin-methods'),
    );
    expect(f.view).toMatchObject({ state: 'update', step: 'email_otp' });
  });

  it('ignores back on a step that was not chosen', () => {
    const f = flow().send(...journeys.signinPassword(), user.back());
    expect(f.view).toMatchObject({ state: 'update', step: 'password' });
  });

  it('does not go back while a submit is in flight', () => {
    const f = flow().send(...journeys.methodChoice(), user.chooseMethod('password'), requested.update('password'));
    expect(f.view.canGoBack).toBe(false);
    f.send(user.back());
    expect(f.snapshot.value).toEqual({ update: 'submitting' });
  });

  it('applies the response of a submit even if the user pressed back meanwhile', () => {
    const f = flow().send(
      ...journeys.methodChoice(),
      user.chooseMethod('password'),
      requested.update('password'),
      user.back(),
      responded('update', 'completed'),
    );
    expect(f.snapshot.value).toBe('concluding');
  });
});

describe('flowMachine: forgot password (restart)', () => {
  it('shows the reset step after the restart, and back returns to the password', () => {
    const f = flow().send(...journeys.signinPassword(), requested.restart('reset_password'));
    expect(f.snapshot.value).toEqual({ restart: 'running' });
    expect(f.view).toMatchObject({ busy: true, step: 'password', pending: { operation: 'restart', choice: 'reset_password' } });
    f.send(responded('restart', 'reset-sent'));
    expect(f.view).toMatchObject({ state: 'update', step: 'reset_password', canGoBack: true });
    expect(f.view.choice).toMatchObject({ choice: 'reset_password', data: { sent: true } });
    f.send(user.back());
    expect(f.view).toMatchObject({ state: 'update', step: 'password', canGoBack: false });
  });

  it('returns to the password step with the error when the restart fails', () => {
    const f = flow().send(
      ...journeys.signinPassword(),
      requested.restart('reset_password'),
      failed('restart', apiError('too-many-requests')),
    );
    expect(f.view).toMatchObject({
      state: 'update',
      step: 'password',
      formError: { code: 'rate-limited', retryAfterSeconds: 30 },
    });
  });

  it('keeps a known step on screen while a call made from the picker is in flight', () => {
    const f = flow().send(...journeys.methodChoice(), requested.restart('reset_password'));
    expect(f.view.busy).toBe(true);
    expect(f.view.step).not.toBe('unsupported');
  });

  it('returns to the method picker when a restart from the picker fails', () => {
    const f = flow().send(...journeys.methodChoice(), requested.restart('reset_password'), failed('restart', networkError()));
    expect(f.view).toMatchObject({ step: 'choice', formError: { code: 'network' } });
  });

  it('returns to the method picker when an update from the picker fails', () => {
    const f = flow().send(...journeys.methodChoice(), requested.update(''), failed('update', timeoutError()));
    expect(f.view).toMatchObject({ step: 'choice', formError: { code: 'timeout' } });
  });
});

describe('flowMachine: failures on a step', () => {
  it('keeps a wrong password on the password step, as an error of the password field', () => {
    const f = flow().send(
      ...journeys.signinPassword(),
      requested.update('password'),
      failed('update', apiError('authentication-failure')),
    );
    expect(f.snapshot.value).toEqual({ update: 'ready' });
    expect(f.view.step).toBe('password');
    expect(f.view.fieldErrors.password?.code).toBe('authentication-failed');
    expect(f.view.formError).toBeNull();
    expect(f.view.flowId).toBeDefined();
  });

  it('maps a ValidationError to the fields its sources point at', () => {
    const f = flow().send(
      ...journeys.signupPassword(),
      requested.update('password'),
      failed('update', apiError('validation-password')),
    );
    expect(f.view.fieldErrors).toEqual({ password: { code: 'invalid-field', rule: 'BelowMinLength' } });
    expect(f.view.formError).toBeNull();
  });

  it('shows a choice that is out of step as a form error', () => {
    const f = flow().send(
      ...journeys.signinPassword(),
      requested.update('password'),
      failed('update', apiError('validation-bad-state')),
    );
    expect(f.view).toMatchObject({ state: 'update', step: 'password', fieldErrors: {}, formError: { code: 'out-of-step' } });
  });

  it.each([
    ['network', networkError(), 'network'],
    ['timeout', timeoutError(), 'timeout'],
    ['invalid-response', invalidResponseError(), 'invalid-response'],
  ] as const)('shows a %s failure as a form error and stays on the step', (_label, error, code) => {
    const f = flow().send(...journeys.signinPassword(), requested.update('password'), failed('update', error));
    expect(f.view).toMatchObject({ state: 'update', step: 'password', fieldErrors: {}, formError: { code } });
    expect(f.view.busy).toBe(false);
  });

  it('clears the error when the next call is made', () => {
    const f = flow().send(
      ...journeys.signinPassword(),
      requested.update('password'),
      failed('update', apiError('authentication-failure')),
      requested.update('password'),
    );
    expect(f.view.fieldErrors).toEqual({});
    expect(f.view.formError).toBeNull();
  });

  it('fails for good when the user is disabled', () => {
    const f = flow().send(...journeys.signinPassword(), requested.update('password'), failed('update', apiError('disabled-user')));
    expect(f.snapshot.value).toBe('failed');
    expect(tagsOf(f)).toEqual(['interactive']);
    expect(f.view).toMatchObject({ step: 'failed', formError: { code: 'disabled-user' }, canRetry: true, canStartOver: true });
  });
});

describe('flowMachine: an expired flow', () => {
  it.each(['flow-expired', 'not-found'] as const)('starts again with the same email after %s', (name) => {
    const f = flow().send(...journeys.signinPassword(), requested.update('password'), failed('update', apiError(name)));
    expect(f.snapshot.value).toBe('expired');
    expect(tagsOf(f)).toEqual(['busy']);
    // The gone flow's step stays mounted while the new flow starts: what was typed in it is kept.
    expect(f.view).toMatchObject({ step: 'password', flowId: FLOW_ID, identifier: EMAIL_IDENTIFIER, busy: true });
    expect(f.view.action).toMatchObject({ type: 'start', request: { email: EMAIL } });

    f.send(requested.start(), responded('start', 'signin-password', { flow_id: OTHER_FLOW_ID }));
    expect(f.view).toMatchObject({ state: 'update', step: 'password', flowId: OTHER_FLOW_ID, notice: 'flow-restarted' });
  });

  it('forgets the restart notice once the user acts again', () => {
    const f = flow().send(
      ...journeys.signinPassword(),
      requested.update('password'),
      failed('update', apiError('flow-expired')),
      requested.start(),
      responded('start', 'signin-password', { flow_id: OTHER_FLOW_ID }),
      requested.update('password', { flowId: OTHER_FLOW_ID }),
    );
    expect(f.view.notice).toBeNull();
  });

  it('starts again when a restart finds the flow expired', () => {
    const f = flow().send(...journeys.signinPassword(), requested.restart('reset_password'), failed('restart', apiError('flow-expired')));
    expect(f.snapshot.value).toBe('expired');
    expect(f.view.action).toMatchObject({ type: 'start', request: { email: EMAIL } });
  });
});

describe('flowMachine: completing', () => {
  it('holds an answer that completes the flow and asks its host to call flow/complete once', () => {
    const f = flow().send(...journeys.completing());
    expect(f.snapshot.value).toBe('concluding');
    expect(tagsOf(f)).toEqual(['busy']);
    const action = selectAction(f.snapshot);
    expect(action).toMatchObject({ type: 'complete', flowId: f.view.flowId });
    // Events that do not answer the request leave the request as it was.
    f.send(user.back(), user.chooseMethod('password'), user.retry(), requested.start());
    expect(selectAction(f.snapshot)).toEqual(action);
    f.send(requested.complete());
    expect(selectAction(f.snapshot)).toBeNull();
    expect(f.snapshot.context.pending).toMatchObject({ operation: 'complete' });
    expect(f.snapshot.can(requested.complete())).toBe(false);
  });

  it('ends in the terminal complete state when the host reports completion', () => {
    const f = flow().send(...journeys.completing(), requested.complete(), completed());
    expect(f.snapshot.value).toBe('complete');
    expect(tagsOf(f)).toEqual(['terminal']);
    expect(f.view).toMatchObject({ step: 'complete', busy: false, action: null, pending: null });
  });

  it('ignores the completion of another flow', () => {
    const f = flow().send(...journeys.completing(), requested.complete(), completed(OTHER_FLOW_ID));
    expect(f.snapshot.value).toBe('concluding');
  });

  it('asks anew, with a new id, after a failed completion is retried', () => {
    const f = flow().send(...journeys.completing());
    const first = f.view.action;
    f.send(requested.complete(), failed('complete', networkError()));
    expect(f.view).toMatchObject({ state: 'failed', step: 'failed', formError: { code: 'network' }, canRetry: true });
    f.send(user.retry());
    expect(f.snapshot.value).toBe('completing');
    expect(f.view.action).toMatchObject({ type: 'complete', flowId: f.view.flowId });
    expect(f.view.action?.id).not.toBe(first?.id);
  });

  it('starts again when the flow expired before completion', () => {
    const f = flow().send(...journeys.completing(), requested.complete(), failed('complete', apiError('flow-expired')));
    expect(f.snapshot.value).toBe('expired');
  });
});

describe('flowMachine: a failed start', () => {
  it('fails, and a retry asks for a new start', () => {
    const f = flow();
    const first = f.view.action;
    f.send(requested.start(), failed('start', networkError()));
    expect(f.snapshot.value).toBe('failed');
    expect(f.view).toMatchObject({ step: 'failed', formError: { code: 'network' }, canRetry: true, action: null });
    f.send(user.retry());
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
    expect(f.view.action).toMatchObject({ type: 'start' });
    expect(f.view.action?.id).not.toBe(first?.id);
    expect(f.view.formError).toBeNull();
  });

  it('ignores retry where there is nothing to retry', () => {
    const f = flow().send(...journeys.signinPassword(), user.retry());
    expect(f.view).toMatchObject({ state: 'update', step: 'password', canRetry: false });
  });
});

describe('flowMachine: start over', () => {
  const openings: [string, FlowEvent[]][] = [
    ['the first screen', []],
    ['the first screen, starting', [requested.start()]],
    ['the email step', journeys.emailStep()],
    ['a submit in flight', [...journeys.signinPassword(), requested.update('password')]],
    ['the method picker', journeys.methodChoice()],
    ['a restart in flight', [...journeys.signinPassword(), requested.restart('reset_password')]],
    ['completing', journeys.completing()],
    ['complete', [...journeys.completing(), requested.complete(), completed()]],
    ['failed', [...journeys.signinPassword(), requested.update('password'), failed('update', apiError('disabled-user'))]],
    ['expired', [...journeys.signinPassword(), requested.update('password'), failed('update', apiError('flow-expired'))]],
  ];

  it.each(openings)('from %s goes back to the first screen with a new start request and no identifier', (_label, events) => {
    const f = flow({ start: { email: EMAIL, cbUri: 'http://localhost:3000' } }).send(...events);
    const before = f.view.action?.id ?? -1;
    f.send(user.startOver());
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
    expect(f.view).toMatchObject({
      state: 'opening',
      step: 'set_email',
      flowId: undefined,
      identifier: undefined,
      pending: { operation: 'start', background: true },
      formError: null,
      notice: null,
    });
    expect(f.view.action).toEqual({ id: expect.any(Number), type: 'start', request: { cbUri: 'http://localhost:3000' } });
    expect(f.view.action?.id).not.toBe(before);
  });
});

describe('flowMachine: stale and out-of-place facts', () => {
  it('ignores the response of another flow', () => {
    const f = flow().send(
      ...journeys.signinPassword(),
      requested.update('password'),
      responded('update', 'completed', { flow_id: OTHER_FLOW_ID }),
    );
    expect(f.snapshot.value).toEqual({ update: 'submitting' });
    f.send(responded('update', 'completed'));
    expect(f.snapshot.value).toBe('concluding');
  });

  it('ignores the failure of another flow', () => {
    const f = flow().send(
      ...journeys.signinPassword(),
      requested.update('password'),
      failed('update', apiError('authentication-failure'), OTHER_FLOW_ID),
    );
    expect(f.snapshot.value).toEqual({ update: 'submitting' });
    expect(f.view.fieldErrors).toEqual({});
  });

  it('ignores a failure of the previous flow while a new one starts', () => {
    const f = flow().send(
      ...journeys.signinPassword(),
      requested.update('password'),
      user.startOver(),
      requested.start(),
      failed('update', apiError('authentication-failure')),
    );
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
  });

  it('is not left stuck by a late completion failure of the previous flow', () => {
    const f = flow().send(
      ...journeys.completing(),
      requested.complete(),
      user.startOver(),
      requested.start(),
      failed('complete', networkError()),
    );
    // Were the stale failure taken, a retry would wait in `completing` for a flow it has not got.
    f.send(user.retry());
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
    expect(f.snapshot.context.pending).toMatchObject({ operation: 'start' });
  });

  it('ignores responses while the user is on a step', () => {
    const f = flow().send(...journeys.signinPassword(), responded('update', 'completed'));
    expect(f.view).toMatchObject({ state: 'update', step: 'password' });
  });

  it('ignores a start request once a flow is under way', () => {
    const f = flow().send(...journeys.signinPassword(), requested.start());
    expect(f.view).toMatchObject({ state: 'update', step: 'password', pending: null });
  });

  it('ignores a complete request before the flow is completed', () => {
    const f = flow().send(...journeys.signinPassword(), requested.complete());
    expect(f.view).toMatchObject({ state: 'update', pending: null });
  });

  it('accepts nothing but start over once complete', () => {
    const f = flow().send(...journeys.completing(), requested.complete(), completed());
    const events: FlowEvent[] = [
      requested.start(),
      requested.update('password'),
      responded('update', 'signin-password'),
      failed('update', networkError()),
      user.back(),
      user.retry(),
      user.chooseMethod('password'),
    ];
    for (const event of events) {
      expect(f.snapshot.can(event), event.type).toBe(false);
    }
    expect(f.snapshot.can(user.startOver())).toBe(true);
  });
});
