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
  // After "Forgot password?" the reset link is on its way: the same screen as every emailed link.
  resetPassword: lazyStep(() => import('./email-link-step/email-link-step.js').then((module) => module.EmailLinkStep)),
  // Codes, email links and set_password: one chunk each, shared by the choices they serve.
  code: lazyStep(() => import('./code-step/code-step.js').then((module) => module.CodeStep)),
  emailLink: lazyStep(() => import('./email-link-step/email-link-step.js').then((module) => module.EmailLinkStep)),
  setPassword: lazyStep(() => import('./set-password-step/set-password-step.js').then((module) => module.SetPasswordStep)),
  // Passkeys and captcha. The WebAuthn library and captcha scripts load later still, from the step.
  passkey: lazyStep(() => import('./passkey-step/passkey-step.js').then((module) => module.PasskeyStep)),
  captcha: lazyStep(() => import('./captcha-step/captcha-step.js').then((module) => module.CaptchaStep)),
  // Agreements (markdown and DOMPurify load later still, from RichText), profile and OAuth consent.
  agreements: lazyStep(() => import('./agreements-step/agreements-step.js').then((module) => module.AgreementsStep)),
  profile: lazyStep(() => import('./profile-step/profile-step.js').then((module) => module.ProfileStep)),
  consent: lazyStep(() => import('./consent-step/consent-step.js').then((module) => module.ConsentStep)),
  complete: lazyStep(() => import('./complete-view/complete-view.js').then((module) => module.CompleteView)),
  failed: lazyStep(() => import('./failed-view/failed-view.js').then((module) => module.FailedView)),
  unsupported: lazyStep(() => import('./unsupported-view/unsupported-view.js').then((module) => module.UnsupportedView)),
};

export const PasswordStep = steps.password.component;
export const ChoicePicker = steps.choice.component;
export const ResetPasswordStep = steps.resetPassword.component;
export const CodeStep = steps.code.component;
export const EmailLinkStep = steps.emailLink.component;
export const SetPasswordStep = steps.setPassword.component;
export const PasskeyStep = steps.passkey.component;
export const CaptchaStep = steps.captcha.component;
export const AgreementsStep = steps.agreements.component;
export const ProfileStep = steps.profile.component;
export const ConsentStep = steps.consent.component;
export const CompleteView = steps.complete.component;
export const FailedView = steps.failed.component;
export const UnsupportedView = steps.unsupported.component;

/** A lazy step's chunk, by name: what the flow preloads. */
export type LazyStepKey = keyof typeof steps;

/** Fetches the code of the named steps ahead; each chunk is fetched once, however often asked. */
export function preloadStepsOf(keys: readonly LazyStepKey[]): Promise<unknown> {
  return Promise.all(keys.map((key) => steps[key].preload()));
}

/** Fetches every lazy step's code, for an app that wants them all at hand (the flow itself fetches only what its answer can lead to). */
export function preloadSteps(): Promise<unknown> {
  return Promise.all(Object.values(steps).map((step) => step.preload()));
}
