import type { ChoiceData, FlowChoice, FlowView } from '../../../core/index.js';

/**
 * What the passkey step is for:
 * - `sign-in`: `enrollment: false`, with the user's passkeys or (`discovery`) any of the site's;
 * - `register`: `enrollment: true` while the flow still needs it (sign-up, or a second factor);
 * - `offer`: `enrollment: true` once the flow is complete: "add a passkey", which can be skipped.
 */
export type PasskeyMode = 'sign-in' | 'register' | 'offer';

export function passkeyModeOf(view: Pick<FlowView, 'phase'>, data: ChoiceData<'passkey'>): PasskeyMode {
  if (data.enrollment !== true) {
    return 'sign-in';
  }
  return view.phase === 'phase_completed' ? 'offer' : 'register';
}

type PasskeyChoice = Extract<FlowChoice, { choice: 'passkey' }>;

/** The passkey sign-in offered beside the identifier field, if any (and if its ceremony can run). */
export function passkeySignInOffer(view: Pick<FlowView, 'choices'>): PasskeyChoice | null {
  const offer = view.choices.find(
    (entry): entry is PasskeyChoice =>
      entry.choice === 'passkey' && entry.data.enrollment !== true && entry.data.ceremonyUnavailable !== true,
  );
  return offer ?? null;
}

/** The identifier step (`set_email` / `set_username`) is the one with the autofill field. */
export function isIdentifierStep(step: FlowView['step']): boolean {
  return step === 'set_email' || step === 'set_username';
}
