import { memo, Suspense, useEffect, useMemo, useRef, type RefObject } from 'react';
import { useSelector } from '@xstate/react';
import { selectFlowView } from '../../core/flow/flow.selectors.js';
import { isSameFlowView } from '../hooks/is-same-flow-view.js';
import { useStepFocus } from '../hooks/use-step-focus.js';
import { useMessages } from '../i18n/use-messages.js';
import { partAttributes } from '../primitives/parts.js';
import type { FlowStepId, FlowView } from '../../core/flow/flow.selectors.js';
import type { FlowNotice } from '../../core/flow/flow.types.js';
import type { MessageKey } from '../i18n/messages.js';
import { preloadSteps } from '../steps/lazy-steps.js';
import { LoadingView } from '../steps/loading-view/loading-view.js';
import { FlowContext, type FlowActorRef, type FlowCommands, type FlowContextValue } from './flow-context.js';
import { stepComponentOf, type StepComponents } from './step-components.js';

export interface FlowScreenProps {
  actorRef: FlowActorRef;
  commands: FlowCommands;
  /** @default undefined */
  className?: string | undefined;
  /** @default 'auto' */
  colorScheme?: 'light' | 'dark' | 'auto' | undefined;
  /** @default the kit's steps */
  components?: StepComponents | undefined;
}

/**
 * What the user sees of a flow, from a machine actor and the commands steps may call. It makes no
 * calls itself, so stories and tests can render any state from recorded events. Memoised because
 * its parent also re-renders on mutation state, which changes nothing here.
 */
export const FlowScreen = memo(function FlowScreen({
  actorRef,
  commands,
  className,
  colorScheme = 'auto',
  components,
}: FlowScreenProps) {
  const view = useSelector(actorRef, selectFlowView, isSameFlowView);
  const flowContext = useMemo<FlowContextValue>(() => ({ actorRef, commands }), [actorRef, commands]);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The first screen is up: fetch the later steps now, so none of them waits on its code.
    preloadSteps().catch(() => undefined);
  }, []);
  const Step = stepComponentOf(view.step, components);
  return (
    <FlowContext.Provider value={flowContext}>
      <div ref={rootRef} className={className} data-color-scheme={colorScheme} {...partAttributes('root', view.state)}>
        <Notice notice={view.notice} />
        <Suspense fallback={<LoadingView />}>
          {/* eslint-disable-next-line react-hooks/static-components -- a lookup of module-level or app components, never one made here */}
          <Step />
          <StepFocus rootRef={rootRef} step={view.step} />
        </Suspense>
      </div>
    </FlowContext.Provider>
  );
});

/** Inside the Suspense boundary, so focus moves only once a lazy step's heading is in the DOM. */
function StepFocus({ rootRef, step }: { rootRef: RefObject<HTMLDivElement | null>; step: FlowStepId }) {
  useStepFocus(rootRef, step);
  return null;
}

/**
 * One polite line after an expired flow was restarted for the user. Always mounted (see FormError).
 * A bare polite live region rather than `role="status"`, so the loading view stays the flow's one
 * status while nothing is to be said.
 */
function Notice({ notice }: { notice: FlowView['notice'] }) {
  const t = useMessages();
  return (
    <p aria-live="polite" aria-atomic="true" {...partAttributes('notice', notice === null ? 'hidden' : 'visible')}>
      {notice === null ? null : t(NOTICE_MESSAGES[notice])}
    </p>
  );
}

const NOTICE_MESSAGES = {
  'flow-restarted': 'flow.notice.restarted',
  'callback-expired': 'flow.notice.callbackExpired',
} as const satisfies Record<FlowNotice, MessageKey>;
