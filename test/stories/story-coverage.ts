/**
 * What the stories must cover, read from the code itself (the machine's states, the wire schemas'
 * choices), and what a story covers, read from the events it replays. Used by
 * story-coverage.test.ts; kept apart so the rules read on their own.
 */
import type { AnyStateNode } from 'xstate';
import { choiceDataSchemas } from '../../src/core/api/schemas.js';
import {
  flowMachine,
  selectFlowView,
  type FlowEvent,
  type FlowInput,
  type FlowSnapshot,
  type KnownChoiceName,
} from '../../src/core/index.js';
import { snapshotAfter } from '../fixtures/flow-events.js';

export const VARIANTS = ['idle', 'pending', 'field-error', 'server-error', 'cooldown', 'callback'] as const;
export type Variant = (typeof VARIANTS)[number];

/** What a story says it shows, beyond what its events lead to (`parameters.covers`). */
export interface StoryCover {
  choice: KnownChoiceName | readonly KnownChoiceName[];
  variant: Variant;
}

/** `a.b` paths of the states the machine can rest in, walked from its definition. */
export function restingStatesOf(node: AnyStateNode = flowMachine.root): string[] {
  return Object.values(node.states).flatMap((child) => {
    const children = Object.keys(child.states);
    if (children.length > 0) {
      // A compound state always rests in one of its children.
      return restingStatesOf(child);
    }
    // An unguarded `always` leaves at once: no story can show it (`routing`).
    const transient = (child.always ?? []).some((transition) => transition.guard === undefined);
    return transient ? [] : [child.path.join('.')];
  });
}

/** Every choice the kit knows: the keys of its wire schemas. */
export const KNOWN_CHOICES = Object.keys(choiceDataSchemas) as KnownChoiceName[];

/** Steps with fields of their own (a field error can sit on one). */
const WITH_FIELDS: readonly KnownChoiceName[] = [
  'set_email',
  'set_username',
  'set_phone',
  'password',
  'set_password',
  'email_otp',
  'sms_otp',
  'totp',
  'magiclink',
  'profile',
];
/** Steps that send a code or a link, and so can be asked to resend too soon. `totp` sends nothing. */
const RESENDS: readonly KnownChoiceName[] = ['email_otp', 'sms_otp', 'verify_email', 'magiclink', 'reset_password', 'provisional_enrollment'];
/** Choices a user comes back to from elsewhere: a provider's page or an emailed link. */
const RETURNS: readonly KnownChoiceName[] = ['social', 'saml', 'verify_email', 'magiclink', 'reset_password', 'provisional_enrollment'];

export function requiredVariantsOf(choice: KnownChoiceName): Variant[] {
  return [
    'idle',
    'pending',
    ...(WITH_FIELDS.includes(choice) ? (['field-error'] as const) : []),
    'server-error',
    ...(RESENDS.includes(choice) ? (['cooldown'] as const) : []),
    ...(RETURNS.includes(choice) ? (['callback'] as const) : []),
  ];
}

export interface ReplayedStory {
  events: readonly FlowEvent[];
  input: FlowInput | undefined;
}

export interface Covered {
  state: string;
  /** `choice:variant` pairs. */
  pairs: string[];
  /** The choices on screen or offered beside it: a declared cover must name one of them. */
  visible: Set<string>;
}

function statePathOf(snapshot: FlowSnapshot): string {
  const value = snapshot.value;
  if (typeof value === 'string') {
    return value;
  }
  const [parent, child] = Object.entries(value)[0] ?? ['', ''];
  return `${parent}.${String(child)}`;
}

/**
 * What a story's replayed events show: the resting state, and the step's variant as the view
 * gives it (a call in flight, an error on a field or on the form, a resend not yet allowed), plus
 * `callback` for the choice a return resumes.
 */
export function coveredBy({ events, input }: ReplayedStory): Covered {
  const snapshot = snapshotAfter(events, input);
  const view = selectFlowView(snapshot);
  const pairs: string[] = [];
  const visible = new Set<string>(view.choices.map((entry) => entry.choice));
  const step = view.step;
  if ((KNOWN_CHOICES as string[]).includes(step)) {
    visible.add(step);
    const variant: Variant =
      view.pending !== null && !view.pending.background
        ? 'pending'
        : Object.keys(view.fieldErrors).length > 0
          ? 'field-error'
          : view.formError !== null
            ? 'server-error'
            : 'idle';
    pairs.push(`${step}:${variant}`);
    const data: Record<string, unknown> = view.choice?.data ?? {};
    const resendTime = typeof data['resend_time'] === 'string' ? data['resend_time'] : undefined;
    const rateLimited = view.formError?.code === 'rate-limited' || view.fieldErrors[Object.keys(view.fieldErrors)[0] ?? '']?.code === 'rate-limited';
    if (rateLimited || (resendTime !== undefined && Date.parse(resendTime) > Date.now())) {
      pairs.push(`${step}:cooldown`);
    }
  }
  if (input?.resume !== undefined && input.resume.choice !== '') {
    visible.add(input.resume.choice);
    pairs.push(`${input.resume.choice}:callback`);
  }
  return { state: statePathOf(snapshot), pairs, visible };
}
