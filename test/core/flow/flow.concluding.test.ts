/**
 * An answer that completes the flow is held (`concluding`) while the host calls `flow/complete`:
 * the screen stays as the answer found it, busy, and changes once, when the flow is complete or
 * the completion failed. `selectAction` asks the host for the call; the view shows none.
 */
import { describe, expect, it } from 'vitest';
import { selectAction, selectFlowId, type FlowEvent, type FlowResume } from '../../../src/core/index.js';
import { FLOW_ID, OTHER_FLOW_ID, apiError, networkError } from '../../fixtures/index.js';
import { EMAIL_IDENTIFIER, completed, failed, journeys, requested, responded, user } from '../../fixtures/flow-events.js';
import { flow } from './flow-driver.js';

const passwordSubmitted = (): FlowEvent[] => [...journeys.signinPassword(), requested.update('password')];

describe('flowMachine: an answer that completes the flow', () => {
  it('keeps the step on screen, busy with its call, until flow/complete answers', () => {
    const f = flow().send(...passwordSubmitted());
    const submitting = f.view;
    f.send(responded('update', 'completed'));
    expect(f.snapshot.value).toBe('concluding');
    expect(f.view).toEqual(submitting);
    expect(selectAction(f.snapshot)).toEqual({ id: expect.any(Number), type: 'complete', flowId: FLOW_ID });
    f.send(requested.complete());
    expect(f.view).toEqual(submitting);
    expect(selectAction(f.snapshot)).toBeNull();
    // The flow on screen is still the step's; the answer waits.
    expect(f.snapshot.context.flow?.phase).not.toBe('phase_completed');
    f.send(completed());
    expect(f.view).toMatchObject({ state: 'complete', step: 'complete', busy: false, pending: null });
    expect(f.snapshot.context.flow?.phase).toBe('phase_completed');
    expect(f.snapshot.context.concluding).toBeNull();
  });

  it('says which flow its calls are for, before and after', () => {
    const f = flow().send(requested.start(), responded('start', 'completed'));
    expect(f.snapshot.context.flow).toBeNull();
    expect(selectFlowId(f.snapshot)).toBe(FLOW_ID);
    f.send(requested.complete(), completed());
    expect(f.snapshot.value).toBe('complete');
  });

  it('shows the completion’s failure, with the flow it completed: "Try again" completes again', () => {
    const f = flow().send(...passwordSubmitted(), responded('update', 'completed'), requested.complete(), failed('complete', networkError()));
    expect(f.view).toMatchObject({ state: 'failed', step: 'failed', formError: { code: 'network' }, canRetry: true });
    expect(f.snapshot.context.flow?.phase).toBe('phase_completed');
    f.send(user.retry());
    expect(f.snapshot.value).toBe('completing');
    expect(f.view.action).toMatchObject({ type: 'complete', flowId: FLOW_ID });
  });

  it('starts again with the identifier when the flow expired before completion', () => {
    const f = flow().send(...passwordSubmitted(), responded('update', 'completed'), requested.complete(), failed('complete', apiError('flow-expired')));
    expect(f.view).toMatchObject({ state: 'expired', notice: 'flow-restarted', action: { type: 'start', request: { email: EMAIL_IDENTIFIER.value } } });
  });

  it('reads the flow after a status it does not know', () => {
    const f = flow().send(...passwordSubmitted(), responded('update', 'completed'), requested.complete(), failed('complete', apiError('unknown-status')));
    expect(f.view).toMatchObject({ state: 'recovering', action: { type: 'update', flowId: FLOW_ID, choice: '' } });
  });

  it('ignores the completion and failures of another flow', () => {
    const f = flow().send(...passwordSubmitted(), responded('update', 'completed'), requested.complete());
    f.send(completed(OTHER_FLOW_ID), failed('complete', networkError(), OTHER_FLOW_ID));
    expect(f.snapshot.value).toBe('concluding');
  });

  it('forgets the held answer when the user starts over', () => {
    const f = flow().send(...passwordSubmitted(), responded('update', 'completed'), requested.complete(), user.startOver());
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
    expect(f.snapshot.context.concluding).toBeNull();
    f.send(requested.start(), completed());
    expect(f.snapshot.value).toEqual({ opening: 'ready' });
  });

  it('holds a completing answer from every state that waits on one', () => {
    const resume: FlowResume = {
      flowId: FLOW_ID,
      choice: 'verify_email',
      data: { state: 'pcb_hbrpoigf3cbfnobm2o4rak3vrjnvgfyg', code: 'poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk' },
    };
    const cases: [string, ReturnType<typeof flow>, FlowEvent][] = [
      ['opening', flow().send(requested.start()), responded('start', 'completed')],
      ['started', flow({ start: { invitation: 'pmi_7u4nijrrv64mdojqf3iukjgqqrh5cnzd' } }).send(requested.start()), responded('start', 'completed')],
      ['update', flow().send(...passwordSubmitted()), responded('update', 'completed')],
      ['restart', flow().send(...journeys.signinPassword(), requested.restart('reset_password')), responded('restart', 'completed')],
      ['resuming', flow({ resume }).send(requested.update('verify_email')), responded('update', 'completed')],
    ];
    for (const [state, f, answer] of cases) {
      const before = f.view;
      f.send(answer);
      expect(f.snapshot.value, state).toBe('concluding');
      expect(f.view, state).toEqual(before);
      expect(f.view.state, state).toBe(state);
    }
  });
});
