import { lazy, useState, type ComponentType } from 'react';

type Loader = () => Promise<ComponentType>;

interface LazyStep {
  component: ComponentType;
  preload: () => Promise<unknown>;
}

/**
 * A step loaded on demand: the first screen (the identifier step) ships without the code of
 * every later step. `preload` fetches the chunk ahead, so the next step never waits on it.
 */
function lazyStep(load: Loader): LazyStep {
  let pending: Promise<{ default: ComponentType }> | undefined;
  let loaded: ComponentType | undefined;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  const Lazy = lazy(preload);
  function Step() {
    // Once loaded, render it directly: no Suspense fallback flash. Decided once per mount, since
    // swapping the element type later would remount the step and drop what the user typed.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return { component: Step, preload };
}

const steps = {
  password: lazyStep(() => import('./password-step/password-step.js').then((module) => module.PasswordStep)),
  choice: lazyStep(() => import('./choice-picker/choice-picker.js').then((module) => module.ChoicePicker)),
  resetPassword: lazyStep(() =>
    import('./reset-password-step/reset-password-step.js').then((module) => module.ResetPasswordStep),
  ),
  complete: lazyStep(() => import('./complete-view/complete-view.js').then((module) => module.CompleteView)),
  failed: lazyStep(() => import('./failed-view/failed-view.js').then((module) => module.FailedView)),
  unsupported: lazyStep(() => import('./unsupported-view/unsupported-view.js').then((module) => module.UnsupportedView)),
};

export const PasswordStep = steps.password.component;
export const ChoicePicker = steps.choice.component;
export const ResetPasswordStep = steps.resetPassword.component;
export const CompleteView = steps.complete.component;
export const FailedView = steps.failed.component;
export const UnsupportedView = steps.unsupported.component;

/** Fetches every lazy step's code; called once a flow is on screen. */
export function preloadSteps(): Promise<unknown> {
  return Promise.all(Object.values(steps).map((step) => step.preload()));
}
