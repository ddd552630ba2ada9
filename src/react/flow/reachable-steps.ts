import type { FlowChoice, FlowView, KnownChoiceName } from '../../core/index.js';
import type { LazyStepKey } from '../steps/lazy-steps.js';

/**
 * The lazy chunk that renders each choice, as step-components.ts maps them: codes share one chunk,
 * email links another. `null`: the first screen's own code (identifier, social and SAML buttons);
 * `set_phone` has no step of its own and renders the "unsupported" screen.
 */
const CHUNK_OF = {
  set_email: null,
  set_username: null,
  set_phone: 'unsupported',
  password: 'password',
  set_password: 'setPassword',
  reset_password: 'resetPassword',
  verify_email: 'emailLink',
  magiclink: 'emailLink',
  provisional_enrollment: 'emailLink',
  email_otp: 'code',
  sms_otp: 'code',
  totp: 'code',
  social: null,
  saml: null,
  passkey: 'passkey',
  captcha: 'captcha',
  agreements: 'agreements',
  profile: 'profile',
  oauth_consent: 'consent',
} as const satisfies Record<KnownChoiceName, LazyStepKey | null>;

/** The step an auth type of `required_for` leads to once the user is named. */
const CHUNK_OF_AUTH_TYPE: Partial<Record<string, LazyStepKey>> = {
  password: 'password',
  email_otp: 'code',
  sms_otp: 'code',
  totp: 'code',
  magiclink: 'emailLink',
  passkey: 'passkey',
};

/** When `required_for` is not sent: the usual first methods after the identifier. */
const PRIMARY_METHODS: readonly LazyStepKey[] = ['password', 'code', 'emailLink', 'passkey', 'choice'];

/**
 * Choices whose answer is never the end: naming the user (the methods come next), a reset (its link
 * leads to set_password), a provider's redirect (the flow comes back on a new page).
 */
const NEVER_LAST: readonly KnownChoiceName[] = ['set_email', 'set_username', 'reset_password', 'social', 'saml'];

/** What naming the user leads to: the steps of the project's primary methods, and the picker when there are several. */
function afterIdentifier(choice: Extract<FlowChoice, { choice: 'set_email' | 'set_username' }>): readonly LazyStepKey[] {
  const requiredFor = choice.data.required_for;
  if (requiredFor === undefined || requiredFor.length === 0) {
    return PRIMARY_METHODS;
  }
  // One step per method, repeats included (`reachableSteps` drops them): two codes are two methods.
  const methods = requiredFor.flatMap((authType) => CHUNK_OF_AUTH_TYPE[authType] ?? []);
  return methods.length > 1 ? [...methods, 'choice'] : methods;
}

/** The steps one choice of the answer on screen can show: its own, and what its answer is known to lead to. */
function reachableFrom(choice: FlowChoice): LazyStepKey[] {
  const own = CHUNK_OF[choice.choice];
  const reachable: LazyStepKey[] = own === null ? [] : [own];
  if (choice.choice === 'set_email' || choice.choice === 'set_username') {
    reachable.push(...afterIdentifier(choice));
  }
  if (choice.choice === 'reset_password') {
    reachable.push('setPassword');
  }
  if (!NEVER_LAST.includes(choice.choice)) {
    reachable.push('complete');
  }
  return reachable;
}

/**
 * The lazy steps the answer on screen can lead to, to fetch ahead: the step of each of its choices,
 * the method picker when it offers several methods, and the known next steps of those choices.
 * Before the first answer (no flow yet) nothing is known, so nothing is named. A step not named
 * still loads when shown, behind the loading view.
 */
export function reachableSteps(view: Pick<FlowView, 'flowId' | 'choices' | 'methods'>): LazyStepKey[] {
  if (view.flowId === undefined) {
    return [];
  }
  const reachable = new Set(view.choices.flatMap(reachableFrom));
  if (view.methods.length > 1) {
    reachable.add('choice');
  }
  return [...reachable].sort();
}
