import { isMethodChoiceName, METHOD_CHOICES, type FlowChoice, type FlowStepId, type FlowView, type KnownChoiceName } from '../../core/index.js';

/** Buttons beside the identifier, never a step of their own: a provider's redirect. */
const BUTTONS: readonly KnownChoiceName[] = ['social', 'saml'];

/**
 * Choices whose answer is never the end: naming the user (the methods come next), a reset (its link
 * leads to set_password), a provider's redirect (the flow comes back on a new page).
 */
const NEVER_LAST: readonly KnownChoiceName[] = ['set_email', 'set_username', 'reset_password', 'social', 'saml'];

/** What naming the user leads to: the steps of the project's primary methods, and the picker when there are several. */
function afterIdentifier(choice: Extract<FlowChoice, { choice: 'set_email' | 'set_username' }>): readonly FlowStepId[] {
  const requiredFor = choice.data.required_for;
  if (requiredFor === undefined || requiredFor.length === 0) {
    // Not said: any method may come next.
    return [...METHOD_CHOICES, 'choice'];
  }
  // An auth type is the id of its method's step; others (a provider's) have none.
  const methods = requiredFor.filter(isMethodChoiceName);
  return methods.length > 1 ? [...methods, 'choice'] : methods;
}

/** The steps one choice of the answer on screen can show: its own, and what its answer is known to lead to. */
function reachableFrom(choice: FlowChoice): FlowStepId[] {
  const reachable: FlowStepId[] = BUTTONS.includes(choice.choice) ? [] : [choice.choice];
  if (choice.choice === 'set_email' || choice.choice === 'set_username') {
    reachable.push(...afterIdentifier(choice));
  }
  if (choice.choice === 'reset_password') {
    reachable.push('set_password');
  }
  if (!NEVER_LAST.includes(choice.choice)) {
    reachable.push('complete');
  }
  return reachable;
}

/**
 * The steps the answer on screen can lead to, for the flow to fetch their code ahead: the step of
 * each of its choices, the method picker when it offers several methods, and the known next steps
 * of those choices. Before the first answer (no flow yet) nothing is known, so nothing is named.
 * A step not named still loads when shown, behind the loading view.
 */
export function reachableSteps(view: Pick<FlowView, 'flowId' | 'choices' | 'methods'>): FlowStepId[] {
  if (view.flowId === undefined) {
    return [];
  }
  const reachable = new Set(view.choices.flatMap(reachableFrom));
  if (view.methods.length > 1) {
    reachable.add('choice');
  }
  return [...reachable].sort();
}
