import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages.js';
import { Button } from '../primitives/button.js';
import { Heading } from '../primitives/heading.js';
import { usePartAttributes } from '../primitives/parts.js';

interface StepBoundaryProps {
  /** The step on screen: a new one is rendered afresh, whatever the last one did. */
  step: string;
  /** Leaves the broken step: the flow's "Start over". */
  onStartOver: () => void;
  children: ReactNode;
}

interface StepBoundaryState {
  crashed: boolean;
  step: string;
}

/**
 * A step that throws while rendering (server text no parser survives, a custom step's bug) takes
 * down only itself: the header, the footer and the flow stay, and the user is told what happened
 * and offered "Start over". The next step renders afresh. Not keyed by step: a remount would also
 * remount what moves focus to each new step's heading.
 */
export class StepBoundary extends Component<StepBoundaryProps, StepBoundaryState> {
  override state: StepBoundaryState = { crashed: false, step: this.props.step };

  static getDerivedStateFromError(): Partial<StepBoundaryState> {
    return { crashed: true };
  }

  static getDerivedStateFromProps(props: StepBoundaryProps, state: StepBoundaryState): Partial<StepBoundaryState> | null {
    return props.step === state.step ? null : { crashed: false, step: props.step };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The app's own error reporting sees it in the console; the user sees the explained state.
    console.error('[authn-flow-kit] a step failed to render', error, info.componentStack);
  }

  private readonly startOver = () => {
    this.setState({ crashed: false });
    this.props.onStartOver();
  };

  override render(): ReactNode {
    return this.state.crashed ? <CrashedStep onStartOver={this.startOver} /> : this.props.children;
  }
}

/** @selector [data-scope="authn"][data-part="failed-view"][data-state="crashed"] */
function CrashedStep({ onStartOver }: { onStartOver: () => void }) {
  const partAttributes = usePartAttributes();
  const t = useMessages();
  return (
    <div {...partAttributes('failed-view', 'crashed')}>
      <Heading>{t('flow.crashed.heading')}</Heading>
      <p role="alert" {...partAttributes('body')}>
        {t('flow.crashed.body')}
      </p>
      <div {...partAttributes('actions')}>
        <Button part="start-over" onClick={onStartOver}>
          {t('flow.startOver')}
        </Button>
      </div>
    </div>
  );
}
