import { lazy, useState, type ComponentType } from 'react';

type Loader = () => Promise<ComponentType>;

/**
 * Each lazy step's fetch, by its component: the flow preloads the component it would render, so a
 * step the app renders itself fetches nothing of the kit's.
 */
const preloads = new Map<ComponentType, () => Promise<unknown>>();

/**
 * A step loaded on demand: the first screen (the identifier step) ships without the code of
 * every later step. Its preload fetches the chunk ahead, so the next step never waits on it.
 */
function lazyStep(load: Loader): ComponentType {
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
  preloads.set(Step, preload);
  return Step;
}

export const PasswordStep = lazyStep(() => import('./password-step/password-step.js').then((module) => module.PasswordStep));
export const ChoicePicker = lazyStep(() => import('./choice-picker/choice-picker.js').then((module) => module.ChoicePicker));
// Codes, email links and set_password: one chunk each, shared by the choices they serve.
export const CodeStep = lazyStep(() => import('./code-step/code-step.js').then((module) => module.CodeStep));
export const EmailLinkStep = lazyStep(() => import('./email-link-step/email-link-step.js').then((module) => module.EmailLinkStep));
/** After "Forgot password?" the reset link is on its way: the same screen as every emailed link. */
export const ResetPasswordStep = EmailLinkStep;
export const SetPasswordStep = lazyStep(() => import('./set-password-step/set-password-step.js').then((module) => module.SetPasswordStep));
// Passkeys and captcha. The WebAuthn library and captcha scripts load later still, from the step.
export const PasskeyStep = lazyStep(() => import('./passkey-step/passkey-step.js').then((module) => module.PasskeyStep));
export const CaptchaStep = lazyStep(() => import('./captcha-step/captcha-step.js').then((module) => module.CaptchaStep));
// Agreements (markdown and DOMPurify load later still, from RichText), profile and OAuth consent.
export const AgreementsStep = lazyStep(() => import('./agreements-step/agreements-step.js').then((module) => module.AgreementsStep));
export const ProfileStep = lazyStep(() => import('./profile-step/profile-step.js').then((module) => module.ProfileStep));
export const ConsentStep = lazyStep(() => import('./consent-step/consent-step.js').then((module) => module.ConsentStep));
export const CompleteView = lazyStep(() => import('./complete-view/complete-view.js').then((module) => module.CompleteView));
export const FailedView = lazyStep(() => import('./failed-view/failed-view.js').then((module) => module.FailedView));
export const UnsupportedView = lazyStep(() => import('./unsupported-view/unsupported-view.js').then((module) => module.UnsupportedView));

/** Fetches ahead the code of those of `components` that are the kit's lazy steps; each chunk once, however often asked. */
export function preloadComponents(components: readonly ComponentType[]): Promise<unknown> {
  return Promise.all(components.map((component) => preloads.get(component)?.()));
}

/** Fetches every lazy step's code, for an app that wants them all at hand (the flow itself fetches only what its answer can lead to). */
export function preloadSteps(): Promise<unknown> {
  return Promise.all([...preloads.values()].map((preload) => preload()));
}
