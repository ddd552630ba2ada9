import type { AuthNError } from '../api/errors.js';
import type { FlowChoice, FlowChoiceName, FlowResult, KnownChoiceName } from '../api/wire.js';
import { isPlatformStatus, issueOfStatus } from './flow.issues.js';

/** Choices that identify the user; social, SAML and passkey buttons sit beside them. */
export const IDENTIFIER_CHOICES: readonly FlowChoiceName[] = ['set_email', 'set_username'];

/** Alternative ways to prove who you are within a phase: more than one means the user picks. */
export const METHOD_CHOICES = [
  'password',
  'email_otp',
  'sms_otp',
  'totp',
  'magiclink',
  'passkey',
] as const satisfies readonly KnownChoiceName[];

/** The name of a method to pick (`METHOD_CHOICES`). */
export type MethodChoiceName = (typeof METHOD_CHOICES)[number];

/** A choice of the phase that is a method to pick, with its data. */
export type MethodChoice = Extract<FlowChoice, { choice: MethodChoiceName }>;

/** Whether an auth type or choice name is one of the methods to pick. */
export function isMethodChoiceName(name: string): name is MethodChoiceName {
  return (METHOD_CHOICES as readonly string[]).includes(name);
}

/** Shown inside other steps (as a link or a button), never as a step of their own. */
const AUXILIARY_CHOICES: readonly KnownChoiceName[] = ['reset_password', 'social', 'saml'];

/** Statuses after which this flow cannot go on. */
const FATAL_STATUSES: readonly (string | undefined)[] = ['DisabledUser', 'TravelDistanceExceeded', 'Unauthorized'];

export function isCompletedResult(flow: FlowResult): boolean {
  return flow.phase === 'phase_completed';
}

/**
 * A flow past its last phase that still offers an optional step: "add a passkey" after sign-in
 * (`phase_completed` with `passkey {enrollment: true}`, research §9.3 "Passkey"). The user takes
 * it, or finishes the flow without it (`user.finish`).
 */
export function hasOptionalStep(flow: FlowResult): boolean {
  return (
    isCompletedResult(flow) &&
    flow.choices.some((entry) => entry.choice === 'passkey' && entry.data.enrollment === true)
  );
}

/** Whether `choice` is one of the phase's ways to prove who you are (a method to pick). */
export function isOfferedMethod(flow: FlowResult, choice: FlowChoiceName): boolean {
  return methodChoicesOf(flow).some((entry) => entry.choice === choice);
}

/** A passkey ceremony that came without its options cannot run: it is not offered as a method. */
export function methodChoicesOf(flow: FlowResult): MethodChoice[] {
  return flow.choices.filter(
    (entry): entry is MethodChoice =>
      isMethodChoiceName(entry.choice) && !(entry.choice === 'passkey' && entry.data.ceremonyUnavailable === true),
  );
}

/** The choice whose step is on screen, or `null` when the user must pick a method (or none fits). */
export function activeChoiceOf(flow: FlowResult, selected: FlowChoiceName | null): FlowChoice | null {
  const picked = flow.choices.find((entry) => entry.choice === selected);
  if (picked) {
    return picked;
  }
  const identifier = flow.choices.find((entry) => IDENTIFIER_CHOICES.includes(entry.choice));
  if (identifier) {
    return identifier;
  }
  const methods = methodChoicesOf(flow);
  if (methods.length > 1) {
    return null;
  }
  return methods[0] ?? flow.choices.find((entry) => !AUXILIARY_CHOICES.includes(entry.choice)) ?? flow.choices[0] ?? null;
}

export function needsMethodChoice(flow: FlowResult, selected: FlowChoiceName | null): boolean {
  return activeChoiceOf(flow, selected) === null && methodChoicesOf(flow).length > 1;
}

/** The flow is gone (by the statuses `issueOfStatus` reads so): the kit starts a new one, keeping the identifier. */
export function isExpiredError(error: AuthNError): boolean {
  return error.detail.kind === 'api' && issueOfStatus(error.detail).code === 'expired-flow';
}

/** A failure of the connection, not an answer: the same call may well work again. */
export function isTransientError(error: AuthNError): boolean {
  return error.detail.kind !== 'api';
}

/**
 * A failure that says nothing of the flow: the connection, or the service as a whole (a platform
 * status, spec §8). A state read that gets one has not learnt that the flow is gone.
 */
export function isOutageError(error: AuthNError): boolean {
  return error.detail.kind !== 'api' || isPlatformStatus(error.detail.status);
}

export function isFatalError(error: AuthNError): boolean {
  return FATAL_STATUSES.includes(error.status);
}
