import { memo, Suspense, useEffect, useMemo, useRef, type RefObject } from 'react';
import { useSelector } from '@xstate/react';
import { selectFlowView, type FlowStepId, type FlowView, type FlowNotice } from '../../core/index.js';
import { isSameFlowView } from '../hooks/is-same-flow-view.js';
import { useStepFocus } from '../hooks/use-step-focus.js';
import { useMessages } from '../i18n/use-messages.js';
import { usePartAttributes } from '../primitives/parts.js';
import { useAppearance } from '../theme/appearance.js';
import type { FlowComponents } from '../theme/components.js';
import { FlowFooter, FlowHeader, KitRoot } from './flow-frame.js';
import type { MessageKey } from '../i18n/messages.js';
import { preloadComponents } from '../steps/lazy-steps.js';
import { LoadingView } from '../steps/loading-view/loading-view.js';
import { FlowContext, type FlowActorRef, type FlowCommands, type FlowContextValue } from '../hooks/flow-context.js';
import { screenComponentOf } from './custom-steps.js';
import { reachableSteps } from './reachable-steps.js';
import { stepComponentOf } from './step-components.js';
import { StepBoundary } from './step-boundary.js';

export interface FlowScreenProps {
  actorRef: FlowActorRef;
  commands: FlowCommands;
  /** @default undefined */
  className?: string | undefined;
}

/** No app components: the kit's steps. One object, so the preload below runs only for a new answer. */
const KIT_STEPS: FlowComponents = {};

/**
 * What the user sees of a flow, from a machine actor and the commands steps may call. It makes no
 * calls itself, so stories and tests can render any state from recorded events. Memoised because
 * `AuthNFlow` re-renders with the app around it, while the actor and the commands passed here stay
 * the same: without it, every render of the app would render the step on screen again.
 */
export const FlowScreen = memo(function FlowScreen({ actorRef, commands, className }: FlowScreenProps) {
  const view = useSelector(actorRef, selectFlowView, isSameFlowView);
  const flowContext = useMemo<FlowContextValue>(() => ({ actorRef, commands }), [actorRef, commands]);
  const rootRef = useRef<HTMLDivElement>(null);
  // The app's components, of the enclosing AuthNFlow / AuthNProvider (or Storybook).
  const overrides = useAppearance().components ?? KIT_STEPS;
  // The steps this answer can lead to, their code fetched ahead so the next one does not wait on
  // it; the others load if ever shown. Resolved as they render: a step the app renders itself
  // fetches none of the kit's code. Keyed by the list, so only a new answer (or new components)
  // preloads again.
  const reachable = reachableSteps(view).join(' ');
  useEffect(() => {
    const steps = reachable === '' ? [] : (reachable.split(' ') as FlowStepId[]);
    preloadComponents(steps.map((step) => stepComponentOf(step, overrides))).catch(() => undefined);
  }, [reachable, overrides]);
  const Step = screenComponentOf(view, overrides);
  return (
    <FlowContext.Provider value={flowContext}>
      <KitRoot rootRef={rootRef} state={view.state} className={className}>
        <FlowHeader />
        <Notice notice={view.notice} />
        <StepBoundary step={view.step} onStartOver={commands.startOver}>
          <Suspense fallback={<LoadingView />}>
            {/* eslint-disable-next-line react-hooks/static-components -- a lookup of module-level or app components, never one made here */}
            <Step />
            <StepFocus rootRef={rootRef} step={view.step} opening={view.state === 'opening'} />
          </Suspense>
        </StepBoundary>
        <FlowFooter />
      </KitRoot>
    </FlowContext.Provider>
  );
});

/** Inside the Suspense boundary, so focus moves only once a lazy step's heading is in the DOM. */
function StepFocus({ rootRef, step, opening }: { rootRef: RefObject<HTMLDivElement | null>; step: FlowStepId; opening: boolean }) {
  useStepFocus(rootRef, step, opening);
  return null;
}

/**
 * One polite line after an expired flow was restarted for the user. Always mounted (see FormError).
 * A bare polite live region rather than `role="status"`, so the loading view stays the flow's one
 * status while nothing is to be said.
 */
function Notice({ notice }: { notice: FlowView['notice'] }) {
  const partAttributes = usePartAttributes();
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
