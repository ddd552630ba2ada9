/**
 * Issue 11 item 4: after an answer the kit cannot explain, on a flow call, the machine reads the
 * flow's state (`flow/update` with `""`) instead of trusting any status name. A flow the read
 * finds shows its step; a flow the read cannot find starts again with the identifier kept.
 */
import { describe, expect, it } from 'vitest';
import { AuthNError } from '../../../src/core/index.js';
import { isUnrecognizedError } from '../../../src/core/flow/flow.issues.js';
import type { FlowInput } from '../../../src/core/index.js';
import { FLOW_ID, OTHER_FLOW_ID, apiError, networkError, timeoutError } from '../../fixtures/index.js';
import { EMAIL_IDENTIFIER, failed, journeys, requested, responded, user } from '../../fixtures/flow-events.js';
import { flow } from './flow-driver.js';


/** An answer with a status no version of this kit has heard of. */
function statusError(status: string, result: unknown = null): AuthNError {
  return new AuthNError({
    kind: 'api',
    status,
    httpStatus: 400,
    summary: 'server English',
    requestId: undefined,
    fieldErrors: [],
    retryAfterSeconds: undefined,
    result,
  });
}

const READ = { type: 'update', flowId: FLOW_ID, choice: '', data: {} } as const;

/** On the sign-in password step, the password sent and refused with `status`. */
function passwordRefused(status = 'SomethingNew') {
  return flow().send(...journeys.signinPassword(), requested.update('password'), failed('update', statusError(status)));
}

describe('isUnrecognizedError', () => {
  it('is true for a status the kit has no meaning for', () => {
    expect(isUnrecognizedError(statusError('SomethingNew'))).toBe(true);
    expect(isUnrecognizedError(apiError('unknown-status'))).toBe(true);
    expect(isUnrecognizedError(statusError('InvalidFlowId'))).toBe(true);
  });

  it('is false for what the kit explains, and for failures that are not answers', () => {
    for (const name of ['authentication-failure', 'validation-password', 'too-many-requests', 'flow-expired', 'not-found', 'disabled-user', 'wrong-method', 'email-mismatch', 'mfa-code-expired', 'code-already-used', 'unauthorized'] as const) {
      expect(isUnrecognizedError(apiError(name)), name).toBe(false);
    }
    // The platform-wide statuses speak of the service, not of the flow (spec §8).
    for (const status of ['InternalError', 'Failed', 'ServiceNotAvailable', 'NoCredit']) {
      expect(isUnrecognizedError(statusError(status)), status).toBe(false);
    }
    expect(isUnrecognizedError(statusError('InvalidFlow'))).toBe(false);
    // Provider details make any status known (spec §8 InvalidAuth).
    expect(isUnrecognizedError(statusError('SomethingNew', { correct_provider: 'github' }))).toBe(false);
    expect(isUnrecognizedError(networkError())).toBe(false);
    expect(isUnrecognizedError(timeoutError())).toBe(false);
  });
});

describe('flowMachine: a status the kit does not know, on a step', () => {
  it('keeps the step on screen, busy, and asks for a read of the flow', () => {
    const f = passwordRefused();
    expect(f.view).toMatchObject({ state: 'recovering', step: 'password', busy: true, canStartOver: true });
    expect(f.view.action).toEqual({ id: expect.any(Number), ...READ });
    f.send(requested.update(''));
    expect(f.view).toMatchObject({ state: 'recovering', step: 'password', action: null, pending: { operation: 'update', choice: '' } });
  });

  it('shows the step the flow is on, saying the last action did not go through', () => {
    const f = passwordRefused().send(requested.update(''), responded('update', 'signin-password'));
    expect(f.view).toMatchObject({
      state: 'update',
      step: 'password',
      busy: false,
      formError: { code: 'server', status: 'SomethingNew' },
      identifier: EMAIL_IDENTIFIER,
      notice: null,
    });
  });

  it('follows the flow to where it really is, should the refused call have landed', () => {
    const f = passwordRefused().send(requested.update(''), responded('update', 'signin-methods'));
    expect(f.view).toMatchObject({ state: 'choice', step: 'choice', formError: { code: 'server' } });
  });

  it('starts a new flow with the identifier when the read finds the flow gone, whatever the status', () => {
    for (const gone of [statusError('SomethingElseNew'), apiError('validation-bad-state'), apiError('not-found'), apiError('authentication-failure')]) {
      const f = passwordRefused().send(requested.update(''), failed('update', gone));
      expect(f.view, gone.status).toMatchObject({ state: 'expired', step: 'password', notice: 'flow-restarted' });
      expect(f.view.action).toEqual({ id: expect.any(Number), type: 'start', request: { email: EMAIL_IDENTIFIER.value } });
      f.send(requested.start(EMAIL_IDENTIFIER), responded('start', 'signin-password', { flow_id: OTHER_FLOW_ID }));
      expect(f.view).toMatchObject({ state: 'update', step: 'password', flowId: OTHER_FLOW_ID, formError: null, notice: 'flow-restarted' });
    }
  });

  it('fails with "Try again" when the read cannot reach the service, and reads again on retry', () => {
    const f = passwordRefused().send(requested.update(''), failed('update', networkError()));
    expect(f.view).toMatchObject({ state: 'failed', step: 'failed', canRetry: true, formError: { code: 'network' } });
    f.send(user.retry());
    expect(f.view).toMatchObject({ state: 'recovering', step: 'password', action: READ });
    f.send(requested.update(''), responded('update', 'signin-password'));
    expect(f.view).toMatchObject({ state: 'update', step: 'password' });
  });

  it('does not take an outage of the service for a gone flow', () => {
    for (const outage of [statusError('InternalError'), statusError('ServiceNotAvailable'), apiError('too-many-requests'), timeoutError()]) {
      const f = passwordRefused().send(requested.update(''), failed('update', outage));
      expect(f.view.state, outage.status ?? outage.kind).toBe('failed');
      expect(f.view.canRetry).toBe(true);
    }
  });

  it('shows a platform status on the step, without a read', () => {
    expect(passwordRefused('InternalError').view).toMatchObject({ state: 'update', formError: { code: 'server', status: 'InternalError' } });
  });

  it('recovers the same way from a restart ("Forgot password?")', () => {
    const f = flow().send(...journeys.signinPassword(), requested.restart('reset_password'), failed('restart', statusError('SomethingNew')));
    expect(f.view).toMatchObject({ state: 'recovering', step: 'password', action: READ });
    f.send(requested.update(''), responded('update', 'reset-sent'));
    expect(f.view).toMatchObject({ state: 'update', formError: { code: 'server' } });
  });

  it('ignores answers of another flow while reading', () => {
    const f = passwordRefused().send(
      requested.update(''),
      responded('update', 'completed', { flow_id: OTHER_FLOW_ID }),
      failed('update', statusError('Gone'), OTHER_FLOW_ID),
    );
    expect(f.view).toMatchObject({ state: 'recovering', busy: true });
  });

  it('keeps every status it explains on the step, without a read', () => {
    const cases = [
      [apiError('authentication-failure'), 'update'],
      [apiError('validation-password'), 'update'],
      [apiError('too-many-requests'), 'update'],
      [statusError('ServiceNotAvailable'), 'update'],
      [apiError('wrong-method'), 'update'],
      [apiError('flow-expired'), 'expired'],
      [statusError('InvalidFlow'), 'expired'],
      [apiError('disabled-user'), 'failed'],
    ] as const;
    for (const [error, state] of cases) {
      const f = flow().send(...journeys.signinPassword(), requested.update('password'), failed('update', error));
      expect(f.view.state, error.status).toBe(state);
    }
  });
});

describe('flowMachine: a status the kit does not know, on completion', () => {
  const completeRefused = () =>
    flow().send(...journeys.completing(), requested.complete(), failed('complete', statusError('SomethingNew')));

  it('reads the flow; done, it fails with "Try again", which completes again', () => {
    const f = completeRefused();
    expect(f.view).toMatchObject({ state: 'recovering', action: READ });
    f.send(requested.update(''), responded('update', 'completed'));
    expect(f.view).toMatchObject({ state: 'failed', step: 'failed', canRetry: true, formError: { code: 'server', status: 'SomethingNew' } });
    expect(f.view.action).toBeNull();
    f.send(user.retry());
    expect(f.view).toMatchObject({ state: 'completing', action: { type: 'complete', flowId: FLOW_ID } });
  });

  it('starts a new flow with the identifier when the flow is gone', () => {
    const f = completeRefused().send(requested.update(''), failed('update', statusError('Whatever')));
    expect(f.view).toMatchObject({ state: 'expired', notice: 'flow-restarted', action: { type: 'start', request: { email: EMAIL_IDENTIFIER.value } } });
  });
});

describe('flowMachine: the read after a refused callback', () => {
  const SOCIAL_RETURN: FlowInput = {
    resume: { flowId: FLOW_ID, choice: 'social', data: { social_provider: 'google', uri: 'http://localhost:3000/?state=pcb_x&code=poc_y' } },
  };

  it('takes any answer refusing the read as a gone flow, and says the return had expired', () => {
    const f = flow(SOCIAL_RETURN).send(
      requested.update('social'),
      failed('update', statusError('SomethingNew')),
      requested.update(''),
      failed('update', statusError('SomethingElseNew')),
    );
    expect(f.view).toMatchObject({ state: 'expired', notice: 'callback-expired', action: { type: 'start', request: {} } });
  });
});

describe('flowMachine: a SAML IdP-initiated ticket', () => {
  const TICKET = 'pxs_2bcbcnlsowvr4ofyxvcmhpszuxadb6fp';

  it('goes with the first start only: a flow started again does not spend it twice', () => {
    const f = flow({ start: { samlIdpInitiatedTicket: TICKET } });
    expect(f.view.action).toMatchObject({ type: 'start', request: { samlIdpInitiatedTicket: TICKET } });
    f.send(requested.start(), failed('start', networkError()), user.retry());
    expect(f.view.action).toMatchObject({ type: 'start', request: { samlIdpInitiatedTicket: TICKET } });
    f.send(requested.start(), responded('start', 'signin-password'), requested.update('password'), failed('update', apiError('flow-expired')));
    expect(f.view.action).toMatchObject({ type: 'start' });
    expect(f.view.action).not.toMatchObject({ request: { samlIdpInitiatedTicket: expect.anything() } });
  });

  it('is dropped on start over', () => {
    const f = flow({ start: { samlIdpInitiatedTicket: TICKET, cbUri: 'http://localhost:3000' } }).send(requested.start(), user.startOver());
    expect(f.view.action).toEqual({ id: expect.any(Number), type: 'start', request: { cbUri: 'http://localhost:3000' } });
  });
});
