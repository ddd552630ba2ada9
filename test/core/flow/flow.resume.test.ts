import { describe, expect, it } from 'vitest';
import { AuthNError, issuesOf, selectAction } from '../../../src/core/index.js';
import type { FlowResume } from '../../../src/core/index.js';
import { EMAIL, FLOW_ID, OTHER_FLOW_ID, apiError, apiErrorOf, networkError } from '../../fixtures/index.js';
import { completed, failed, requested, responded, user } from '../../fixtures/flow-events.js';
import { flow } from './flow-driver.js';

const CALLBACK_URL = 'http://localhost:3000/?state=pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks&code=poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk';
const SOCIAL: FlowResume = { flowId: FLOW_ID, choice: 'social', data: { social_provider: 'google', uri: CALLBACK_URL } };
const VERIFY: FlowResume = {
  flowId: FLOW_ID,
  choice: 'verify_email',
  data: { state: 'pcb_hbrpoigf3cbfnobm2o4rak3vrjnvgfyg', code: 'poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk' },
};
const START = { cbUri: 'http://localhost:3000/' };


describe('flowMachine: resuming from a callback', () => {
  it('asks the host to send the callback update instead of starting a flow', () => {
    const f = flow({ start: START, resume: SOCIAL });
    expect(f.snapshot.value).toBe('resuming');
    expect(f.snapshot.hasTag('busy')).toBe(true);
    expect(f.view).toMatchObject({ state: 'resuming', step: 'callback', flowId: FLOW_ID, canStartOver: true });
    expect(f.view.action).toEqual({
      id: expect.any(Number),
      type: 'update',
      flowId: FLOW_ID,
      choice: 'social',
      data: { social_provider: 'google', uri: CALLBACK_URL },
    });
  });

  it('waits for the answer once the update is sent, and asks for nothing more', () => {
    const f = flow({ resume: SOCIAL }).send(requested.update('social'));
    expect(f.view).toMatchObject({ state: 'resuming', busy: true, pending: { operation: 'update', choice: 'social' } });
    expect(f.view.action).toBeNull();
  });

  it('takes the answer as the flow and routes to its step, forgetting the callback', () => {
    const f = flow({ resume: SOCIAL }).send(requested.update('social'), responded('update', 'signin-password'));
    expect(f.view).toMatchObject({ state: 'update', step: 'password', formError: null });
    expect(f.snapshot.context.resume).toBeNull();
    expect(f.view.identifier).toEqual({ kind: 'email', value: EMAIL });
  });

  it('completes a flow the callback finished', () => {
    const f = flow({ resume: VERIFY }).send(requested.update('verify_email'), responded('update', 'completed'));
    // The callback screen stays until the flow is complete.
    expect(f.view).toMatchObject({ state: 'resuming', step: 'callback', busy: true, action: null });
    expect(selectAction(f.snapshot)).toMatchObject({ type: 'complete', flowId: FLOW_ID });
    f.send(requested.complete(), completed());
    expect(f.view).toMatchObject({ state: 'complete', step: 'complete' });
    expect(f.snapshot.context.resume).toBeNull();
  });

  it('ignores answers of another flow while resuming', () => {
    const f = flow({ resume: SOCIAL }).send(
      requested.update('social'),
      failed('update', apiError('authentication-failure'), OTHER_FLOW_ID),
      responded('update', 'completed', { flow_id: OTHER_FLOW_ID }),
    );
    expect(f.view).toMatchObject({ state: 'resuming', busy: true });
  });

  it('only accepts the request it asked for', () => {
    const f = flow({ resume: SOCIAL });
    expect(f.snapshot.can(requested.start())).toBe(false);
    expect(f.snapshot.can(requested.update('saml'))).toBe(false);
    expect(f.snapshot.can(requested.update('social', { flowId: OTHER_FLOW_ID }))).toBe(false);
    expect(f.snapshot.can(requested.update('social'))).toBe(true);
  });
});

describe('flowMachine: a callback the server refuses', () => {
  it('polls the flow to find its step, and shows the refusal there', () => {
    const f = flow({ resume: SOCIAL }).send(requested.update('social'), failed('update', apiError('authentication-failure')));
    expect(f.view).toMatchObject({ state: 'recovering', step: 'callback', busy: true });
    expect(f.view.action).toEqual({ id: expect.any(Number), type: 'update', flowId: FLOW_ID, choice: '', data: {} });

    f.send(requested.update(''));
    expect(f.view.action).toBeNull();
    expect(f.snapshot.context.error).not.toBeNull();

    f.send(responded('update', 'start-email'));
    expect(f.view).toMatchObject({ state: 'update', step: 'set_email', formError: { code: 'callback-failed' }, fieldErrors: {} });
  });

  it('turns a spent link code into one form error, not a field error the step has no field for', () => {
    const f = flow({ resume: VERIFY }).send(
      requested.update('verify_email'),
      failed('update', apiError('code-already-used')),
      requested.update(''),
      responded('update', 'verify-email-sent'),
    );
    expect(f.view).toMatchObject({ step: 'verify_email', formError: { code: 'callback-failed' }, fieldErrors: {} });
  });

  it('keeps the refusal until the next call, then clears it', () => {
    const f = flow({ resume: SOCIAL }).send(
      requested.update('social'),
      failed('update', apiError('validation-bad-state')),
      requested.update(''),
      responded('update', 'start-email'),
    );
    expect(f.view.formError).toEqual({ code: 'callback-failed' });
    f.send(requested.update('set_email'));
    expect(f.view.formError).toBeNull();
  });

  it('explains a sign-in with the wrong provider, with the provider to use', () => {
    const f = flow({ resume: SOCIAL }).send(
      requested.update('social'),
      failed('update', apiError('wrong-method')),
      requested.update(''),
      responded('update', 'start-email'),
    );
    expect(f.view.formError).toEqual({ code: 'wrong-method', provider: 'github', displayName: undefined });
  });

  it('explains a provider account with another email', () => {
    const f = flow({ resume: SOCIAL }).send(
      requested.update('social'),
      failed('update', apiError('email-mismatch')),
      requested.update(''),
      responded('update', 'start-email'),
    );
    expect(f.view.formError).toEqual({ code: 'email-mismatch' });
  });

  it('fails when even the poll fails, and then starts afresh on retry', () => {
    const f = flow({ resume: SOCIAL }).send(
      requested.update('social'),
      failed('update', apiError('authentication-failure')),
      requested.update(''),
      failed('update', networkError()),
    );
    expect(f.view).toMatchObject({ state: 'failed', step: 'failed', canRetry: true, formError: { code: 'network' } });
    f.send(user.retry());
    expect(f.view).toMatchObject({ state: 'opening', action: { type: 'start' } });
  });
});

describe('flowMachine: a callback that cannot resume', () => {
  it('retries the same update after a network failure', () => {
    const f = flow({ resume: SOCIAL }).send(requested.update('social'), failed('update', networkError()));
    expect(f.view).toMatchObject({ state: 'failed', canRetry: true, formError: { code: 'network' } });
    const before = f.snapshot.context.actionSeq;
    f.send(user.retry());
    expect(f.view).toMatchObject({ state: 'resuming', action: { type: 'update', choice: 'social' } });
    expect(f.snapshot.context.actionSeq).toBeGreaterThan(before);
  });

  it('starts a new flow, and says so, when the callback flow is gone', () => {
    const f = flow({ start: START, resume: SOCIAL }).send(requested.update('social'), failed('update', apiError('flow-expired')));
    expect(f.view).toMatchObject({ state: 'expired', notice: 'callback-expired', action: { type: 'start', request: START } });
    f.send(requested.start(), responded('start', 'start-email'));
    expect(f.view).toMatchObject({ state: 'update', step: 'set_email', notice: 'callback-expired' });
    expect(f.snapshot.context.resume).toBeNull();
  });

  it('treats an unknown flow id like an expired one', () => {
    const f = flow({ resume: VERIFY }).send(requested.update('verify_email'), failed('update', apiError('not-found')));
    expect(f.view).toMatchObject({ state: 'expired', notice: 'callback-expired' });
  });

  it('stops on a disabled account, and starts afresh from there', () => {
    const f = flow({ resume: SOCIAL }).send(requested.update('social'), failed('update', apiError('disabled-user')));
    expect(f.view).toMatchObject({ state: 'failed', formError: { code: 'disabled-user' } });
    f.send(user.retry());
    expect(f.view).toMatchObject({ state: 'opening', action: { type: 'start' } });
  });

  it('lets the user start over while resuming', () => {
    const f = flow({ resume: SOCIAL }).send(user.startOver());
    expect(f.view).toMatchObject({ state: 'opening', action: { type: 'start' } });
  });
});

describe('flowMachine: a refused callback', () => {
  it('shows the refusal, asks for no call, and starts a flow only when the user starts over', () => {
    const f = flow({ start: START, callbackRefused: 'unknown-state' });
    expect(f.snapshot.value).toBe('refused');
    expect(f.view).toMatchObject({
      state: 'refused',
      step: 'callback-refused',
      busy: false,
      action: null,
      callbackRefused: 'unknown-state',
      canStartOver: true,
    });
    expect(f.snapshot.hasTag('interactive')).toBe(true);
    f.send(user.startOver());
    expect(f.view).toMatchObject({ state: 'opening', callbackRefused: null, action: { type: 'start', request: START } });
  });

  it('prefers a matched callback over a refusal', () => {
    expect(flow({ resume: SOCIAL, callbackRefused: 'malformed' }).snapshot.value).toBe('resuming');
  });
});

describe('flowMachine: starting over', () => {
  it('drops an invitation with the identifier', () => {
    const f = flow({ start: { ...START, invitation: 'pmi_jhbmk6brvmmiycmdhg4vvy3rufwcbkfy' } }).send(
      requested.start(),
      responded('start', 'signup-password'),
      user.startOver(),
    );
    expect(f.view.action).toMatchObject({ type: 'start', request: START });
    expect(f.view.action?.type === 'start' && f.view.action.request.invitation).toBe(undefined);
  });
});

describe('issuesOf: provider errors and callbacks', () => {
  const withResult = (result: unknown, status = 'SomethingNew') =>
    new AuthNError({
      kind: 'api',
      status,
      httpStatus: 400,
      summary: 'x',
      requestId: undefined,
      fieldErrors: [],
      retryAfterSeconds: undefined,
      result,
    });

  it('reads the provider errors from the result, whatever the status', () => {
    expect(issuesOf(apiError('wrong-method'), 'set_email').formError).toEqual({
      code: 'wrong-method',
      provider: 'github',
      displayName: undefined,
    });
    expect(issuesOf(withResult({ provider: 'pss_acme', display_name: 'Acme SSO' }), undefined).formError).toEqual({
      code: 'wrong-method',
      provider: 'pss_acme',
      displayName: 'Acme SSO',
    });
    expect(issuesOf(apiError('email-mismatch'), 'set_email').formError).toEqual({ code: 'email-mismatch' });
  });

  it('does not take any `provider` field for a wrong method', () => {
    expect(issuesOf(withResult({ provider: 'smtp' }), undefined).formError).toEqual({ code: 'server', status: 'SomethingNew' });
  });

  it('turns a refused callback into one form error, and leaves other failures as they are', () => {
    const fromCallback = { fromCallback: true };
    expect(issuesOf(apiError('validation-bad-state'), 'set_email', fromCallback)).toEqual({
      fieldErrors: {},
      formError: { code: 'callback-failed' },
    });
    // A refused code, link or provider sign-in: none of them is a field of the step on screen.
    for (const status of ['AuthenticationFailure', 'MfaCodeExpired', 'CodeAlreadyUsed']) {
      expect(issuesOf(apiErrorOf(status), 'email_otp', fromCallback), status).toEqual({
        fieldErrors: {},
        formError: { code: 'callback-failed' },
      });
    }
    expect(issuesOf(apiErrorOf('DisabledUser'), 'set_email', fromCallback).formError).toEqual({ code: 'disabled-user' });
    expect(issuesOf(apiError('too-many-requests'), 'set_email', fromCallback).formError).toMatchObject({ code: 'rate-limited' });
    expect(issuesOf(networkError(), 'set_email', fromCallback).formError).toEqual({ code: 'network' });
  });
});
